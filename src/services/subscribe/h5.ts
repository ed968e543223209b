import { getDevOpenid } from '../devIdentity';
import { NOT_A_TAP, type SubscribeRequester, type SubscribeResult } from './types';

/** Events a tap dispatches; WeChat counts only a tap (bindtap), not a change or a key. */
const TAP_EVENTS = ['click', 'tap', 'touchend', 'pointerup', 'mouseup'];

interface UserActivation {
  isActive: boolean;
}

/**
 * Inside a tap handler, synchronously: the browser reports a live user
 * activation and is dispatching the tap itself. After an await (a network
 * call, a timer) the event is over, as it is for WeChat.
 */
function inTap(): boolean {
  const activation = (navigator as Navigator & { userActivation?: UserActivation }).userActivation;
  const event = typeof window === 'undefined' ? undefined : window.event;
  return !!activation?.isActive && !!event && event.isTrusted && TAP_EVENTS.includes(event.type);
}

/** A call outside a tap is a bug in the page, which WeChat would hide (no dialog, no messages): make it loud. */
function reportOutsideTap(): void {
  const error = new Error(`${NOT_A_TAP} Call api.subscribe.askToSubscribe synchronously in the tap handler, before any await.`);
  if (typeof reportError === 'function') {
    reportError(error);
  } else {
    setTimeout(() => {
      throw error;
    });
  }
}

/**
 * The H5 build (local cloud only): Taro's H5 requestSubscribeMessage is a
 * stub, so this plays WeChat. It refuses outside a tap exactly as WeChat
 * does; inside one the person accepts (the browser has no dialog) and the
 * acceptance is recorded with the local runtime, which then allows one
 * message of each template, as WeChat does.
 */
export const h5RequestSubscribe: SubscribeRequester = async (tmplIds) => {
  if (!inTap()) {
    reportOutsideTap();
    throw { errMsg: NOT_A_TAP };
  }
  const response = await fetch('/dev/subscribe-consent', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ openid: getDevOpenid(), templateIds: tmplIds }),
  });
  const body = (await response.json()) as SubscribeResult;
  if (!response.ok) throw body;
  return body;
};
