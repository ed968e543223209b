import type { User } from '../../domain/people/User';
import { reassignRequest, reassignTarget } from '../../domain/requests/reassignRequest';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { loadCalendar } from '../../shared/workCalendarStore';
import { runStep } from './support/runStep';

/** 改派: the handler or staff over the request give it to another person with a note the resident reads. */
export const reassign = defineAction('requests', 'reassign', {
  access: 'requestHandlers',
  run: (input, context) =>
    runStep(context, input, 'reassign', async (request, actor) => {
      const [person, calendar] = await Promise.all([
        findById<User>(context.db, COLLECTIONS.users, input.personId),
        loadCalendar(context.db),
      ]);
      if (!person) throw new DomainError('NOT_FOUND', '没有找到这个人，请刷新后重选');
      const target = reassignTarget(context.caller, request, person);
      return { change: reassignRequest(request, { actor, now: context.now, opId: input.opId, note: input.note }, target, calendar) };
    }),
});
