import { invoker } from '../../shared/cloud';
import { defineTimerFunction } from '../../shared/timerTrigger';
import { migrateAdministrators } from './migrateAdministrators';
import { migratePhones } from './migratePhones';

/** Every migration in turn; done when all of them are. */
async function migrate() {
  const phones = await migratePhones();
  const administrators = await migrateAdministrators();
  return { ...phones, ...administrators, done: phones.done && administrators.done };
}

/**
 * One-off data migrations, run by their timer trigger only: no mini-program
 * user can call them, and the function has no actions. On WeChat cloud:
 * upload this folder with its trigger (上传触发器), let it run until a run
 * answers `done: true` (云函数日志), then delete the function. The local
 * runtime runs it at start (npm start).
 */
export const main = defineTimerFunction('migrations', { migrate }, invoker);
