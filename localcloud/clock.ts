/**
 * The emulator's notion of "now": real time plus an adjustable offset, so
 * tests can move time forward (deadlines, timers) without waiting.
 */
export class Clock {
  private offset: number;

  constructor(offsetMs = 0) {
    this.offset = offsetMs;
  }

  get offsetMs(): number {
    return this.offset;
  }

  setOffset(ms: number): void {
    if (!Number.isFinite(ms)) throw new TypeError('clock offset must be a finite number of milliseconds');
    this.offset = Math.trunc(ms);
  }

  now(): number {
    return Date.now() + this.offset;
  }
}
