import { View } from '@tarojs/components';
import { visitsText as t } from '@/text/visits';
import { callPhone, formatPhone } from '@/utils/phone';

interface PersonRowProps {
  name: string;
  detail: string;
  /** A number to call ('' or masked: no call button). */
  phone: string;
  callable: boolean;
}

/** A person with a big call button when their number may be called. */
export default function PersonRow({ name, detail, phone, callable }: PersonRowProps) {
  return (
    <View className="gt-visits__row gt-person-row">
      <View className="gt-visits__row-text">
        <View className="gt-visits__text">{name}</View>
        <View className="gt-visits__line">
          {detail}
          {phone ? ` · ${callable ? formatPhone(phone) : phone}` : ''}
        </View>
      </View>
      {callable && phone && (
        <View className="gt-visits__call" hoverClass="gt-visits__call--active" onClick={() => callPhone(phone)}>
          {t.household.call}
        </View>
      )}
    </View>
  );
}
