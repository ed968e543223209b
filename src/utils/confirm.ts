import Taro from '@tarojs/taro';

/**
 * Asks before something that cannot simply be taken back (discarding an
 * unsent request, ending someone's role). Closing the dialog is a no.
 */
export async function confirm(content: string, confirmText?: string): Promise<boolean> {
  const answer = await Taro.showModal({ content, ...(confirmText ? { confirmText } : {}) }).catch(() => ({ confirm: false }));
  return answer.confirm;
}
