import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ProfileDto, Role } from '@contract';
import { entriesText } from '@/text/entries';
import './index.scss';

/** Staff tools on the 我的 page: 台账导出 for staff, 系统管理 for administrators. */
const TOOLS: Array<{ key: string; role: Role; url: string; label: string; hint: string }> = [
  {
    key: 'ledger',
    role: 'staff',
    url: '/packages/admin/ledger/index',
    label: entriesText.staffTools.ledger,
    hint: entriesText.staffTools.ledgerHint,
  },
  {
    key: 'system',
    role: 'admin',
    url: '/packages/admin/system/index',
    label: entriesText.staffTools.system,
    hint: entriesText.staffTools.systemHint,
  },
];

export default function StaffToolsEntry({ profile }: { profile: ProfileDto }) {
  const tools = TOOLS.filter((tool) => profile.roles.includes(tool.role));
  if (!tools.length) return null;
  return (
    <View className="gt-staff-tools">
      {tools.map((tool) => (
        <View
          key={tool.key}
          className={`gt-staff-tools__link gt-staff-tools__link--${tool.key}`}
          hoverClass="gt-staff-tools__link--active"
          onClick={() => Taro.navigateTo({ url: tool.url })}
        >
          <View className="gt-staff-tools__text">
            <Text className="gt-staff-tools__label">{tool.label}</Text>
            <Text className="gt-staff-tools__hint">{tool.hint}</Text>
          </View>
          <Text className="gt-staff-tools__arrow">›</Text>
        </View>
      ))}
    </View>
  );
}
