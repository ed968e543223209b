import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { StaffBookingDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as servicedaysApi from '@/services/servicedays';
import { showFailure, showNotice } from '@/state/notice';
import { servicedaysText } from '@/text/servicedays';
import { showDeviceFailure } from '@/utils/deviceFailure';

const t = servicedaysText;

/** 当天名单's state and calls: the date's bookings by window, checking in by code or QR, marking no-shows. */
export function useDayList() {
  const { params } = useRouter();
  const sessionId = decodeURIComponent(params.id ?? '');
  const list = useRemote(() => servicedaysApi.dayList(sessionId));
  const [windowId, setWindowId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const data = list.data;

  const checkIn = async (sessionToUse: string, value: string) => {
    try {
      const booking = await servicedaysApi.checkIn(sessionToUse, value.trim());
      setCode('');
      showNotice(t.checkedIn(booking.name), 'success');
      list.reload();
    } catch (error) {
      showFailure(error);
    }
  };

  const scan = async () => {
    let result: string;
    try {
      result = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result;
    } catch (error) {
      // Closing the scanner is silent; a refused camera is said, with the code as the way round it.
      await showDeviceFailure(error, t.scanFailures);
      return;
    }
    const parsed = servicedaysApi.parseBookingQr(result);
    if (!parsed) return showNotice(t.codeInput, 'error');
    await checkIn(parsed.sessionId, parsed.code);
  };

  const noShow = async (booking: StaffBookingDto) => {
    try {
      await servicedaysApi.markNoShow(sessionId, booking.code);
      showNotice(t.noShowDone(booking.name), 'success');
      list.reload();
    } catch (error) {
      showFailure(error);
    }
  };

  return {
    list,
    current: data?.windows.find((w) => w.id === windowId) ?? data?.windows[0] ?? null,
    setWindowId,
    code,
    setCode,
    checkInByCode: () => checkIn(sessionId, code),
    scan,
    noShow,
  };
}

export type DayList = ReturnType<typeof useDayList>;
