import type { User } from '../../cloudfunctions/domain/people/User';
import { fileRequest } from '../../cloudfunctions/domain/requests/fileRequest';
import { allowedSteps } from '../../cloudfunctions/domain/requests/access';
import { context, duty, HEAD, MEDIATOR, MONDAY, NO_HOLIDAYS, PLACE_IDS, user } from './support/requests';

/** 汪德华, 网格长 of g1 (HEAD in the routing context), as the person filing. */
const WANG: User = user('m-head', {
  name: '汪德华',
  roles: ['resident', 'gridMember'],
  gridDuties: [duty(['environment', 'other'], '网格长', true)],
});

function proxyFiling(filer: User, proxy = true) {
  return fileRequest(
    {
      id: 'rq1',
      code: 'QS0001',
      clientKey: 'key-00000001',
      now: MONDAY,
      filer,
      resident: { id: null, name: '汪桂花', phone: '13905567777', phoneVerified: false, household: '汪屋组12号' },
      proxy,
      placeIds: PLACE_IDS,
      // 矛盾调解 routes to the mediator, not to 汪德华.
      category: { id: 'mediation', name: '矛盾调解', timeLimitDays: 5 },
      text: '邻里为排水沟吵起来了，请帮忙调解。',
      photos: [],
      location: null,
      publicName: false,
    },
    context({ members: [HEAD, MEDIATOR] }),
    NO_HOLIDAYS,
  );
}

describe('代办 by a grid member of the grid: theirs and accepted at once', () => {
  it('is held by the one who filed it, accepted, with the 受理 step in the ledger and its deadline set', () => {
    const { request, notices } = proxyFiling(WANG);
    expect(request.state).toBe('accepted');
    expect(request.handler).toEqual({ id: 'm-head', name: '汪德华', title: '网格长' });
    expect(request.openHandlerId).toBe('m-head');
    expect(request.handlerIds).toEqual(['m-head']);
    expect(request.routingReason).toBe('代办：由代办的网格员 汪德华（网格长）直接受理');
    expect(request.ledger.map((e) => [e.kind, e.from, e.to, e.actor.name])).toEqual([
      ['submitted', null, 'submitted', '汪德华'],
      ['routed', 'submitted', 'assigned', '系统'],
      ['accepted', 'assigned', 'accepted', '汪德华'],
    ]);
    expect(request.deadline).not.toBeNull();
    expect(request.version).toBe(2);
    // Nobody is told about their own step.
    expect(notices).toEqual([]);
    // Next for them is the work itself, not 受理.
    expect(allowedSteps(WANG, request)).not.toContain('accept');
    expect(allowedSteps(WANG, request)).toContain('resolve');
  });

  it('anyone else filing for a resident routes as usual: a grid member of another grid, staff, a resident', () => {
    const elsewhere = user('m-x', { name: '别处', roles: ['gridMember'], gridDuties: [duty(['other'], '网格长', true, 'g2')] });
    const staff = user('s-1', { name: '黄文斌', roles: ['staff'], staffScopeId: 't1' });
    for (const filer of [elsewhere, staff]) {
      const { request } = proxyFiling(filer);
      expect(request.state).toBe('assigned');
      expect(request.handler?.id).toBe('m-med');
    }
    // Their own filing (not 代办) is routed too.
    expect(proxyFiling(WANG, false).request.handler?.id).toBe('m-med');
  });
});
