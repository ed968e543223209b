import { CloudError } from '../errors';
import { ActionResult, AdminContext } from './context';

/** functions.invokeFunction (cloud.callFunction inside a function): runs with the caller's identity. */
async function invokeFunction(body: Record<string, unknown>, ctx: AdminContext): Promise<ActionResult> {
  const name = body.function_name;
  if (typeof name !== 'string' || !name) throw new CloudError('INVALID_PARAM', 'function_name is required');
  let event: unknown = {};
  if (typeof body.request_data === 'string' && body.request_data !== '') {
    try {
      event = JSON.parse(body.request_data) as unknown;
    } catch {
      throw new CloudError('INVALID_PARAM', 'request_data is not JSON');
    }
  }
  const result = await ctx.functions.invokeNested(name, event, ctx.invocation);
  return { data: { response_data: JSON.stringify(result ?? null) } };
}

export const functionsActions: Record<string, (body: Record<string, unknown>, ctx: AdminContext) => Promise<ActionResult>> = {
  'functions.invokeFunction': invokeFunction,
};
