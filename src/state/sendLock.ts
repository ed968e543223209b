/**
 * The lock the filing outbox sends under. The H5 build's tabs share one
 * (Web Locks, installed by src/h5 at start); WeChat runs one app context, so
 * the weapp build has no lock and carries no `locks.request` call.
 */
export type SendLock = <T>(name: string, work: () => Promise<T>) => Promise<T>;

const noLock: SendLock = (_name, work) => work();
let installed: SendLock = noLock;

export function installSendLock(lock: SendLock): void {
  installed = lock;
}

export function sendLock(): SendLock {
  return installed;
}
