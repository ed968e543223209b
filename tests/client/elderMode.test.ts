/**
 * 长辈模式 kept on the phone and on the server (src/state/elderMode.ts): the
 * server's value is taken only when it was saved no earlier than this
 * phone's own last save, so an answer read before a tap never undoes the tap,
 * while a change made later on another phone still arrives; a change made
 * offline is kept and sent again.
 */
import { phone } from './support/fakeTaro';

type ElderMode = typeof import('@/state/elderMode');

interface Save {
  device: string;
  seq: number;
}

/**
 * The users function as the server plays it: one person, a clock that moves
 * on with every save, and a save not newer than the last one from its phone
 * not applied. `hold` keeps the next call at the server until released.
 */
function usersFunction() {
  const server = { elderMode: false, setAt: null as number | null, clock: 1_000, save: null as Save | null };
  let held: Promise<void> | null = null;
  const apply = (payload: Record<string, unknown>) => {
    const save = payload.save as Save | undefined;
    const older = save && server.save?.device === save.device && server.save.seq >= save.seq;
    if (!older) {
      server.clock += 1_000;
      server.elderMode = payload.elderMode === true;
      server.setAt = server.clock;
      server.save = save ?? null;
    }
    return { ok: true, data: profile(server.elderMode, server.setAt) };
  };
  phone.cloud = async (call) => {
    if (call.name !== 'users' || call.action !== 'setPreferences') return { ok: false, code: 'NOT_FOUND', message: '没有这个操作' };
    const gate = held;
    held = null;
    if (gate) await gate;
    return apply(call.payload);
  };
  /** The next call waits at the server until the function returned is called. */
  const hold = (): (() => void) => {
    let release: () => void = () => undefined;
    held = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => release();
  };
  return { server, hold };
}

function profile(elderMode: boolean, elderModeSetAt: number | null) {
  return {
    registered: true,
    name: '王秀英',
    roles: ['resident'],
    homeGrid: null,
    elderMode,
    elderModeSetAt,
    phone: null,
    contactPhone: null,
  };
}

function launch(): ElderMode {
  let module: ElderMode | undefined;
  jest.isolateModules(() => {
    module = jest.requireActual<ElderMode>('@/state/elderMode');
  });
  return module as ElderMode;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => phone.reset());

it('an answer read before a tap does not undo the tap; a later change from another phone arrives', async () => {
  const { server } = usersFunction();
  const elder = launch();
  // First start on this phone: the server's choice (made on another phone) is taken.
  elder.syncElderModeFromProfile(profile(true, 500));
  expect(elder.isElderMode()).toBe(true);

  // Tapped off, then on again, quickly; each save lands.
  expect(await elder.setElderMode(false)).toBe(true);
  expect(await elder.setElderMode(true)).toBe(true);
  expect(server).toEqual(expect.objectContaining({ elderMode: true, setAt: 3_000 }));

  // The page's reload read the profile between the two saves; its answer arrives now.
  elder.syncElderModeFromProfile(profile(false, 2_000));
  expect(elder.isElderMode()).toBe(true);
  // An answer of the same save agrees and changes nothing.
  elder.syncElderModeFromProfile(profile(true, 3_000));
  expect(elder.isElderMode()).toBe(true);

  // Later switched off on another phone: this one follows.
  elder.syncElderModeFromProfile(profile(false, 4_000));
  expect(elder.isElderMode()).toBe(false);
  // And the restart keeps what it knows (storage), so the older answer is still refused.
  const restarted = launch();
  expect(restarted.isElderMode()).toBe(false);
  restarted.syncElderModeFromProfile(profile(true, 3_000));
  expect(restarted.isElderMode()).toBe(false);
});

it('a tap made offline is kept, survives an answer that disagrees, and is sent when the network is back', async () => {
  const { server } = usersFunction();
  const elder = launch();
  phone.online = false;
  expect(await elder.setElderMode(true)).toBe(false);
  expect(elder.isElderMode()).toBe(true);

  // An answer from before (a cached page, say) while the tap is unsent: the tap stays.
  elder.syncElderModeFromProfile(profile(false, null));
  await settle();
  expect(elder.isElderMode()).toBe(true);
  expect(server.setAt).toBeNull();

  phone.online = true;
  elder.syncElderModeFromProfile(profile(false, null));
  await settle();
  expect(server).toEqual(expect.objectContaining({ elderMode: true, setAt: 2_000 }));
  expect(elder.isElderMode()).toBe(true);
  // Saved now: the server's own answers no longer send it again.
  const saves = phone.callsOf('setPreferences').length;
  elder.syncElderModeFromProfile(profile(true, 2_000));
  await settle();
  expect(phone.callsOf('setPreferences')).toHaveLength(saves);
});

it('picking another identity (H5 demo) takes that person’s saved choice, whatever its time', async () => {
  usersFunction();
  const elder = launch();
  expect(await elder.setElderMode(true)).toBe(true);
  elder.resetElderModeForNewIdentity();
  elder.syncElderModeFromProfile(profile(false, null));
  expect(elder.isElderMode()).toBe(false);
});

it('two taps whose calls cross: the older one, landing last, does not undo the later one', async () => {
  const { server, hold } = usersFunction();
  const elder = launch();
  const release = hold();
  const first = elder.setElderMode(true);
  await settle();
  // The second tap's call overtakes the first, held at the server.
  expect(await elder.setElderMode(false)).toBe(true);
  expect(server.elderMode).toBe(false);
  release();
  expect(await first).toBe(true);
  expect(server.elderMode).toBe(false);
  expect(elder.isElderMode()).toBe(false);
  // Settled: nothing left to send.
  const saves = phone.callsOf('setPreferences').length;
  elder.syncElderModeFromProfile(profile(false, server.setAt));
  await settle();
  expect(phone.callsOf('setPreferences')).toHaveLength(saves);
});

it('each tap names this phone and counts on, across a restart', async () => {
  usersFunction();
  const elder = launch();
  await elder.setElderMode(true);
  await launch().setElderMode(false);
  const [one, two] = phone.callsOf('setPreferences').map((call) => call.payload.save as Save);
  expect(one.device).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  expect(two).toEqual({ device: one.device, seq: one.seq + 1 });
});
