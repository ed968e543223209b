/**
 * A request page's step buttons say where a step goes (src/packages/requests/detail/steps.ts):
 * a department hands back to the level that set its 限期 — 退回县里 for what
 * reached the county, 退回乡镇 otherwise — as the server's `returnsTo` says.
 */
import type { DepartmentHoldDto, RequestDetailDto } from '@contract';
import { stepLabel } from '@/packages/requests/detail/steps';

const hold = (returnsTo: DepartmentHoldDto['returnsTo']): DepartmentHoldDto => ({
  name: '县民政局',
  deadline: '2026-12-14T15:59:59.999Z',
  words: '县民政局（限12月14日前解决）',
  overdue: false,
  open: true,
  returnsTo,
});
const held = (department: DepartmentHoldDto | null, handler: RequestDetailDto['handler'] = null) => ({ department, handler });

it('reads 退回县里 for a department holding what reached the county, 退回乡镇 for the township', () => {
  expect(stepLabel('returnToTownship', held(hold('county')))).toBe('退回县里');
  expect(stepLabel('returnToTownship', held(hold('township')))).toBe('退回乡镇');
});

it('reads 认领办理 for a queued request and 受理 for one someone holds', () => {
  expect(stepLabel('accept', held(null))).toBe('认领办理');
  expect(stepLabel('accept', held(null, { name: '汪德华', title: '网格长', level: 'grid', place: '湖滨村一组' }))).toBe('受理');
});
