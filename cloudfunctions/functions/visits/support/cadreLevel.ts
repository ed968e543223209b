import type { User } from '../../../domain/people/User';
import { cadreLevelOf } from '../../../domain/visits/visitDays';
import { PLACE_LEVELS, type CadreLevel, type PlaceLevel } from '../../../domain/visits/vocabulary';
import type { Database } from '../../../shared/cloud';
import { findNode } from './store';

/**
 * A cadre's quota level. A staff member's place is usually on the chain of
 * what they are doing (its position gives its level); otherwise it is read.
 */
export async function cadreLevel(db: Database, person: User, chain: readonly string[] = []): Promise<CadreLevel | null> {
  const scopeId = person.roles.includes('staff') ? person.staffScopeId : null;
  let level: PlaceLevel | null = null;
  if (scopeId) {
    const index = chain.indexOf(scopeId);
    level = index >= 0 ? PLACE_LEVELS[index] : ((await findNode(db, scopeId))?.level ?? null);
  }
  return cadreLevelOf(person, level);
}
