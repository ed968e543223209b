import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { InboxDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as homeApi from '@/services/home';
import * as requestsApi from '@/services/requests';
import { syncElderModeFromProfile } from '@/state/elderMode';
import { onProfileChanged } from '@/state/events';
import { keepFormOptionsForOffline } from '@/state/formOptionsKept';

const PICKER_URL = '/packages/grid/picker/index';

/** What a handler has in hand (网格员待办's counts), for grid members and staff only. */
function useHandlerInbox(handles: boolean, reloadedWith: unknown): InboxDto | null {
  const [inbox, setInbox] = useState<InboxDto | null>(null);
  useEffect(() => {
    if (!handles) return setInbox(null);
    let current = true;
    requestsApi.inbox('mine').then(
      (data) => current && setInbox(data),
      () => current && setInbox(null),
    );
    return () => {
      current = false;
    };
  }, [handles, reloadedWith]);
  return inbox;
}

/** 首页's state: the profile and contact card (reloaded when the profile changes), 长辈模式 from the profile, a handler's counts; keeps the filing form's options for offline. */
export function useHome() {
  const home = useRemote(homeApi.loadHome);
  const { reload } = home;
  useEffect(() => onProfileChanged(reload), [reload]);
  useEffect(() => {
    if (home.data) syncElderModeFromProfile(home.data.profile);
    // 我要反映 then opens, and files into the outbox, without a network.
    if (home.data?.profile.registered) keepFormOptionsForOffline();
  }, [home.data]);

  const roles = home.data?.profile.roles ?? [];
  // Cadres visit households; a department's staff only handle what is assigned to the department.
  const visits = roles.includes('gridMember') || roles.includes('staff');
  const handles = visits || roles.includes('departmentStaff');
  const inbox = useHandlerInbox(handles, home.data);

  const goPicker = () => {
    const current = home.data?.profile.homeGrid?.grid.id;
    void Taro.navigateTo({ url: current ? `${PICKER_URL}?current=${encodeURIComponent(current)}` : PICKER_URL });
  };

  return { home, roles, handles, visits, inbox, goPicker };
}

export type Home = ReturnType<typeof useHome>;
