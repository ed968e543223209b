import { Clock } from '../clock';
import { CronSchedule, parseCron } from './cron';
import { FunctionCatalog } from './function-catalog';

interface ScheduledTrigger {
  functionName: string;
  triggerName: string;
  schedule: CronSchedule;
}

export interface TimerSchedulerOptions {
  catalog: FunctionCatalog;
  clock: Clock;
  fire(functionName: string, triggerName: string): Promise<unknown>;
}

/** If the clock jumps (offset changed, process paused), do not replay more than this many seconds. */
const MAX_CATCH_UP_S = 5;
const RESCAN_MS = 10_000;

/**
 * Fires timer triggers on the emulator clock, checking every second. The
 * function folders are rescanned periodically so a rebuild adds or removes
 * triggers without a restart.
 */
export class TimerScheduler {
  private readonly opts: TimerSchedulerOptions;
  private triggers: ScheduledTrigger[] = [];
  private readonly invalid = new Set<string>();
  private lastSecond: number | undefined;
  private lastScan = 0;
  private ticker: NodeJS.Timeout | undefined;

  constructor(opts: TimerSchedulerOptions) {
    this.opts = opts;
  }

  start(): void {
    if (this.ticker) return;
    this.scan();
    this.ticker = setInterval(() => this.tick(), 1000);
    this.ticker.unref();
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  list(): Array<{ functionName: string; triggerName: string; cron: string }> {
    return this.triggers.map((t) => ({ functionName: t.functionName, triggerName: t.triggerName, cron: t.schedule.expression }));
  }

  private scan(): void {
    this.lastScan = Date.now();
    const next: ScheduledTrigger[] = [];
    for (const fn of this.opts.catalog.list()) {
      if (fn.triggerProblems.length) {
        const key = `${fn.name}: ${fn.triggerProblems.join('; ')}`;
        if (!this.invalid.has(key)) console.error(`[localcloud] timers of ${key} ignored: WeChat would refuse them`);
        this.invalid.add(key);
      }
      for (const trigger of fn.triggers) {
        try {
          next.push({ functionName: fn.name, triggerName: trigger.name, schedule: parseCron(trigger.config) });
        } catch (err) {
          const key = `${fn.name}/${trigger.name}/${trigger.config}`;
          if (!this.invalid.has(key)) console.error(`[localcloud] timer ${key} ignored: ${(err as Error).message}`);
          this.invalid.add(key);
        }
      }
    }
    this.triggers = next;
  }

  private tick(): void {
    if (Date.now() - this.lastScan > RESCAN_MS) this.scan();
    const now = Math.floor(this.opts.clock.now() / 1000);
    const last = this.lastSecond;
    // First tick, a jump forward, or the clock moved back: only the current second counts.
    const from = last === undefined || now - last > MAX_CATCH_UP_S || now < last ? now : last + 1;
    this.lastSecond = now;
    for (let s = from; s <= now; s++) {
      for (const t of this.triggers) {
        if (!t.schedule.matches(s * 1000)) continue;
        this.opts.fire(t.functionName, t.triggerName).catch((err: unknown) => {
          console.error(`[localcloud] timer ${t.functionName}/${t.triggerName} failed:`, (err as Error).message ?? err);
        });
      }
    }
  }
}
