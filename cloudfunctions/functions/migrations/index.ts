import { invoker } from '../../shared/cloud';
import { defineTimerFunction } from '../../shared/timerTrigger';
import { migratePhones } from './migratePhones';

/**
 * One-off data migrations, run by their timer trigger only: no mini-program
 * user can call them, and the function has no actions. On WeChat cloud:
 * upload this folder with its trigger (上传触发器), let it run until a run
 * answers `done: true` (云函数日志), then delete the function. The local
 * runtime runs it at start (npm start).
 */
export const main = defineTimerFunction('migrations', { migrate: () => migratePhones() }, invoker);
