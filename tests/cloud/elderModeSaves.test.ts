/**
 * 长辈模式 saved by two taps whose calls cross (users.setPreferences): the
 * older tap's call arriving second is not applied, and its answer says what
 * the server holds; taps on another phone are ordered by their arrival.
 */
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { snapshotStore } from '../support/snapshotStore';

let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const save = (elderMode: boolean, device: string, seq: number) =>
  test.call('demo-resident-wang', 'users', 'setPreferences', { elderMode, save: { device, seq } });

it('the older tap arriving second changes nothing and answers the newer choice', async () => {
  const newer = dataOf(await save(false, 'wang-phone-a', 2));
  expect(newer.elderMode).toBe(false);
  const before = await snapshotStore(test);
  const older = dataOf(await save(true, 'wang-phone-a', 1));
  expect(older).toMatchObject({ elderMode: false, elderModeSetAt: newer.elderModeSetAt });
  expect(await snapshotStore(test)).toBe(before);
  // The same tap sent again (its answer was lost) changes nothing either.
  dataOf(await save(false, 'wang-phone-a', 2));
  expect(await snapshotStore(test)).toBe(before);
  expect(dataOf(await test.call('demo-resident-wang', 'users', 'me', {}))).toMatchObject({ elderMode: false });
});

it('a later tap on the same phone, and a tap on another phone, are applied', async () => {
  expect(dataOf(await save(true, 'wang-phone-a', 3)).elderMode).toBe(true);
  // Another phone counts its own taps: its first one is still a change.
  const other = dataOf(await save(false, 'wang-phone-b', 1));
  expect(other.elderMode).toBe(false);
  expect(dataOf(await test.call('demo-resident-wang', 'users', 'me', {}))).toMatchObject({
    elderMode: false,
    elderModeSetAt: other.elderModeSetAt,
  });
});

it('refuses a save without a tap count or with a key that is not a plain word, writing nothing', async () => {
  const before = await snapshotStore(test);
  const payloads = [
    { elderMode: true },
    { elderMode: true, save: { device: 'wang.phone$a', seq: 9 } },
    { elderMode: true, save: { device: 'wang-phone-a', seq: 0 } },
    { elderMode: true, save: { device: 'wang-phone-a', seq: 2.5 } },
  ];
  for (const payload of payloads) {
    const { body } = await test.raw('demo-resident-wang', 'users', { action: 'setPreferences', payload });
    expect(body).toEqual(expect.objectContaining({ ok: false, code: 'INVALID_INPUT' }));
  }
  expect(await snapshotStore(test)).toBe(before);
});
