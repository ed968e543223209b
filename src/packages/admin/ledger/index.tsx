import { Picker, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { LedgerFileDto } from '@contract';
import { useState } from 'react';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import * as ledgerApi from '@/services/ledger';
import { hideNotice, showFailure, showNotice } from '@/state/notice';
import { ledgerText } from '@/text/ledger';
import { chinaMonthSoFar } from '@/utils/time';
import '../common.scss';

const t = ledgerText;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 台账导出: a place of the staff member's jurisdiction and a range of days,
 * as an Excel file. `from` and `to` in the link preset the range (e.g. the
 * period a dashboard shows); by default it is this month so far.
 */
export default function LedgerPage() {
  const { params } = useRouter();
  const places = useRemote(ledgerApi.places);
  const [placeIndex, setPlaceIndex] = useState(0);
  const [range, setRange] = useState(() => {
    const preset = chinaMonthSoFar();
    return {
      from: params.from && DAY.test(params.from) ? params.from : preset.from,
      to: params.to && DAY.test(params.to) ? params.to : preset.to,
    };
  });
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<LedgerFileDto | null>(null);
  const list = places.data ?? [];
  const place = list[placeIndex];

  const generate = async () => {
    if (!place || busy) return;
    setBusy(true);
    setFile(null);
    showNotice(t.generating, 'loading', 60_000);
    try {
      setFile(await ledgerApi.exportLedger(place.id, range.from, range.to));
      showNotice(t.ready, 'success');
    } catch (error) {
      hideNotice();
      showFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const open = async (ready: LedgerFileDto) => {
    try {
      await ledgerApi.openFile(ready);
    } catch (error) {
      showFailure(error);
    }
  };

  return (
    <PageShell className="gt-ledger">
      <LoadState loading={places.loading} error={places.error} onRetry={places.reload} hasData={places.data !== null}>
        <View className="gt-admin__card">
          <View className="gt-admin__label">{t.place}</View>
          <Picker
            mode="selector"
            range={list.map((p) => `${'　'.repeat(p.depth)}${p.name}`)}
            value={placeIndex}
            onChange={(e) => setPlaceIndex(Number(e.detail.value))}
          >
            <View className="gt-admin__input gt-ledger__place">{place?.name ?? ''}</View>
          </Picker>
          <View className="gt-admin__label">{t.from}</View>
          <Picker mode="date" value={range.from} onChange={(e) => setRange({ ...range, from: String(e.detail.value) })}>
            <View className="gt-admin__input gt-ledger__from">{range.from}</View>
          </Picker>
          <View className="gt-admin__label">{t.to}</View>
          <Picker mode="date" value={range.to} onChange={(e) => setRange({ ...range, to: String(e.detail.value) })}>
            <View className="gt-admin__input gt-ledger__to">{range.to}</View>
          </Picker>
          <View className="gt-admin__hint">{t.rangeHint}</View>
          <Button className="gt-ledger__generate" type="primary" loading={busy} disabled={busy || !place} onClick={() => void generate()}>
            {t.generate}
          </Button>
        </View>
        {file && (
          <View className="gt-admin__card gt-ledger__ready">
            <View className="gt-admin__title">{file.fileName}</View>
            <View className="gt-admin__line gt-ledger__counts">{t.counts(file.counts)}</View>
            <Button className="gt-ledger__open" type="primary" onClick={() => void open(file)}>
              {t.open}
            </Button>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
