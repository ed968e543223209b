import { View } from '@tarojs/components';
import type { VisitDetailDto } from '@contract';
import PhotoStrip from '@/components/PhotoStrip';
import { visitsText as t } from '@/text/visits';
import { formatDateTime } from '@/utils/time';

/** What the diary entry says: when, who, where, what was seen, said and delivered, photos. */
export default function VisitBody({ visit }: { visit: VisitDetailDto }) {
  const block = (label: string, text: string, className: string) =>
    text ? (
      <View className={className}>
        <View className="gt-visits__line">{label}</View>
        <View className="gt-visits__text">{text}</View>
      </View>
    ) : null;
  return (
    <View className="gt-visits__card gt-visit-body">
      <View className="gt-visits__title gt-visit-body__households">{visit.households.map((h) => h.label).join('、')}</View>
      <View className="gt-visits__line">
        {formatDateTime(visit.at)} · {t.kinds[visit.kind]} · {visit.cadreName}
      </View>
      <View className="gt-visits__line">
        {visit.place}
        {visit.location?.address ? ` · ${visit.location.address}` : ''}
      </View>
      {block(t.visit.seen, visit.seen, 'gt-visit-body__seen')}
      {block(t.visit.said, visit.said, 'gt-visit-body__said')}
      {block(t.visit.help, visit.help, 'gt-visit-body__help')}
      {visit.photos.length > 0 && <PhotoStrip photos={visit.photos} />}
    </View>
  );
}
