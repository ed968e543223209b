import Taro from '@tarojs/taro';

/**
 * Asks for permission to send subscribe messages (订阅消息). WeChat only
 * allows it inside a tap handler, and only in the mini-program; refusing or
 * an unconfigured template is not an error for the person.
 */
export async function askToSubscribe(templateIds: string[]): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return;
  const tmplIds = templateIds.filter((id) => id && !id.startsWith('REPLACE_'));
  if (tmplIds.length === 0) return;
  try {
    await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] });
  } catch {
    // Declined or not available: the request goes ahead without messages.
  }
}
