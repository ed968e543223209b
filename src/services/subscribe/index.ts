import type { SubscribeRequester } from './types';

/** WeChat's dialog on weapp, the local runtime's stand-in on H5 (same rule: only from a tap). Build-time branch, as in transport/. */
function pickRequester(): SubscribeRequester {
  if (process.env.TARO_ENV === 'weapp') {
    return (require('./weapp') as typeof import('./weapp')).weappRequestSubscribe;
  } else {
    return (require('./h5') as typeof import('./h5')).h5RequestSubscribe;
  }
}

const requestSubscribe = pickRequester();

/** WeChat takes at most 3 templates in one dialog. */
const MAX_PER_DIALOG = 3;

/**
 * Asks for permission to send subscribe messages (订阅消息): each
 * acceptance lets the server send one message of that template. WeChat
 * shows the dialog only when this runs synchronously inside a tap handler,
 * so call it first in the handler, before any await, with template ids the
 * page loaded beforehand. Never rejects: declining, or a template not
 * configured yet, just means no message; whatever happens, the person's
 * action goes ahead.
 */
export function askToSubscribe(templateIds: readonly string[]): Promise<void> {
  const tmplIds = [...new Set(templateIds.filter((id) => id !== ''))].slice(0, MAX_PER_DIALOG);
  if (tmplIds.length === 0) return Promise.resolve();
  return requestSubscribe(tmplIds).then(
    () => undefined,
    (failure: unknown) => {
      // Not the person's problem (they go on without messages); kept in the log for whoever configures the templates.
      console.warn('[subscribe] no permission asked:', failure);
    },
  );
}
