import { DomainError } from '../shared/DomainError';
import type { PlaceKeys } from './Household';
import { PLACE_LEVELS } from './vocabulary';

/**
 * Sort keys that make a list of one place, in time order, a single range
 * read on a single-field index: for each level of the record's place chain,
 * `placeId|ISO instant`. "Households of 凉泉乡 due before today" is then
 * `due.township` between `t-liangquan|` and `t-liangquan|<now>`, and the
 * database examines only what it returns (WeChat cloud and the local cloud
 * alike, no compound index needed). ISO instants sort as text in time order.
 */
export function placeKeys(placeIds: readonly string[], instant: Date): PlaceKeys {
  if (placeIds.length !== PLACE_LEVELS.length) throw new DomainError('INTERNAL', '网格的上级单位缺失，请联系管理员');
  const iso = instant.toISOString();
  const keys = {} as PlaceKeys;
  PLACE_LEVELS.forEach((level, index) => {
    keys[level] = `${placeIds[index]}|${iso}`;
  });
  return keys;
}

/** The bounds of one place's keys up to `until` (inclusive): the range a list reads. */
export function placeKeyRange(placeId: string, until?: Date): { from: string; to: string } {
  // '~' sorts after every character of an ISO instant, so it closes an open range.
  return { from: `${placeId}|`, to: `${placeId}|${until ? until.toISOString() : '~'}` };
}

/** A key for a person's own list (a cadre's diary), the same way. */
export function personKey(personId: string, instant: Date): string {
  return `${personId}|${instant.toISOString()}`;
}

/** The instant a key was made for. */
export function instantOfKey(key: string): Date {
  return new Date(key.slice(key.lastIndexOf('|') + 1));
}
