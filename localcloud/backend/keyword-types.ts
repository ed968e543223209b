/**
 * WeChat's keyword types for subscribe messages (订阅消息参数值内容限制说明). The
 * platform's own list: a template keyword is a type and a number (`thing1`).
 * The product keeps its own copy for typing what it sends; a test holds the two equal.
 */
export const KEYWORD_TYPES = [
  'thing',
  'number',
  'letter',
  'symbol',
  'character_string',
  'time',
  'date',
  'amount',
  'phone_number',
  'car_number',
  'name',
  'phrase',
] as const;
export type KeywordType = (typeof KEYWORD_TYPES)[number];

/** `thing1` → `thing`, `character_string4` → `character_string`; null for a name that is not a keyword. */
export function keywordTypeOf(keyword: string): KeywordType | null {
  const match = /^([a-z_]+?)(\d+)$/.exec(keyword);
  const type = match?.[1];
  return type && (KEYWORD_TYPES as readonly string[]).includes(type) ? (type as KeywordType) : null;
}
