/** Why an invocation produced no result. */
export type FailureKind = 'not-found' | 'execute' | 'timeout' | 'crash' | 'closed';

/** errCodes callFunction reports (wx-server-sdk's TCB_ERR_CODE). */
export const ERR_FUNCTIONS_EXECUTE_FAIL = -504002;
export const ERR_FUNCTIONS_REQUEST_FAIL = -504001;

/**
 * A failed invocation, shaped like what callFunction rejects with on WeChat
 * cloud: an errCode and an errMsg carrying the function's error.
 */
export class FunctionInvokeError extends Error {
  readonly kind: FailureKind;
  readonly errCode: number;
  readonly errMsg: string;
  /** Database actions made before it failed (filled in by the runtime). */
  dbActions = 0;

  constructor(kind: FailureKind, errMsg: string) {
    super(errMsg);
    this.name = 'FunctionInvokeError';
    this.kind = kind;
    this.errCode = kind === 'not-found' ? ERR_FUNCTIONS_REQUEST_FAIL : ERR_FUNCTIONS_EXECUTE_FAIL;
    this.errMsg = errMsg;
  }

  /** The TCB error code name used on the /admin wire. */
  get tcbCode(): 'FUNCTIONS_REQUEST_FAIL' | 'FUNCTIONS_EXECUTE_FAIL' {
    return this.kind === 'not-found' ? 'FUNCTIONS_REQUEST_FAIL' : 'FUNCTIONS_EXECUTE_FAIL';
  }
}
