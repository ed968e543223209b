import { Image, View } from '@tarojs/components';
import type { ProxyCaseDto } from '@contract';
import PhotoStrip from '@/components/PhotoStrip';
import { proxyText } from '@/text/proxy';
import { formatDateTime } from '@/utils/time';

const t = proxyText.detail;

/** What the case is about, what was collected, decided and returned, and its timeline. */
export default function CaseFacts({ proxyCase }: { proxyCase: ProxyCaseDto }) {
  const missing = proxyCase.materials.filter((m) => !proxyCase.materialsChecked.includes(m));
  return (
    <>
      <View className="gt-daiban__card">
        <View className="gt-daiban__title">{proxyCase.itemName}</View>
        <View className="gt-daiban__line">{`${proxyCase.residentName} · ${proxyCase.household} · ${proxyCase.code}`}</View>
        {proxyCase.residentPhone && <View className="gt-daiban__line">{`${t.phone}：${proxyCase.residentPhone}`}</View>}
        <View className="gt-daiban__line">{proxyText.holder(proxyCase.agentName)}</View>
        {proxyCase.agentUnreached && (
          <View className="gt-daiban__alert gt-daiban-facts__unreached">{t.agentUnreached[proxyCase.agentUnreached]}</View>
        )}
        <View className="gt-daiban__line">{`${proxyText.form.office}：${proxyCase.office.name}`}</View>
        <View className="gt-daiban__line gt-daiban-facts__materials">
          {`${t.materials}：${proxyCase.materialsChecked.join('、') || '—'}`}
          {missing.length > 0 ? `（${t.missing(missing)}）` : `（${t.allIn}）`}
        </View>
        <PhotoStrip photos={proxyCase.photos} />
        {proxyCase.result && (
          <View className="gt-daiban__text gt-daiban-facts__result">
            {`${t.result}：${proxyText.outcomes[proxyCase.result.outcome]}${proxyCase.result.reason ? `，${proxyCase.result.reason}` : ''}`}
          </View>
        )}
        {proxyCase.returned && (
          <View className="gt-daiban-facts__returned">
            <View className="gt-daiban__text">{`${t.returned}：${proxyCase.returned.items}`}</View>
            {proxyCase.returned.witnessName && <View className="gt-daiban__line">{t.witness(proxyCase.returned.witnessName)}</View>}
            {proxyCase.returned.signature.url && (
              <Image className="gt-daiban-facts__signature" mode="widthFix" src={proxyCase.returned.signature.url} />
            )}
          </View>
        )}
        {proxyCase.rating && (
          <View className="gt-daiban__ok">{`${t.yourRating}：${'★'.repeat(proxyCase.rating.stars)} ${proxyCase.rating.comment}`}</View>
        )}
      </View>
      <View className="gt-daiban__heading">{t.timeline}</View>
      <View className="gt-daiban__card gt-daiban-timeline">
        {proxyCase.timeline.map((entry, i) => (
          <View key={i} className="gt-daiban-timeline__entry">
            <View className="gt-daiban__line">{`${formatDateTime(entry.at)} · ${entry.byName}`}</View>
            <View className="gt-daiban__text">{entry.what}</View>
          </View>
        ))}
      </View>
    </>
  );
}
