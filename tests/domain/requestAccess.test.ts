import { allowedSteps, audienceOf, ownsRequest, relationOf, requireStep } from '../../cloudfunctions/domain/requests/access';
import { escalateRequest } from '../../cloudfunctions/domain/requests/escalateRequest';
import { acceptRequest, addNote, resolveRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import type { Actor } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { timelineFor } from '../../cloudfunctions/domain/requests/timeline';
import { context, duty, filed, HEAD, MEDIATOR, MONDAY, NO_HOLIDAYS, RESIDENT, run, user } from './support/requests';

const routing = context({ members: [HEAD, MEDIATOR] });
const mediatorActor: Actor = { id: 'm-med', name: '周义青', role: 'gridMember', title: '调解员' };

const people = {
  owner: RESIDENT,
  samePhone: user('r-new', { phone: RESIDENT.phone }),
  follower: user('r-fol', { name: '邻居' }),
  stranger: user('r-x'),
  mediator: user('m-med', { roles: ['resident', 'gridMember'], gridDuties: [duty(['mediation'], '调解员')] }),
  colleague: user('m-head', { roles: ['resident', 'gridMember'], gridDuties: [duty(['environment'], '网格长', true)] }),
  otherGrid: user('m-g2', { roles: ['gridMember'], gridDuties: [duty(['mediation'], '调解员', false, 'g2')] }),
  villageCadre: user('cad-v', { roles: ['resident'], nodeDuties: [{ nodeId: 'v1', title: '村党总支书记', firstResponsible: true }] }),
  staffVillage: user('s-v1', { roles: ['staff'], staffScopeId: 'v1' }),
  staffOtherVillage: user('s-v2', { roles: ['staff'], staffScopeId: 'v2' }),
  staffCounty: user('s-c1', { roles: ['staff'], staffScopeId: 'c1' }),
};

function request() {
  const base = { ...filed(routing), followerIds: ['r-fol'] };
  return run(
    base,
    (r) => acceptRequest(r, { actor: mediatorActor, now: MONDAY, opId: 'op-acc-0001' }),
    (r) =>
      addNote(
        r,
        { actor: mediatorActor, now: MONDAY, opId: 'op-note-001' },
        { text: '已上门', photos: ['cloud://e/requests/p1.jpg'], internal: false },
      ),
    (r) => addNote(r, { actor: mediatorActor, now: MONDAY, opId: 'op-note-002' }, { text: '当事人情绪激动', photos: [], internal: true }),
  );
}

describe('who sees a request', () => {
  it('is decided by relation: own, followed, handled, served grid, reached level, jurisdiction', () => {
    const r = request();
    const sees = (who: keyof typeof people) => audienceOf(relationOf(people[who], r));
    expect(sees('owner')).toBe('owner');
    // A number equal to the resident's is no key to a request they filed themself (see ownsRequest).
    expect(sees('samePhone')).toBe('public');
    expect(sees('follower')).toBe('public');
    expect(sees('mediator')).toBe('internal');
    expect(sees('colleague')).toBe('internal');
    expect(sees('staffVillage')).toBe('internal');
    expect(sees('staffCounty')).toBe('internal');
    for (const outsider of ['stranger', 'otherGrid', 'staffOtherVillage', 'villageCadre'] as const) {
      expect({ outsider, canSee: () => requireStep(people[outsider], r, 'addNote') }.canSee).toThrow(
        expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }),
      );
    }
  });

  it('gives a 代办 request to whoever WeChat verified its number for, and to nobody by a typed number', () => {
    const proxy = { ...request(), residentId: null, residentPhone: '13900009999', proxy: true };
    const verified = user('r-ver', { phone: '13900009999' });
    const typed = user('r-typ', { phone: '', contactPhone: '13900009999' });
    expect(ownsRequest(verified, proxy)).toBe(true);
    expect(audienceOf(relationOf(verified, proxy))).toBe('owner');
    expect(ownsRequest(typed, proxy)).toBe(false);
    expect(() => requireStep(typed, proxy, 'addNote')).toThrow(expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }));
    // A self-filed request is its filer's alone, whatever number is on it.
    expect(ownsRequest(verified, { residentId: RESIDENT._id, residentPhone: '13900009999' })).toBe(false);
    expect(ownsRequest(user('r-blank', { phone: '' }), { residentId: null, residentPhone: '' })).toBe(false);
  });

  it('lets a village cadre see it once it reaches the village', () => {
    const escalated = run(request(), (r) =>
      escalateRequest(r, { actor: mediatorActor, now: MONDAY, opId: 'op-esc-0001', reason: '需要村里出面' }, routing, NO_HOLIDAYS),
    );
    expect(relationOf(people.villageCadre, escalated)).toEqual(expect.objectContaining({ levelCadre: true, handler: true }));
    // The grid member who escalated it keeps seeing it (and may add notes), but no longer handles it.
    expect(allowedSteps(people.mediator, escalated)).toEqual(['addNote']);
  });
});

describe('the timeline each sees', () => {
  it('gives followers the public-safe subset: no notes, no reasons, no name without consent', () => {
    const r = request();
    const publicView = timelineFor(r, 'public');
    expect(publicView.map((e) => e.what)).toEqual([
      '提交了诉求（矛盾调解）',
      '由第一网格 周义青（调解员） 办理，3个工作日内办结（11月26日前）',
      '受理了诉求，开始办理',
    ]);
    expect(publicView[0].actor).toBe('群众');
    expect(publicView.every((e) => e.note === null && e.photos.length === 0)).toBe(true);
    expect(timelineFor({ ...r, publicName: true }, 'public')[0].actor).toBe('王秀英');
  });

  it('gives the resident every step with its words, but not internal notes', () => {
    const view = timelineFor(request(), 'owner');
    expect(view.map((e) => e.what)).toContain('记录了办理情况');
    expect(view.find((e) => e.what === '记录了办理情况')).toEqual(
      expect.objectContaining({ note: '已上门', photos: ['cloud://e/requests/p1.jpg'], actor: '调解员 周义青' }),
    );
    expect(view[1].note).toBe('按 网格+类别 分派给 周义青（调解员）');
    expect(view.some((e) => e.note === '当事人情绪激动')).toBe(false);
  });

  it('calls the resident 我 in their own timeline, and never shows a placeholder for a missing name', () => {
    expect(timelineFor(request(), 'owner', RESIDENT._id)[0].actor).toBe('我');
    const unnamed = { ...request(), residentName: '' };
    unnamed.ledger = unnamed.ledger.map((event, i) => (i === 0 ? { ...event, actor: { ...event.actor, name: '（未填写姓名）' } } : event));
    expect(timelineFor(unnamed, 'owner', RESIDENT._id)[0].actor).toBe('我');
    expect(timelineFor(unnamed, 'internal', 'm-med')[0].actor).toBe('群众');
    // Handlers are named in their role whoever reads it.
    expect(timelineFor(unnamed, 'internal', 'm-med')[2].actor).toBe('调解员 周义青');
  });

  it('gives handlers and staff everything, internal notes marked', () => {
    const view = timelineFor(request(), 'internal');
    expect(view.at(-1)).toEqual(expect.objectContaining({ note: '当事人情绪激动', internal: true }));
  });
});

describe('the steps each may take', () => {
  it('follows role and state', () => {
    const r = request();
    expect(allowedSteps(people.mediator, r)).toEqual([
      'addNote',
      'resolve',
      'escalate',
      'suspend',
      'reject',
      'reassign',
      'explain',
      'plan',
    ]);
    expect(allowedSteps(people.colleague, r)).toEqual(['addNote']);
    expect(allowedSteps(people.staffVillage, r)).toEqual([
      'addNote',
      'resolve',
      'escalate',
      'suspend',
      'reject',
      'recategorize',
      'reassign',
      'explain',
      'plan',
    ]);
    // At the township, its staff (not a village's) may hand it to a department (限期解决).
    expect(allowedSteps(people.staffVillage, { ...r, level: 'township' })).not.toContain('assignDepartment');
    const staffTownship = { ...people.staffVillage, staffScopeId: r.placeIds[1] };
    expect(allowedSteps(staffTownship, { ...r, level: 'township' })).toContain('assignDepartment');
    expect(allowedSteps(people.mediator, { ...r, level: 'township' })).not.toContain('assignDepartment');
    expect(allowedSteps(people.owner, r)).toEqual([]);
    expect(allowedSteps(people.follower, r)).toEqual(['unfollow']);
    expect(allowedSteps(people.stranger, r)).toEqual([]);
    const resolved = run(r, (x) =>
      resolveRequest(x, { actor: mediatorActor, now: MONDAY, opId: 'op-res-0001' }, { text: '好了', photos: [] }),
    );
    expect(allowedSteps(people.owner, resolved)).toEqual(['rate', 'notSolved']);
    expect(allowedSteps(people.samePhone, resolved)).toEqual([]);
    expect(allowedSteps(people.mediator, resolved)).toEqual(['addNote']);
  });

  it('refuses with the code that says why', () => {
    const r = request();
    expect(() => requireStep(people.colleague, r, 'resolve')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireStep(people.owner, r, 'accept')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireStep(people.follower, r, 'rate')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireStep(people.staffVillage, { ...r, level: 'county' }, 'escalate')).toThrow(
      expect.objectContaining({ code: 'TOP_LEVEL' }),
    );
    // From the township up to the county is for the township's (or the county's) staff, not a village's.
    expect(() => requireStep(people.staffVillage, { ...r, level: 'township' }, 'escalate')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});

describe('a holder whose duty ended', () => {
  const r = request();
  const movedAway = { ...people.mediator, gridDuties: [duty(['mediation'], '调解员', false, 'g2')] };
  const roleRemoved = { ...people.mediator, roles: ['resident' as const] };

  it('no longer acts on what they held: moved to another grid, or the grid member role taken away', () => {
    for (const former of [movedAway, roleRemoved]) {
      expect(relationOf(former, r)).toMatchObject({ handler: true, inCharge: false });
      // They still read what they did (it is in their history), and write a note for whoever takes over.
      expect(allowedSteps(former, r)).toEqual(['addNote']);
      for (const step of ['resolve', 'escalate', 'suspend', 'reject', 'reassign', 'explain', 'plan'] as const) {
        expect(() => requireStep(former, r, step)).toThrow(expect.objectContaining({ code: 'NO_LONGER_IN_CHARGE' }));
      }
    }
    const waiting = { ...filed(routing), handler: r.handler, state: 'assigned' as const };
    expect(() => requireStep(movedAway, waiting, 'accept')).toThrow(expect.objectContaining({ code: 'NO_LONGER_IN_CHARGE' }));
  });

  it('stays in charge while any duty still covers the request; staff over it give it to whoever serves there now', () => {
    const alsoElsewhere = { ...people.mediator, gridDuties: [...people.mediator.gridDuties, duty(['mediation'], '调解员', false, 'g2')] };
    expect(allowedSteps(alsoElsewhere, r)).toContain('resolve');
    expect(allowedSteps(people.staffVillage, r)).toContain('reassign');
  });
});
