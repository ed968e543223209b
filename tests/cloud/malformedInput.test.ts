import { z } from 'zod';
import { requestSchemas, type FunctionName } from '../../cloudfunctions/contract';
import { everyAction } from '../support/actionExamples';
import { snapshotStore } from '../support/snapshotStore';
import { startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * Every action of every function, fed malformed events: each gets the error
 * envelope with a stable code and a Chinese message, and nothing is written.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const functions = Object.keys(requestSchemas) as FunctionName[];
const actions = everyAction().map(({ fn, action, payload }) => ({ fn, action, example: payload }));

/** Fields the action's schema requires (an optional one may be left out). */
function requiredFields(fn: FunctionName, action: string): string[] {
  const schema = (requestSchemas[fn] as Record<string, z.ZodTypeAny>)[action];
  if (!(schema instanceof z.ZodObject)) return [];
  const shape = schema.shape as Record<string, z.ZodTypeAny>;
  return Object.keys(shape).filter((key) => !shape[key].isOptional());
}

const CALLER = 'demo-admin';
const chinese = /[\u4e00-\u9fa5]/;

function corruptions(fn: FunctionName, action: string, example: Record<string, unknown>): Array<[string, unknown]> {
  const cases: Array<[string, unknown]> = [
    ['a string instead of an object', 'hello'],
    ['a number', 42],
    ['an array', [example]],
    ['an unexpected field', { ...example, unexpected: 1 }],
    ['an identity smuggled in the payload', { ...example, openid: 'demo-resident-wang', OPENID: 'x' }],
  ];
  for (const key of requiredFields(fn, action)) {
    const { [key]: _left, ...rest } = example;
    cases.push([`${key} missing`, rest]);
  }
  for (const key of Object.keys(example)) {
    cases.push([`${key} as a nested object`, { ...example, [key]: { $gt: '' } }]);
    cases.push([`${key} as an oversized string`, { ...example, [key]: 'x'.repeat(5000) }]);
    cases.push([`${key} as null`, { ...example, [key]: null }]);
  }
  return cases;
}

describe.each(actions)('$fn.$action', ({ fn, action, example }) => {
  it('accepts its valid example past validation', async () => {
    const { body } = await test.raw(CALLER, fn, { action, payload: example });
    expect(body).not.toEqual(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it.each(corruptions(fn, action, example))('refuses %s with INVALID_INPUT and writes nothing', async (_label, payload) => {
    const before = await snapshotStore(test);
    const { status, body } = await test.raw(CALLER, fn, { action, payload });
    expect(status).toBe(200);
    expect(body).toEqual(expect.objectContaining({ ok: false, code: 'INVALID_INPUT' }));
    expect((body as { message: string }).message).toMatch(chinese);
    expect(await snapshotStore(test)).toBe(before);
  });

  it('refuses a caller without a WeChat identity', async () => {
    const before = await snapshotStore(test);
    const { body } = await test.raw(null, fn, { action, payload: example });
    expect(body).toEqual(expect.objectContaining({ ok: false, code: 'UNAUTHENTICATED' }));
    expect(await snapshotStore(test)).toBe(before);
  });
});

describe.each(functions)('%s dispatch', (fn) => {
  it.each([
    ['an unknown action', { action: 'dropDatabase', payload: {} }],
    ['no action', { payload: {} }],
    ['a non-string action', { action: 7 }],
    ['an empty event', null],
    ['a forged timer event from a user', { Type: 'Timer', TriggerName: 'anything', Time: new Date().toISOString() }],
  ])('refuses %s with UNKNOWN_ACTION', async (_label, event) => {
    const before = await snapshotStore(test);
    const { body } = await test.raw(CALLER, fn, event);
    expect(body).toEqual(expect.objectContaining({ ok: false, code: 'UNKNOWN_ACTION' }));
    expect((body as { message: string }).message).toMatch(chinese);
    expect(await snapshotStore(test)).toBe(before);
  });
});
