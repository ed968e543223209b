import { View } from '@tarojs/components';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { requestsText } from '@/text/requests';
import SavedFilings from '../saved/SavedFilings';
import MatterFields from './MatterFields';
import ResidentFields from './ResidentFields';
import { useProxyFiling } from './useProxyFiling';
import './index.scss';

/**
 * 代办: a grid member files for a resident who cannot use a phone, naming
 * them by name, household and phone. Sent like a resident's filing: kept on
 * the device until it gets through, never twice.
 */
export default function ProxyFilePage() {
  const filing = useProxyFiling();
  const { options, data, busy } = filing;
  return (
    <PageShell className="gt-proxy">
      <SavedFilings saved={filing.saved} />
      <LoadState loading={options.loading} error={options.error} onRetry={options.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-proxy__intro">{requestsText.proxyFile.intro}</View>
            <ResidentFields form={filing.form} errors={filing.errors} set={filing.set} />
            <MatterFields filing={filing} data={data} />
            <View className="gt-proxy__submit">
              <Button type="primary" loading={busy} disabled={busy} onClick={() => void filing.submit()}>
                {requestsText.filing.submit}
              </Button>
            </View>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
