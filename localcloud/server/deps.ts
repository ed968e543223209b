import { AdminEnvironment } from '../backend/admin-handler';
import { UploadSlots } from '../backend/upload-slots';
import { Clock } from '../clock';
import { FunctionRuntime } from '../runtime/function-runtime';
import { Store } from '../store';

/** What the HTTP routes work with. */
export interface ServerDeps {
  store: Store;
  clock: Clock;
  runtime: FunctionRuntime;
  uploads: UploadSlots;
  envId: string;
  staticDir: string;
  admin: AdminEnvironment;
}
