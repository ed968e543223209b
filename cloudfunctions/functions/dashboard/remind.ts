import { remindOverdue } from '../../domain/dashboard/remindOverdue';
import { alreadyApplied } from '../../domain/requests/access';
import { isStaffOver } from '../../domain/jurisdiction/isStaffOver';
import { stampFingerprint } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { sendNotices } from '../../shared/requests/notify';
import { afterLostWrite, loadRequest, writeChange } from '../../shared/requests/requestStore';

/** 一键督办: one conditional write of the ledger entry, then the message to the handler; a retried key changes nothing. */
export const remind = defineAction('dashboard', 'remind', {
  access: 'staff',
  run: async (input, context) => {
    const { db, caller, now } = context;
    const request = await loadRequest(db, input.requestId);
    if (!isStaffOver(caller, request.placeIds)) throw new DomainError('OUT_OF_JURISDICTION');
    const done = (r: typeof request) => {
      const event = r.ledger.find((e) => e.opId === input.opId)!;
      return { requestId: r._id, remindedAt: event.at.toISOString() };
    };
    const fingerprint = context.fingerprint();
    if (alreadyApplied(request, input.opId, fingerprint)) return { ...done(request), replayed: true };
    const reminded = remindOverdue(request, caller, now, input.opId);
    const change = { ...reminded, events: stampFingerprint(reminded.events, [input.opId], fingerprint) };
    const written = await writeChange(db, request, change);
    if (!written) return { ...done(await afterLostWrite(db, request._id, input.opId, fingerprint)), replayed: true };
    await sendNotices(db, change.notices, written, now, { actor: caller._id });
    return { ...done(written), replayed: false };
  },
});
