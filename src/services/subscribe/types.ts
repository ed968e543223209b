/** WeChat's answer to wx.requestSubscribeMessage: `errMsg` and, per template id, 'accept' | 'reject' | 'ban' | 'filter'. */
export type SubscribeResult = Record<string, string>;

/**
 * Shows the subscribe dialog for these templates. Like WeChat's, it must be
 * called synchronously inside a tap handler, before any await; it rejects
 * with `{ errMsg }` otherwise.
 */
export type SubscribeRequester = (tmplIds: string[]) => Promise<SubscribeResult>;

export const NOT_A_TAP = 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.';
