/**
 * Whatever people type, the values the senders build pass WeChat's rule for
 * their keyword's type (the local cloud's copy of it): a value that does not
 * would make WeChat refuse the whole message.
 */
import { keywordValueProblem } from '../../localcloud/backend/subscribe-keywords';
import { KEYWORD_TYPES as PLATFORM_KEYWORD_TYPES, keywordTypeOf as platformKeywordTypeOf } from '../../localcloud/backend/keyword-types';
import { keywordTypeOf, KEYWORD_TYPES, SUBSCRIBE_TEMPLATES, type TemplateName } from '../../cloudfunctions/shared/subscribeTemplates';
import { keywordValue, messageData, wechatTime, wechatTimeOn } from '../../cloudfunctions/shared/subscribeText';

const NASTY = [
  '',
  '   ',
  '\n\t\r',
  '👍👍👍',
  '👨‍👩‍👧‍👦🇨🇳👍🏽',
  '路灯不亮了😡，晚上出门很危险！！！',
  '第一行\n第二行\r\n第三行\t制表',
  'zero\u200bwidth\u200djoiner\u2060and\ufeffbom',
  '\u202eRTL override\u202c',
  '全角　空格　和　半角 空格',
  'e\u0301 combining',
  '\ud800 lone surrogate \udc00',
  '池塘边的垃圾桶倒了，垃圾撒了一地，好几天没人管。'.repeat(20),
  'A'.repeat(100),
  '<script>alert(1)</script>',
  '王秀英·阿卜杜拉',
  'Smith, John',
  '12345678901234567890123456789012345',
  '¥100元',
  '皖H12345挂',
  '-',
];

function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Random strings from a pool of the characters that break rules. */
function fuzz(count: number): string[] {
  const pool = ['字', '汉', 'a', 'Z', '7', ' ', '\n', '…', '·', '😀', '\u200b', '\u3000', '，', '%', '\u0301', '🇨🇳', '\t', '￥'];
  const random = prng(11);
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(random() * 40) }, () => pool[Math.floor(random() * pool.length)]).join(''),
  );
}

const INPUTS = [...NASTY, ...fuzz(300)];

test("the product types its keywords as the platform does (its copy of WeChat's list equals the local cloud's)", () => {
  expect([...KEYWORD_TYPES].sort()).toEqual([...PLATFORM_KEYWORD_TYPES].sort());
  for (const name of Object.keys(SUBSCRIBE_TEMPLATES) as TemplateName[]) {
    for (const k of Object.keys(SUBSCRIBE_TEMPLATES[name].keywords)) expect(keywordTypeOf(k)).toBe(platformKeywordTypeOf(k));
  }
});

test.each(KEYWORD_TYPES.filter((t) => t !== 'time' && t !== 'date' && t !== 'amount'))('every %s value fits its rule', (type) => {
  for (const input of INPUTS) {
    const { value } = keywordValue(`${type}1`, input);
    expect({ input, value, problem: keywordValueProblem(type, value) }).toEqual({ input, value, problem: null });
  }
});

test('time and date values built from dates fit their rules', () => {
  const random = prng(5);
  for (let i = 0; i < 500; i += 1) {
    const at = new Date(Date.UTC(2000, 0, 1) + Math.floor(random() * 40 * 365 * 86_400_000));
    expect(keywordValueProblem('time', keywordValue('time4', at).value)).toBeNull();
    expect(keywordValueProblem('date', keywordValue('date2', at).value)).toBeNull();
    expect(keywordValueProblem('time', wechatTime(at))).toBeNull();
  }
  expect(wechatTimeOn('2026-05-06', '09:00')).toBe('2026年5月6日 09:00');
  expect(keywordValueProblem('time', wechatTimeOn('2026-12-31', '23:30'))).toBeNull();
});

test('text is shortened with an ellipsis, emoji and line breaks taken out, and never empty', () => {
  expect(keywordValue('thing1', '池塘边的垃圾桶倒了，垃圾撒了一地，好几天没人管。').value).toBe('池塘边的垃圾桶倒了，垃圾撒了一地，好几…');
  expect(keywordValue('thing1', '路灯😡\n不亮').value).toBe('路灯 不亮');
  expect(keywordValue('thing1', '👍👍').value).toBe('无');
  expect(keywordValue('phrase2', '已办结了!').value).toBe('已办结了');
  expect(keywordValue('character_string4', '预约码 100001').value).toBe('100001');
  expect(() => keywordValue('title', 'x')).toThrow();
});

test('every template of the registry: keywords WeChat knows, a value for each whatever the input', () => {
  for (const name of Object.keys(SUBSCRIBE_TEMPLATES) as TemplateName[]) {
    const keywords = Object.keys(SUBSCRIBE_TEMPLATES[name].keywords);
    for (const input of NASTY) {
      const values = Object.fromEntries(keywords.map((k) => [k, keywordTypeOf(k) === 'time' ? new Date() : input]));
      const data = messageData(name, values as never);
      expect(Object.keys(data)).toEqual(keywords);
      for (const [k, { value }] of Object.entries(data))
        expect({ k, value, problem: keywordValueProblem(keywordTypeOf(k)!, value) }).toMatchObject({ problem: null });
    }
  }
});
