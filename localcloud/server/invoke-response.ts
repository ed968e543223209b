import { ServerResponse } from 'node:http';
import { FunctionInvokeError } from '../runtime/function-errors';
import { InvokeOutcome } from '../runtime/function-runtime';
import { sendJson } from './http-util';

/** Header carrying how many database actions an invocation (nested calls included) made. */
export const DB_ACTIONS_HEADER = 'X-Db-Actions';
/** Headers carrying how many documents the database examined for it, and returned to it. */
export const DB_EXAMINED_HEADER = 'X-Db-Examined';
export const DB_RETURNED_HEADER = 'X-Db-Returned';

const STATUS: Record<FunctionInvokeError['kind'], number> = {
  'not-found': 404,
  execute: 500,
  crash: 500,
  timeout: 504,
  closed: 503,
};

/** Runs an invocation and answers with its result, or {errCode, errMsg} like a failed callFunction. */
export async function respondWithInvocation(res: ServerResponse, run: () => Promise<InvokeOutcome>): Promise<void> {
  try {
    const { result, invocation } = await run();
    sendJson(res, 200, result, {
      [DB_ACTIONS_HEADER]: String(invocation.dbActions),
      [DB_EXAMINED_HEADER]: String(invocation.dbExamined),
      [DB_RETURNED_HEADER]: String(invocation.dbReturned),
    });
  } catch (err) {
    if (!(err instanceof FunctionInvokeError)) throw err;
    sendJson(res, STATUS[err.kind], { errCode: err.errCode, errMsg: err.errMsg }, { [DB_ACTIONS_HEADER]: String(err.dbActions) });
  }
}
