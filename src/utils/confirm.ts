import Taro from '@tarojs/taro';

/** WeChat shows no dialog at all (the call fails) when its button says more than this (wx.showModal confirmText). */
export const DIALOG_BUTTON_MAX_CHARS = 4;

/**
 * Asks before something that cannot simply be taken back (discarding an
 * unsent request, ending someone's role). Closing the dialog is a no. A
 * button longer than WeChat allows is refused here, where every build and
 * test sees it: on the phone the dialog would never show and the answer
 * would always be no. (A promise chain, not an async function: smaller in
 * the weapp main package.)
 */
export function confirm(content: string, confirmText?: string): Promise<boolean> {
  if (confirmText !== undefined && [...confirmText].length > DIALOG_BUTTON_MAX_CHARS) {
    return Promise.reject(
      new Error(`confirm: the button "${confirmText}" is longer than the ${DIALOG_BUTTON_MAX_CHARS} characters WeChat shows`),
    );
  }
  return Taro.showModal({ content, ...(confirmText ? { confirmText } : {}) }).then(
    (answer) => answer.confirm,
    () => false,
  );
}
