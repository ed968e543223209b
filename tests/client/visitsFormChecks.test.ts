/**
 * The 民情走访 forms refuse at the field what the server would refuse, with
 * the same limits (contract/textLimits), and keep what was typed: nothing cut.
 */
import { visitsRequests } from '../../cloudfunctions/contract/visits';
import { textLimits } from '../../cloudfunctions/contract/textLimits';
import { householdProblems } from '@/packages/visits/household-form/householdCheck';
import { tagProblems } from '@/packages/visits/rules/useRulesForm';
import { problemField, visitProblems } from '@/packages/visits/visit-new/visitCheck';
import type { VisitDraft } from '@/packages/visits/visit-new/visitDraft';

const text = (n: number) => '字'.repeat(n);
const draft = (fields: Partial<VisitDraft>): VisitDraft => ({
  clientKey: 'vs-1',
  kind: 'visit',
  seen: '家里一切都好',
  said: '',
  help: '',
  photos: [],
  address: '',
  problems: [],
  ...fields,
});
const only = (problems: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(problems).filter(([, message]) => message));

describe('记走访 form', () => {
  it('takes a diary at its limits and marks each field one character over', () => {
    const full = draft({
      seen: text(textLimits.visitSeen),
      said: text(textLimits.visitSaid),
      help: text(textLimits.visitHelp),
      address: text(textLimits.address),
    });
    expect(only(visitProblems(full))).toEqual({});
    const over = draft({
      seen: text(textLimits.visitSeen + 1),
      said: text(textLimits.visitSaid + 2),
      help: text(textLimits.visitHelp + 1),
      address: text(textLimits.address + 1),
    });
    const marked = only(visitProblems(over));
    expect(Object.keys(marked).sort()).toEqual(['address', 'help', 'said', 'seen']);
    expect(marked.said).toContain('已超出2字');
    expect(over.said).toHaveLength(textLimits.visitSaid + 2);
  });

  it('marks a missing 看到的情况 and each problem by its own key', () => {
    const good = { key: 'pb-1', categoryId: 'c1', text: text(textLimits.visitProblem) };
    const long = { key: 'pb-2', categoryId: 'c1', text: text(textLimits.visitProblem + 1) };
    const noCategory = { key: 'pb-3', categoryId: '', text: '路灯坏了' };
    const marked = only(visitProblems(draft({ seen: '  ', problems: [good, long, noCategory] })));
    expect(Object.keys(marked).sort()).toEqual(['problem.pb-2', 'problem.pb-3', 'seen']);
    expect(marked[problemField(long)]).toContain('最多500字');
  });
});

describe('民情档案 form', () => {
  const member = (name: string, phone = '') => ({ name, phone });
  it('needs the 户主, checks each member and phone at its place, and the texts at their limits', () => {
    const form = {
      group: text(textLimits.householdGroup + 1),
      address: text(textLimits.householdAddress),
      needs: text(textLimits.householdNeeds + 1),
      members: [member(''), member(text(textLimits.personName + 1), '138123'), member('李四', '0556-5202001')],
    };
    expect(Object.keys(only(householdProblems(form))).sort()).toEqual(['group', 'name.0', 'name.1', 'needs', 'phone.1']);
    expect(only(householdProblems({ group: '', address: '', needs: '', members: [member('张三', '13812345678'), member('')] }))).toEqual(
      {},
    );
    // A nameless member is left out on saving: not when a number was typed for them.
    expect(only(householdProblems({ group: '', address: '', needs: '', members: [member('张三'), member(' ', '13812345678')] }))).toEqual({
      'name.1': expect.stringContaining('姓名'),
    });
  });
});

describe('走访设置 form', () => {
  it('refuses a kept tag without a name and any name over the limit; a blank new tag is simply not added', () => {
    const tags = [
      { id: 't1', name: ' ', active: true, visitEveryDays: 30 },
      { name: '', active: true, visitEveryDays: 30 },
      { name: text(textLimits.visitTagName + 1), active: true, visitEveryDays: 30 },
      { id: 't2', name: text(textLimits.visitTagName), active: true, visitEveryDays: 7 },
    ];
    expect(Object.keys(only(tagProblems(tags))).sort()).toEqual(['tag.0', 'tag.2']);
  });
});

describe('the forms and the server count the same', () => {
  const visit = { clientKey: 'vs-1234567890', householdIds: ['h1'], at: '2026-05-01T08:00:00+08:00', kind: 'visit' };
  it.each([
    ['seen', textLimits.visitSeen],
    ['said', textLimits.visitSaid],
    ['help', textLimits.visitHelp],
  ])('recordVisit.%s takes %i characters and refuses one more', (field, max) => {
    const base = { ...visit, seen: '看到了' };
    expect(visitsRequests.recordVisit.safeParse({ ...base, [field]: text(max) }).success).toBe(true);
    expect(visitsRequests.recordVisit.safeParse({ ...base, [field]: text(max + 1) }).success).toBe(false);
  });

  it.each([
    ['group', textLimits.householdGroup],
    ['address', textLimits.householdAddress],
    ['needs', textLimits.householdNeeds],
  ])('saveHousehold.%s takes %i characters and refuses one more', (field, max) => {
    const base = { opId: 'hh-1234567890', gridId: 'g1', members: [{ name: '张三', relation: 'head' }] };
    expect(visitsRequests.saveHousehold.safeParse({ ...base, [field]: text(max) }).success).toBe(true);
    expect(visitsRequests.saveHousehold.safeParse({ ...base, [field]: text(max + 1) }).success).toBe(false);
  });
});
