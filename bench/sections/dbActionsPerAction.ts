import { everyAction } from '../../tests/support/actionExamples';
import { startTestCloud } from '../../tests/support/testCloud';
import { buildFunctions } from '../../scripts/build-functions';
import type { BenchSection } from '../BenchSection';

/**
 * Database actions each cloud action costs on the demo data, counted by the
 * local backend (every SDK round trip, including reading the caller). WeChat
 * cloud bills per action, and on a rural network each is latency.
 */
export const dbActionsPerAction: BenchSection = {
  title: 'database actions per cloud action',
  async run() {
    await buildFunctions();
    const test = await startTestCloud();
    try {
      const figures: Record<string, number> = {};
      for (const { fn, action, caller, payload, at, prepare } of everyAction()) {
        test.cloud.setClockOffset(at ? at.getTime() - Date.now() : 0);
        await prepare?.(test.cloud.url);
        const { body, dbActions } = await test.raw(caller, fn, { action, payload });
        if (!(body as { ok?: boolean }).ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(body)}`);
        figures[`dbActions.${fn}.${action}`] = dbActions;
      }
      return figures;
    } finally {
      await test.close();
    }
  },
};
