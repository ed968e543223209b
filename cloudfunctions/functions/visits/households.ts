import { DomainError } from '../../domain/shared/DomainError';
import { householdLabel } from '../../domain/visits/Household';
import { defineAction } from '../../shared/defineAction';
import { loadPlace, loadPlaceNames, toPlaceDto } from './support/places';
import { requireReaderOf } from './support/relations';
import { householdsOfPlace } from './support/store';
import { householdSummary } from './support/toDto';

/**
 * 民情档案 of one grid (its members, its 包保 cadres, staff over it) or one
 * village (staff over it), optionally of one tag, by 屯/组 and address.
 */
export const households = defineAction('visits', 'households', {
  access: 'cadres',
  run: async (input, { db, caller, now }) => {
    const place = await loadPlace(db, input.placeId);
    if (place.level !== 'grid' && place.level !== 'village') {
      throw new DomainError('INVALID_INPUT', '请选择一个村（社区）或网格', [{ path: 'placeId', message: '请选择一个村（社区）或网格' }]);
    }
    await requireReaderOf(db, caller, place);
    const found = (await householdsOfPlace(db, place)).filter((h) => !input.tag || h.tags.includes(input.tag));
    const names = await loadPlaceNames(
      db,
      found.map((h) => h.placeIds),
    );
    const sorted = found.sort((a, b) => `${a.gridId}${householdLabel(a)}`.localeCompare(`${b.gridId}${householdLabel(b)}`, 'zh-CN'));
    return { place: toPlaceDto(place), items: sorted.map((h) => householdSummary(h, names, now)) };
  },
});
