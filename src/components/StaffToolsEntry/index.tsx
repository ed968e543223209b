import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ProfileDto } from '@contract';
import { zh } from '@/text/zh';
import './index.scss';

/** 台账导出 on the 我的 page, for staff (administration joins it here). */
export default function StaffToolsEntry({ profile }: { profile: ProfileDto }) {
  if (!profile.roles.includes('staff')) return null;
  return (
    <View className="gt-staff-tools">
      <View
        className="gt-staff-tools__link gt-staff-tools__link--ledger"
        hoverClass="gt-staff-tools__link--active"
        onClick={() => Taro.navigateTo({ url: '/packages/admin/ledger/index' })}
      >
        <View className="gt-staff-tools__text">
          <Text className="gt-staff-tools__label">{zh.ledger.entry}</Text>
          <Text className="gt-staff-tools__hint">{zh.ledger.entryHint}</Text>
        </View>
        <Text className="gt-staff-tools__arrow">›</Text>
      </View>
    </View>
  );
}
