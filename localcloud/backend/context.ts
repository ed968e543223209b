import { Clock } from '../clock';
import type { DatabasePauses } from './databasePauses';
import { Invocation } from '../runtime/invocation';
import { Store } from '../store';
import { PhoneCodes } from './phone-codes';
import { TemplateRegistry } from './subscribe-templates';
import { UploadSlots } from './upload-slots';

/** Runs a function on behalf of another (functions.invokeFunction). */
export interface NestedInvoker {
  invokeNested(functionName: string, event: unknown, caller: Invocation | undefined): Promise<unknown>;
}

/** Everything an /admin action needs to know about the request and the emulator. */
export interface AdminContext {
  store: Store;
  clock: Clock;
  envId: string;
  /** e.g. http://127.0.0.1:10086 — for upload and download URLs. */
  baseUrl: string;
  uploads: UploadSlots;
  /** Codes of the phone-number button, as the H5 build obtains them (see phone-codes.ts). */
  phoneCodes: PhoneCodes;
  /** The subscribe-message templates the mini-program's console lists. */
  templates: TemplateRegistry;
  functions: NestedInvoker;
  /** The openapi calls a function's config.json allows; null for an unknown function. */
  openapiPermissions(functionName: string): string[] | null;
  /** Tests' pauses of chosen database requests (databasePauses.ts). */
  pauses: DatabasePauses;
  /** Credential of the worker that sent the request, if it is one of ours. */
  credential: string | undefined;
  /** The invocation that worker is running. */
  invocation: Invocation | undefined;
  /** performance.now() when the request began to arrive (transactions' one-operation-at-a-time check). */
  arrivedAt: number | undefined;
}

/** What an action handler returns: merged into the response body next to requestId. */
export type ActionResult = Record<string, unknown>;
