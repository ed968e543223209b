import { Text, View } from '@tarojs/components';
import type { RequestDetailDto } from '@contract';
import { requestsText } from '@/text/requests';
import { callPhone, formatPhone } from '@/utils/phone';
import './index.scss';

const t = requestsText.residentContact;

interface ResidentContactProps {
  resident: NonNullable<RequestDetailDto['resident']>;
  /** The viewer is the resident: they see what they left, not a call button. */
  own: boolean;
}

/**
 * Who filed and how to reach them. A handler always sees either a call
 * button (with 未验证 when the number was only typed, not verified by
 * WeChat) or, plainly, that the resident left no number.
 */
export default function ResidentContact({ resident, own }: ResidentContactProps) {
  const verification = (
    <Text className={`gt-resident-contact__badge gt-resident-contact__badge--${resident.phoneVerified ? 'verified' : 'unverified'}`}>
      {resident.phoneVerified ? t.verified : t.unverified}
    </Text>
  );
  return (
    <View className="gt-resident-contact">
      <View className="gt-resident-contact__who">
        {t.resident}：<Text className="gt-resident-contact__name">{resident.name || t.noName}</Text>
        {resident.household ? ` · ${resident.household}` : ''}
      </View>
      {!resident.phone && <View className="gt-resident-contact__none">{own ? t.ownNoPhone : t.noPhone}</View>}
      {resident.phone && own && (
        <View className="gt-resident-contact__own">
          {t.ownPhone(formatPhone(resident.phone))} {verification}
        </View>
      )}
      {resident.phone && !own && (
        <View>
          <View
            className="gt-resident-contact__call"
            ariaRole="button"
            ariaLabel={t.callLabel(resident.name, resident.phone)}
            onClick={() => callPhone(resident.phone)}
          >
            <Text className="gt-resident-contact__call-label">{t.call}</Text>
            <Text className="gt-resident-contact__number">{formatPhone(resident.phone)}</Text>
          </View>
          <View className="gt-resident-contact__status">
            {verification}
            {!resident.phoneVerified && <Text className="gt-resident-contact__hint">{t.unverifiedHint}</Text>}
          </View>
        </View>
      )}
    </View>
  );
}
