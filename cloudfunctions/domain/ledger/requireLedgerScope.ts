import { isWithinScope } from '../jurisdiction/isWithinScope';
import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { isIn } from '../people/audiences';
import { DomainError } from '../shared/DomainError';

/** Staff export the ledger of their own jurisdiction or any place under it, nothing else. */
export function requireLedgerScope(
  caller: Pick<User, 'roles' | 'staffScopeId'>,
  place: Pick<JurisdictionNode, '_id' | 'ancestorIds'> | null,
): void {
  if (!isIn(caller, 'staff') || !caller.staffScopeId) throw new DomainError('FORBIDDEN');
  if (!place || !isWithinScope(place, caller.staffScopeId)) throw new DomainError('OUT_OF_JURISDICTION');
}
