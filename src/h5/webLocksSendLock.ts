import type { SendLock } from '@/state/sendLock';

/**
 * The browser's Web Locks as the outbox's send lock: every tab of the site
 * waits on the same name. Here under src/h5 because the weapp build must not
 * carry a `locks.request` call (WeChat's check takes it for a network request).
 */
export function webLocksSendLock(locks: LockManager): SendLock {
  return (name, work) => locks.request(name, work) as unknown as ReturnType<typeof work>;
}
