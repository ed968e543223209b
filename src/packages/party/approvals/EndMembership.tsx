import { View } from '@tarojs/components';
import Button from '@/components/Button';
import TextPrompt from '@/components/TextPrompt';
import { usePromptAction } from '@/hooks/usePromptAction';
import * as postsApi from '@/services/posts';
import { partyText } from '@/text/party';

const t = partyText.approvals;

/** 撤销报到 on an approved member: asks why (moved away, no longer a member here), then frees their posts. */
export default function EndMembership({ memberId, onEnded }: { memberId: string; onEnded: () => void }) {
  const ending = usePromptAction((reason) => postsApi.endMembership(memberId, reason), t.endedDone, 'reason', onEnded);
  if (ending.open) {
    return (
      <TextPrompt
        label={t.endReason}
        placeholder={t.endPlaceholder}
        confirmText={t.confirmEnd}
        error={ending.error}
        saving={ending.saving}
        onCancel={() => ending.setOpen(false)}
        onConfirm={(reason) => void ending.submit(reason)}
      />
    );
  }
  return (
    <View className="gt-party__actions">
      <View className="gt-party__action">
        <Button className="gt-approvals__end" onClick={() => ending.setOpen(true)}>
          {t.end}
        </Button>
      </View>
    </View>
  );
}
