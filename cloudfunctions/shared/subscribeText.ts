import { chinaWallClock } from '../domain/shared/chinaTime';
import { keywordTypeOf, SUBSCRIBE_TEMPLATES, type KeywordOf, type KeywordType, type TemplateName } from './subscribeTemplates';

/**
 * Subscribe-message values WeChat accepts whatever people typed. Each
 * keyword type has its own rule (订阅消息参数值内容限制说明): `thing` 20
 * characters, `phrase` 5 Chinese characters only, `name` 10 Chinese
 * characters, `character_string` 32 letters, digits or symbols, `time` and
 * `date` fixed shapes … A value that breaks its rule makes WeChat refuse the
 * whole message (47003), so every value is made to fit: shortened, with
 * line breaks, emoji and invisible characters taken out. The message is a
 * pointer to the page, which shows everything in full.
 */

export type MessageData = Record<string, { value: string }>;
export type KeywordValues<N extends TemplateName> = Record<KeywordOf<N>, string | Date>;

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026年11月23日 16:50" in China time: the `time` keyword's format. */
export function wechatTime(date: Date): string {
  const b = chinaWallClock(date);
  return `${b.getUTCFullYear()}年${b.getUTCMonth() + 1}月${b.getUTCDate()}日 ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`;
}

/** "2026年11月23日" in China time: the `date` keyword's format. */
export function wechatDate(date: Date): string {
  const b = chinaWallClock(date);
  return `${b.getUTCFullYear()}年${b.getUTCMonth() + 1}月${b.getUTCDate()}日`;
}

/** A China calendar date (YYYY-MM-DD) and wall-clock time (HH:MM) in the `time` keyword's format. */
export function wechatTimeOn(date: string, clock: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日 ${clock}`;
}

const HAN = /\p{Script=Han}/u;

/** One line of visible text: line breaks become spaces; emoji, other characters beyond the BMP and invisible ones go. */
function visible(text: string): string {
  return text
    .replace(/[\s\u2028\u2029]+/gu, ' ')
    .replace(/[\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[\p{C}\uFE00-\uFE0F]/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** At most `max` characters, the last one an ellipsis when something was cut. */
function clip(text: string, max: number): string {
  const chars = [...visible(text)];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Only the characters `keep` accepts, at most `max` of them (no ellipsis: the type may not allow one). */
function only(text: string, keep: RegExp, max: number): string {
  return [...visible(text)]
    .filter((c) => keep.test(c))
    .slice(0, max)
    .join('');
}

/** 8 at most; only the first and the last may be Chinese (皖H12345挂). */
function carNumber(text: string): string {
  const chars = [...visible(text)].filter((c) => /^[\p{Script=Han}A-Za-z0-9]$/u.test(c));
  if (chars.length < 2) return '';
  const last = chars[chars.length - 1];
  const middle = chars.slice(1, HAN.test(last) ? -1 : undefined).filter((c) => /^[A-Za-z0-9]$/.test(c));
  return [chars[0], ...middle.slice(0, HAN.test(last) ? 6 : 7), ...(HAN.test(last) ? [last] : [])].join('');
}

function personName(text: string): string {
  const chars = [...visible(text)];
  if (chars.some((c) => HAN.test(c)))
    return chars
      .filter((c) => HAN.test(c) || /^[A-Za-z·]$/.test(c))
      .slice(0, 10)
      .join('');
  return chars
    .filter((c) => /^[A-Za-z]$/.test(c))
    .slice(0, 20)
    .join('');
}

/** What shows when nothing of the input fits the type (WeChat refuses an empty value). */
const FALLBACK: Record<KeywordType, string> = {
  thing: '无',
  phrase: '无',
  name: '匿名',
  character_string: '-',
  number: '0',
  letter: 'N',
  symbol: '-',
  amount: '¥0',
  phone_number: '0',
  car_number: '无牌',
  time: '',
  date: '',
};

function fitted(type: KeywordType, input: string | Date): string {
  if (input instanceof Date) {
    if (type === 'date') return wechatDate(input);
    if (type === 'time') return wechatTime(input);
    return fitted(type, wechatTime(input));
  }
  switch (type) {
    case 'thing':
      return clip(input, 20);
    case 'phrase':
      return only(input, HAN, 5);
    case 'name':
      return personName(input);
    case 'character_string':
      return only(input, /^[\x21-\x7E]$/, 32);
    case 'number':
      return /^\d+(\.\d+)?$/.test(input) && input.length <= 33 ? input : only(input, /^\d$/, 32);
    case 'letter':
      return only(input, /^[A-Za-z]$/, 32);
    case 'symbol':
      return only(input, /^[^\p{L}\p{N}\s]$/u, 5);
    case 'phone_number': {
      const phone = only(input, /^[0-9+\-()]$/, 17);
      return /\d/.test(phone) ? phone : '';
    }
    case 'car_number':
      return carNumber(input);
    case 'amount':
    case 'time':
    case 'date':
      // Built by the sender in the documented shape (wechatTime, wechatTimeOn); only cleaned here.
      return visible(input);
  }
}

/** The value of one keyword (its type is in its name: `thing1`, `phrase2`), fitted to WeChat's rule for that type. */
export function keywordValue(keyword: string, input: string | Date): { value: string } {
  const type = keywordTypeOf(keyword);
  if (!type) throw new Error(`${keyword} is not a subscribe-message keyword`);
  const value = fitted(type, input);
  return { value: value || FALLBACK[type] };
}

/** A template's `data`: every keyword of the template, each value fitted to its type. */
export function messageData<N extends TemplateName>(name: N, values: KeywordValues<N>): MessageData {
  const keywords = Object.keys(SUBSCRIBE_TEMPLATES[name].keywords) as Array<KeywordOf<N>>;
  return Object.fromEntries(keywords.map((k) => [k, keywordValue(k, values[k])]));
}
