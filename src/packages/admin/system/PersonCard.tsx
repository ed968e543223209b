import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { homeText } from '@/text/home';
import { callPhone, formatPhone } from '@/utils/phone';
import { cx } from '@/utils/cx';

interface PersonCardProps {
  name: string;
  phone: string;
  /** What the administrator needs to know about the person here (duties, where they live). */
  lines?: string[];
  className?: string;
  /** Buttons, or a form about the person. */
  children?: ReactNode;
}

/** A person at a place: name, the phone to tap and call, a few lines, then what can be done. */
export default function PersonCard({ name, phone, lines = [], className, children }: PersonCardProps) {
  return (
    <View className={cx('gt-system__person', className)}>
      <View className="gt-system__person-head">
        <View className="gt-system__person-name">{name}</View>
        {phone && (
          <View
            className="gt-system__person-phone"
            ariaLabel={homeText.contactCard.callLabel(name, phone)}
            onClick={() => callPhone(phone)}
          >
            {formatPhone(phone)}
          </View>
        )}
      </View>
      {lines.filter(Boolean).map((line, index) => (
        <View key={index} className="gt-admin__line gt-system__person-line">
          {line}
        </View>
      ))}
      {children}
    </View>
  );
}
