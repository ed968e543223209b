import { createHash } from 'node:crypto';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { openingKeys, openProxyCase, proxyCaseIdentity } from '../../domain/proxy/openProxyCase';
import type { ProxyCase } from '../../domain/proxy/ProxyCase';
import { isRetryOf, stampFingerprint } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { COLLECTIONS } from '../../shared/collections';
import { findById } from '../../shared/findById';
import { uploadFolder } from '../../shared/uploadFolder';
import { peopleByPhone } from '../../shared/peopleByPhone';
import { loadCalendar } from '../../shared/workCalendarStore';
import { addCase, findCase, findItem } from './support/store';
import { caseDto } from './support/toDto';

/**
 * An agent opens a 代办件 for a resident of a grid they serve, from an item
 * of the catalogue. The id derives from (agent, client key): a retry finds
 * the case it opened and is answered with it, never a second case. The
 * resident is known by the number written down; whoever WeChat verified it
 * for sees the case as theirs.
 */
export const openCase = defineAction('proxy', 'openCase', {
  access: 'cadres',
  run: async (input, context) => {
    const { db, caller, now } = context;
    const { id, code } = proxyCaseIdentity(createHash('sha256').update(`${caller._id}\n${input.clientKey}`).digest('hex'));
    const fingerprint = context.fingerprint();
    const keys = openingKeys(input.clientKey);
    const replayOf = async (stored: ProxyCase) => {
      if (!isRetryOf(stored.timeline, keys[0], fingerprint)) throw new DomainError('CONFLICT');
      return { case: await caseDto(stored, caller, now), replayed: true };
    };
    const earlier = await findCase(db, id);
    if (earlier) return replayOf(earlier);
    const [item, grid, calendar, known] = await Promise.all([
      findItem(db, input.itemId),
      findById<JurisdictionNode>(db, COLLECTIONS.nodes, input.gridId),
      loadCalendar(db),
      peopleByPhone(db, [input.residentPhone]),
    ]);
    if (!item) throw new DomainError('NOT_FOUND', '没有找到这个代办事项，请刷新后重选');
    if (!grid || grid.level !== 'grid') throw new DomainError('NOT_FOUND', '没有找到这个网格，请重新选择');
    const resident = { id: known[0]?._id ?? null, name: input.residentName, phone: input.residentPhone, household: input.household };
    const opened = openProxyCase(
      {
        id,
        code,
        clientKey: input.clientKey,
        now,
        agent: caller,
        item,
        gridId: grid._id,
        placeIds: [...grid.ancestorIds, grid._id],
        resident,
        checked: input.checked,
        photos: input.photos,
        uploads: uploadFolder('proxy', caller._id),
      },
      calendar,
    );
    const proxyCase = { ...opened, timeline: stampFingerprint(opened.timeline, keys, fingerprint) };
    if (await addCase(db, proxyCase)) return { case: await caseDto(proxyCase, caller, now), replayed: false };
    const stored = await findCase(db, id);
    if (!stored) throw new DomainError('CONFLICT');
    return replayOf(stored);
  },
});
