import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useRemote } from '@/hooks/useRemote';
import { getDevOpenid, groupByRole, listDevUsers, newDevOpenid, setDevOpenid } from '@/services/devIdentity';
import { forgetUploadToken } from '@/services/storage';
import { resetElderModeForNewIdentity } from '@/state/elderMode';
import { emitProfileChanged } from '@/state/events';
import { commonText } from '@/text/common';
import { localRuntimeText } from '@/text/localRuntime';
import { cx } from '@/utils/cx';
import './index.scss';

/**
 * H5 + local cloud only: pick whose identity the app uses. Render it behind
 * `process.env.TARO_ENV === 'h5'` so it stays out of the weapp build.
 */
export default function DevIdentityPicker() {
  const users = useRemote(listDevUsers);
  const [current, setCurrent] = useState<string | null>(getDevOpenid);

  const choose = (openid: string) => {
    setDevOpenid(openid);
    // Uploads go to the new person's folder: whose it is is asked again.
    forgetUploadToken();
    setCurrent(openid);
    resetElderModeForNewIdentity();
    emitProfileChanged();
  };

  const currentUser = users.data?.find((user) => user.openid === current);

  return (
    <View className="gt-dev-identity">
      <View className="gt-dev-identity__title">{localRuntimeText.devIdentity.title}</View>
      <View className="gt-dev-identity__hint">{localRuntimeText.devIdentity.hint}</View>
      <View className="gt-dev-identity__current">
        {localRuntimeText.devIdentity.current}：{currentUser ? currentUser.name : (current ?? localRuntimeText.devIdentity.none)}
      </View>
      {users.error && <View className="gt-dev-identity__hint">{localRuntimeText.devIdentity.loadFailed}</View>}
      {groupByRole(users.data ?? []).map((group) => (
        <View key={group.role} className="gt-dev-identity__group">
          <View className="gt-dev-identity__role">{commonText.roles[group.role]}</View>
          <View className="gt-dev-identity__people">
            {group.users.map((user) => (
              <View
                key={user.openid}
                className={cx('gt-dev-identity__person', user.openid === current && 'gt-dev-identity__person--current')}
                data-openid={user.openid}
                onClick={() => choose(user.openid)}
              >
                <Text className="gt-dev-identity__name">{user.name}</Text>
                <Text className="gt-dev-identity__roles">{user.roles.map((role) => commonText.roles[role]).join('·')}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
      <View className="gt-dev-identity__group">
        <View className="gt-dev-identity__people">
          <View className="gt-dev-identity__person gt-dev-identity__person--new" onClick={() => choose(newDevOpenid())}>
            <Text className="gt-dev-identity__name">{localRuntimeText.devIdentity.newVisitor}</Text>
          </View>
        </View>
      </View>
    </View>
  );
}
