import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Button from '@/components/Button';
import type { RegistrationFormDto } from '@contract';
import { entriesText } from '@/text/entries';
import { partyText } from '@/text/party';

const t = partyText.register;

/** Where the member's report stands (审核中, 已报到, 未通过 or 已撤销 and why), and the way on once approved. */
export default function RegistrationStatus({ registration }: { registration: NonNullable<RegistrationFormDto['registration']> }) {
  return (
    <View className="gt-party__card">
      <View className={`gt-party__status gt-party__status--${registration.status} gt-register__status`}>
        {entriesText.party.registrationState[registration.status]}
      </View>
      <View className="gt-party__text">
        {registration.status === 'pending' && t.pending}
        {registration.status === 'approved' && t.approved}
        {registration.status === 'rejected' && t.rejected(registration.rejectReason ?? '')}
        {registration.status === 'ended' && t.ended(registration.ended?.reason ?? '')}
      </View>
      {registration.status === 'approved' && (
        <View className="gt-party__actions">
          <View className="gt-party__action">
            <Button type="primary" onClick={() => Taro.redirectTo({ url: '/packages/party/posts/index' })}>
              {t.goPosts}
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}
