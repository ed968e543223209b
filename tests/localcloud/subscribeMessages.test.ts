/**
 * subscribeMessage.send as WeChat checks it, through the real wx-server-sdk:
 * a template the console knows, every keyword's value by its type, and one
 * unused acceptance (wx.requestSubscribeMessage, here POST
 * /dev/subscribe-consent) per message, else 43101.
 */
import { FixtureCloud, startFixtureCloud } from './harness';

const TEMPLATE = 'tpl-progress';
const OTHER = 'tpl-other';
const EVERY_TYPE = 'tpl-every-type';

let fx: FixtureCloud;

beforeAll(async () => {
  fx = await startFixtureCloud(
    {
      send: {
        openapi: ['subscribeMessage.send'],
        code: `
exports.main = async (event) => {
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: event.to,
      templateId: event.template,
      page: event.page === undefined ? 'pages/index/index' : event.page,
      data: event.data,
      miniprogramState: event.state || 'formal',
    });
    return { errCode: 0 };
  } catch (e) {
    return { errCode: e.errCode, errMsg: e.errMsg };
  }
};`,
      },
    },
    {
      subscribeTemplates: [
        { id: TEMPLATE, title: '进度通知', keywords: ['thing1', 'phrase2', 'time3'] },
        { id: OTHER, title: '其他通知', keywords: ['thing1'] },
        {
          id: EVERY_TYPE,
          title: '各类型',
          keywords: ['number1', 'letter2', 'symbol3', 'character_string4', 'date5', 'amount6', 'phone_number7', 'car_number8', 'name9'],
        },
      ],
    },
  );
});

afterAll(() => fx.cleanup());

const GOOD = { thing1: { value: '路灯不亮' }, phrase2: { value: '已办结' }, time3: { value: '2026年11月23日 16:50' } };

async function send(to: string, data: Record<string, unknown> = GOOD, extra: Record<string, unknown> = {}) {
  const { result } = await fx.cloud.invoke('send', { to, template: TEMPLATE, data, ...extra }, { openid: 'o-staff' });
  return result as { errCode: number; errMsg?: string };
}

async function accept(openid: string, templateIds: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${fx.cloud.url}/dev/subscribe-consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid, templateIds }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function unused(openid: string): Promise<Record<string, number>> {
  const response = await fetch(`${fx.cloud.url}/dev/subscribe-consent?openid=${openid}`);
  return ((await response.json()) as { unused: Record<string, number> }).unused;
}

const delivered = (openid: string) => fx.cloud.outbox().filter((m) => m.touser === openid);

test('a message to someone who never accepted the template is refused with 43101 and not delivered', async () => {
  expect(await send('o-never')).toEqual({ errCode: 43101, errMsg: expect.stringContaining('user refuse to accept the msg') });
  expect(delivered('o-never')).toHaveLength(0);
});

test('each acceptance allows one message: the second send on one acceptance is refused', async () => {
  expect(await accept('o-once', [TEMPLATE])).toEqual({ status: 200, body: { errMsg: 'requestSubscribeMessage:ok', [TEMPLATE]: 'accept' } });
  expect(await unused('o-once')).toEqual({ [TEMPLATE]: 1 });
  expect(await send('o-once')).toEqual({ errCode: 0 });
  expect(await send('o-once')).toMatchObject({ errCode: 43101 });
  expect(delivered('o-once')).toHaveLength(1);
  expect(await unused('o-once')).toEqual({});
});

test('acceptances add up, and belong to one person and one template', async () => {
  await accept('o-twice', [TEMPLATE]);
  await accept('o-twice', [TEMPLATE, OTHER]);
  expect(await unused('o-twice')).toEqual({ [TEMPLATE]: 2, [OTHER]: 1 });
  expect(await send('o-someone-else')).toMatchObject({ errCode: 43101 });
  expect(await send('o-twice')).toEqual({ errCode: 0 });
  expect(await send('o-twice')).toEqual({ errCode: 0 });
  expect(await send('o-twice')).toMatchObject({ errCode: 43101 });
  expect(await unused('o-twice')).toEqual({ [OTHER]: 1 });
});

test('a template the console does not know is refused (40037), by the send and by the dialog', async () => {
  await accept('o-unknown', [TEMPLATE]);
  const { result } = await fx.cloud.invoke(
    'send',
    { to: 'o-unknown', template: 'REQUEST_PROGRESS_TYPO', data: GOOD },
    { openid: 'o-staff' },
  );
  expect(result).toMatchObject({ errCode: 40037 });
  expect(await accept('o-unknown', ['no-such-template'])).toEqual({
    status: 400,
    body: { errCode: 20001, errMsg: 'requestSubscribeMessage:fail No template data return, verify the template id exist' },
  });
  expect(await unused('o-unknown')).toEqual({ [TEMPLATE]: 1 });
});

test('the dialog takes 1 to 3 template ids and needs the person', async () => {
  expect(await accept('o-dialog', [])).toMatchObject({ status: 400, body: { errCode: 10001 } });
  expect(await accept('o-dialog', 'tpl-progress')).toMatchObject({ status: 400, body: { errCode: 10001 } });
  expect(await accept('o-dialog', [TEMPLATE, OTHER, EVERY_TYPE, 'tpl-4'])).toMatchObject({ status: 400, body: { errCode: 20003 } });
  expect(await accept('', [TEMPLATE])).toMatchObject({ status: 400, body: { errCode: 10001 } });
  expect(await unused('o-dialog')).toEqual({});
});

describe('keyword values are checked by type (47003), and a refused message uses no acceptance', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['thing over 20 characters', { ...GOOD, thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } }],
    ['thing with an emoji', { ...GOOD, thing1: { value: '路灯不亮😡' } }],
    ['thing with a line break', { ...GOOD, thing1: { value: '路灯\n不亮' } }],
    ['thing empty', { ...GOOD, thing1: { value: '  ' } }],
    ['phrase of 6 characters', { ...GOOD, phrase2: { value: '已经办理完结' } }],
    ['phrase with a letter', { ...GOOD, phrase2: { value: '已办A' } }],
    ['phrase with punctuation', { ...GOOD, phrase2: { value: '已办结…' } }],
    ['time in another shape', { ...GOOD, time3: { value: '2026/11/23 16:50' } }],
    ['time that is no time', { ...GOOD, time3: { value: '2026年13月1日 16:50' } }],
    ["time of 24 o'clock", { ...GOOD, time3: { value: '24:10' } }],
    ['a value that is not a string', { ...GOOD, thing1: { value: 42 } }],
    ['a keyword missing', { thing1: GOOD.thing1, phrase2: GOOD.phrase2 }],
    ['a keyword the template does not have', { ...GOOD, thing9: { value: '多余' } }],
  ];
  test.each(cases)('%s', async (_name, data) => {
    await accept('o-values', [TEMPLATE]);
    const before = await unused('o-values');
    const result = await send('o-values', data);
    expect(result).toMatchObject({ errCode: 47003, errMsg: expect.stringContaining('argument invalid!') });
    expect(await unused('o-values')).toEqual(before);
  });

  test('periods, bare times and YYYY-MM-DD pass', async () => {
    for (const time3 of ['15:01', '2026-11-23 16:50', '2026年1月2日 08:00~2026年1月2日 12:00']) {
      await accept('o-values-ok', [TEMPLATE]);
      expect(await send('o-values-ok', { ...GOOD, time3: { value: time3 } })).toEqual({ errCode: 0 });
    }
  });

  test('miniprogram_state and page are checked too', async () => {
    await accept('o-options', [TEMPLATE]);
    expect(await send('o-options', GOOD, { state: 'beta' })).toMatchObject({ errCode: 47003 });
    expect(await send('o-options', GOOD, { page: '/pages/index/index' })).toMatchObject({ errCode: 41030 });
    expect(await send('o-options', GOOD, { state: 'trial' })).toEqual({ errCode: 0 });
    expect(delivered('o-options')[0].extra).toMatchObject({ miniprogram_state: 'trial' });
  });
});

test('every other keyword type, right and wrong', async () => {
  const good = {
    number1: { value: '339208499.5' },
    letter2: { value: 'abc' },
    symbol3: { value: '%&' },
    character_string4: { value: 'A-100001' },
    date5: { value: '2026年11月23日' },
    amount6: { value: '¥12.50元' },
    phone_number7: { value: '+86-0556-5201234' },
    car_number8: { value: '皖H12345' },
    name9: { value: '王秀英' },
  };
  const bad: Record<string, string> = {
    number1: '12a',
    letter2: 'abc1',
    symbol3: '%&a',
    character_string4: '预约码100001',
    date5: '11月23日',
    amount6: '12.50',
    phone_number7: '0556 5201234',
    car_number8: '皖H1234567',
    name9: '王秀英王秀英王秀英王秀',
  };
  const sendTo = async (data: Record<string, unknown>) => {
    await accept('o-types', [EVERY_TYPE]);
    const { result } = await fx.cloud.invoke('send', { to: 'o-types', template: EVERY_TYPE, data }, { openid: 'o-staff' });
    return result as { errCode: number; errMsg?: string };
  };
  expect(await sendTo(good)).toEqual({ errCode: 0 });
  for (const [key, value] of Object.entries(bad)) {
    expect({ key, result: await sendTo({ ...good, [key]: { value } }) }).toMatchObject({ key, result: { errCode: 47003 } });
  }
});

test('acceptances are kept across a restart, as WeChat keeps them', async () => {
  const own = await startFixtureCloud({}, { subscribeTemplates: [{ id: TEMPLATE, title: '进度通知', keywords: ['thing1'] }] });
  try {
    await fetch(`${own.cloud.url}/dev/subscribe-consent`, {
      method: 'POST',
      body: JSON.stringify({ openid: 'o-kept', templateIds: [TEMPLATE] }),
    });
    await own.cloud.close();
    const reopened = await own.reopen();
    const response = await fetch(`${reopened.url}/dev/subscribe-consent?openid=o-kept`);
    expect(((await response.json()) as { unused: Record<string, number> }).unused).toEqual({ [TEMPLATE]: 1 });
  } finally {
    await own.cleanup();
  }
});
