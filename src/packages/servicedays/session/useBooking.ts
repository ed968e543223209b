import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { BookingDto, SessionDetailDto, SlotDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import { isCloudError } from '@/services';
import * as servicedaysApi from '@/services/servicedays';
import * as subscribeApi from '@/services/subscribe';
import { showFailure, showNotice } from '@/state/notice';
import { servicedaysText } from '@/text/servicedays';

const t = servicedaysText;

/** The window and slot the person is choosing on one date. */
function useChoice(data: SessionDetailDto | null) {
  const [windowId, setWindowId] = useState<string | null>(null);
  const [slotKey, setSlotKey] = useState<string | null>(null);
  useEffect(() => {
    if (data && !windowId && data.windows.length > 0) setWindowId(data.windows[0].id);
  }, [data, windowId]);
  return {
    windowId,
    slotKey,
    chooseWindow: (id: string) => {
      setWindowId(id);
      setSlotKey(null);
    },
    chooseSlot: setSlotKey,
    slots: data?.slots.filter((s) => s.windowId === windowId) ?? [],
    chosen: data?.slots.find((s) => s.key === slotKey) ?? null,
  };
}

/**
 * 预约办事 on one date: what is left, the person's choice, booking it (one
 * key per tap, kept while the answer is lost so a retry is recognised) and
 * cancelling a booking.
 */
export function useBooking() {
  const { params } = useRouter();
  const sessionId = decodeURIComponent(params.id ?? '');
  const detail = useRemote(() => servicedaysApi.getSession(sessionId));
  const choice = useChoice(detail.data);
  /** Kept until the booking is answered, so a retry of the same tap is recognised by the server. */
  const [pendingKey, setPendingKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (data: SessionDetailDto, slot: SlotDto) => {
    // First, inside the tap: the reminder and cancellation messages (WeChat asks only from a tap).
    const asked = subscribeApi.askToSubscribe(data.subscribeTemplateIds);
    const key = pendingKey ?? servicedaysApi.newRequestKey();
    setPendingKey(key);
    setBusy(true);
    await asked;
    try {
      await servicedaysApi.book(data.id, slot.key, key);
      setPendingKey(null);
      choice.chooseSlot(null);
      showNotice(t.booked, 'success');
      detail.reload();
    } catch (error) {
      const code = isCloudError(error) ? error.code : 'INTERNAL';
      // A definite answer: the next tap is a new request. A lost answer: keep the key and let them retry.
      if (code !== 'NETWORK') setPendingKey(null);
      showFailure(error);
      if (code === 'SLOT_FULL' || code === 'BOOKING_CLOSED' || code === 'ALREADY_BOOKED') {
        choice.chooseSlot(null);
        detail.reload();
      }
    } finally {
      setBusy(false);
    }
  };

  const cancel = async (booking: BookingDto, reason: string) => {
    try {
      await servicedaysApi.cancelBooking(booking.sessionId, booking.code, reason);
      showNotice(t.cancelDone, 'success');
      detail.reload();
    } catch (error) {
      showFailure(error);
    }
  };

  const full = detail.data ? detail.data.myBookings.length >= detail.data.maxActivePerPerson : false;
  return { detail, choice, full, busy, submit, cancel };
}

export type Booking = ReturnType<typeof useBooking>;
