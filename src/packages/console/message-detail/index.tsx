import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import ReplyCard from './ReplyCard';
import StaffTools from './StaffTools';
import ThreadCard from './ThreadCard';
import { useMessageThread } from './useMessageThread';
import '../common.scss';

/**
 * One thread. Residents read it and write again; staff open it (the first to
 * open an unanswered one owns it), reply, hand it over, turn it into a 诉求,
 * publish it on 网谈回音.
 */
export default function MessageDetailPage() {
  const { params } = useRouter();
  const staff = params.staff === '1';
  const thread = useMessageThread(params.id ?? '', staff);
  const { remote, message, can } = thread;
  return (
    <PageShell className="gt-cs-detail">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={message !== null}>
        {message && (
          <View>
            <ThreadCard message={message} staff={staff} />
            {(can('answer') || can('reply')) && <ReplyCard thread={thread} staff={staff} />}
            {staff && <StaffTools thread={thread} message={message} />}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
