import { cloud } from './cloud';
import { messageData, type KeywordValues } from './subscribeText';
import { miniprogramStateOf, templateIdOf, type TemplateName } from './subscribeTemplates';

/** WeChat's answer when the person has no unused acceptance of the template (they did not allow it, or used it). */
const NOT_ALLOWED = 43101;

/**
 * A message WeChat took, or why it did not: `notAllowed` (43101) or another
 * refusal (47003: a value; 40037: the template id …).
 */
export type SendOutcome = { sent: true } | { sent: false; notAllowed: boolean; errCode: number; errMsg: string };

function failureOf(error: unknown): { errCode: number; errMsg: string } {
  const e = (error ?? {}) as { errCode?: unknown; errMsg?: unknown; message?: unknown };
  return {
    errCode: typeof e.errCode === 'number' ? e.errCode : -1,
    errMsg: typeof e.errMsg === 'string' ? e.errMsg : typeof e.message === 'string' ? e.message : String(error),
  };
}

/**
 * Sends one subscribe message of a template the product knows
 * (shared/subscribeTemplates.ts): its id and the build it opens come from
 * the function's configuration, every value is fitted to its keyword's type.
 * Messages are best-effort: a refusal (most often 43101, the person has no
 * unused acceptance of that template) is logged and returned for the caller
 * to record where staff see it; it never fails the step that caused it.
 */
export async function sendSubscribeMessage<N extends TemplateName>(
  template: N,
  touser: string,
  page: string,
  values: KeywordValues<N>,
): Promise<SendOutcome> {
  try {
    await cloud.openapi.subscribeMessage.send({
      touser,
      templateId: templateIdOf(template),
      page,
      data: messageData(template, values),
      miniprogramState: miniprogramStateOf(),
    });
    return { sent: true };
  } catch (error) {
    const failure = failureOf(error);
    console.warn(`[subscribe] ${template} to ${touser} not sent: ${failure.errCode} ${failure.errMsg}`);
    return { sent: false, notAllowed: failure.errCode === NOT_ALLOWED, ...failure };
  }
}
