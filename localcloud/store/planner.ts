import { Collection } from './collection';
import { FieldBounds, FieldIndex, IndexScalar, isIndexScalar, keyPart, RangeBound, Span } from './field-index';
import { idKey, isPlainObject } from './values';

/**
 * The local query planner, a cost model of the database under WeChat cloud
 * (MongoDB): a query examines only what the plan MongoDB would run can
 * reach. Equalities on a prefix of an index's fields and then a range or a
 * sort on the next field narrow the scan (an `$in` explodes into one scan
 * per value, merged in sort order); `$or` is an index union when every
 * branch has a usable index, else a collection scan; a sort the chosen
 * index does not give is done in memory over every candidate; skipped
 * documents are examined too. Among usable plans the cheapest by index
 * counts wins, which is at least as good a choice as MongoDB's plan race.
 */

export type SortSpec = Record<string, 1 | -1>;

/** How candidates are produced. `sorted`: in the requested order; `exact`: every candidate matches. */
export type Plan =
  | { kind: 'ids'; keys: string[]; sorted: boolean; exact: boolean; estimate: number }
  | {
      kind: 'ixscan';
      index: FieldIndex;
      spans: Span[];
      /** Merge the spans by the key from this field on (exploded `$in`), or walk them in order. */
      mergeFrom: number | null;
      direction: 1 | -1;
      sorted: boolean;
      exact: boolean;
      estimate: number;
    }
  | { kind: 'or'; branches: Plan[]; sorted: boolean; exact: boolean; estimate: number }
  | { kind: 'collscan'; sorted: boolean; exact: boolean; estimate: number };

export interface PlanRequest {
  sort?: SortSpec;
  /** Documents the query wants (skip included); Infinity when unbounded. */
  want?: number;
  /** A count: an exact index plan answers it from the index alone (COUNT_SCAN). */
  count?: boolean;
}

interface Condition {
  points?: IndexScalar[];
  lower?: RangeBound;
  upper?: RangeBound;
  /** From one $elemMatch: both bounds hold for the same array element. */
  element?: boolean;
}

/** A conjunction of predicates, as the planner sees them. */
interface Conjunction {
  fields: Map<string, Condition[]>;
  ors: Conjunction[][];
  /** Predicates no index bound can express ($ne, $exists, $regex, $expr, exact objects...). */
  residual: boolean;
}

function emptyConjunction(): Conjunction {
  return { fields: new Map(), ors: [], residual: false };
}

function addCondition(into: Conjunction, field: string, condition: Condition): void {
  const list = into.fields.get(field);
  if (list) list.push(condition);
  else into.fields.set(field, [condition]);
}

function mergeInto(into: Conjunction, from: Conjunction): void {
  for (const [field, list] of from.fields) for (const c of list) addCondition(into, field, c);
  into.ors.push(...from.ors);
  into.residual ||= from.residual;
}

const RANGE_OPS = { $gt: ['lower', false], $gte: ['lower', true], $lt: ['upper', false], $lte: ['upper', true] } as const;

/** What a condition on one field says; false when some of it is not expressible as bounds. */
function parseFieldCondition(into: Conjunction, field: string, value: unknown, element = false): boolean {
  if (isIndexScalar(value)) {
    addCondition(into, field, { points: [value], element });
    return true;
  }
  if (!isPlainObject(value)) return false;
  const ops = Object.keys(value);
  if (ops.length === 0 || !ops.every((op) => op.startsWith('$'))) return false;
  let complete = true;
  const condition: Condition = { element };
  for (const op of ops) {
    const operand = value[op];
    if (op === '$eq' && isIndexScalar(operand)) condition.points = [operand];
    else if (op === '$in' && Array.isArray(operand) && operand.every(isIndexScalar)) condition.points = operand as IndexScalar[];
    else if (op in RANGE_OPS && isIndexScalar(operand) && operand !== null) {
      const [side, inclusive] = RANGE_OPS[op as keyof typeof RANGE_OPS];
      condition[side] = { value: operand, inclusive };
    } else if (op === '$elemMatch' && isPlainObject(operand)) {
      const inner = Object.keys(operand);
      if (inner.length > 0 && inner.every((k) => k.startsWith('$'))) complete = parseFieldCondition(into, field, operand, true) && complete;
      else {
        const sub = conjunctionOf(operand, `${field}.`, true);
        mergeInto(into, sub);
        complete = !sub.residual && complete;
      }
    } else if (op === '$all' && Array.isArray(operand) && operand.length > 0 && isIndexScalar(operand[0])) {
      // Any one of the values narrows the scan; the others are checked on the documents.
      addCondition(into, field, { points: [operand[0]] });
      complete = false;
    } else complete = false;
  }
  if (condition.points || condition.lower || condition.upper) addCondition(into, field, condition);
  return complete;
}

/** The predicates of a filter; nested `$and` is flattened, each `$or` kept as alternatives. */
function conjunctionOf(filter: Record<string, unknown>, prefix = '', element = false): Conjunction {
  const out = emptyConjunction();
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) {
        if (isPlainObject(part)) mergeInto(out, conjunctionOf(part, prefix, element));
        else out.residual = true;
      }
    } else if (key === '$or' && Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) {
      out.ors.push(value.map((branch) => conjunctionOf(branch as Record<string, unknown>, prefix, element)));
    } else if (key.startsWith('$')) {
      out.residual = true;
    } else if (!parseFieldCondition(out, prefix + key, value, element)) {
      out.residual = true;
    }
  }
  return out;
}

function compareScalars(a: IndexScalar, b: IndexScalar): number {
  const pa = keyPart(a)!;
  const pb = keyPart(b)!;
  if (pa[0] !== pb[0]) return pa[0] - pb[0];
  return pa[1] === pb[1] ? 0 : pa[1] < pb[1] ? -1 : 1;
}

function withinRange(value: IndexScalar, lower?: RangeBound, upper?: RangeBound): boolean {
  const sameType = (bound: RangeBound) => keyPart(bound.value)![0] === keyPart(value)![0];
  if (lower && (!sameType(lower) || compareScalars(value, lower.value) < (lower.inclusive ? 0 : 1))) return false;
  if (upper && (!sameType(upper) || compareScalars(value, upper.value) > (upper.inclusive ? 0 : -1))) return false;
  return true;
}

/**
 * The bounds the conditions on one field give an index scan, and whether
 * they say all the conditions say. On an array field MongoDB cannot
 * intersect bounds from different conditions ({a: {$gt: 1, $lt: 5}} matches
 * [0, 9]): one condition narrows and the rest are checked on the documents.
 */
function boundsFor(conditions: Condition[], multikey: boolean): { bounds: FieldBounds; exact: boolean } {
  const pointSets = conditions.filter((c) => c.points).map((c) => c.points!);
  const ranged = conditions.filter((c) => c.lower || c.upper);
  if (multikey) {
    if (pointSets.length > 0) {
      const smallest = pointSets.reduce((a, b) => (b.length < a.length ? b : a));
      const exact = conditions.length === 1 && !smallest.includes(null);
      return { bounds: { kind: 'points', values: smallest }, exact };
    }
    const c = ranged[0];
    const both = c.element && c.lower && c.upper;
    return {
      bounds: { kind: 'range', lower: c.lower, upper: both ? c.upper : c.lower ? undefined : c.upper },
      exact: conditions.length === 1 && (!c.lower || !c.upper || !!both),
    };
  }
  let lower: RangeBound | undefined;
  let upper: RangeBound | undefined;
  for (const c of ranged) {
    if (
      c.lower &&
      (!lower || compareScalars(c.lower.value, lower.value) > 0 || (compareScalars(c.lower.value, lower.value) === 0 && !c.lower.inclusive))
    )
      lower = c.lower;
    if (
      c.upper &&
      (!upper || compareScalars(c.upper.value, upper.value) < 0 || (compareScalars(c.upper.value, upper.value) === 0 && !c.upper.inclusive))
    )
      upper = c.upper;
  }
  if (pointSets.length > 0) {
    let values = pointSets[0];
    for (const other of pointSets.slice(1)) values = values.filter((v) => other.some((o) => compareScalars(v, o) === 0));
    return { bounds: { kind: 'points', values: values.filter((v) => withinRange(v, lower, upper)) }, exact: true };
  }
  return { bounds: { kind: 'range', lower, upper }, exact: true };
}

/** A condition that fixes the field to one value: a sort on it changes nothing. */
function isSinglePoint(conditions: Condition[] | undefined): boolean {
  return !!conditions && conditions.some((c) => c.points && c.points.length === 1);
}

interface SortShape {
  fields: string[];
  direction: 1 | -1 | null;
}

function sortShape(sort: SortSpec | undefined, conj: Conjunction): SortShape | null {
  if (!sort) return null;
  const fields = Object.keys(sort).filter((f) => !isSinglePoint(conj.fields.get(f)));
  if (fields.length === 0) return null;
  const dirs = new Set(fields.map((f) => sort[f]));
  return { fields, direction: dirs.size === 1 ? (fields.length ? sort[fields[0]] : 1) : null };
}

/**
 * Whether an index scan with these bounds returns documents in the sort
 * order. Walking the spans in key order sorts by the index fields that are
 * not fixed to one value, so the sort must be a prefix of those; failing
 * that, the spans an equality prefix explodes into can be merged by the
 * fields after it (MongoDB's SORT_MERGE). Array fields give no order.
 */
function sortFrom(index: FieldIndex, bounds: FieldBounds[], shape: SortShape): { mergeFrom: number | null } | null {
  if (shape.direction === null) return null;
  const fixed = (i: number) =>
    i < bounds.length && bounds[i].kind === 'points' && (bounds[i] as { values: IndexScalar[] }).values.length === 1;
  const positions = index.fields.map((_, i) => i);
  const leads = (order: number[]) =>
    shape.fields.every((f, j) => order[j] !== undefined && index.fields[order[j]] === f && index.canOrderBy(order[j]));
  if (leads(positions.filter((i) => !fixed(i)))) return { mergeFrom: null };
  let q = 0;
  while (q < bounds.length && bounds[q].kind === 'points') q++;
  if (q > 0 && leads(positions.filter((i) => i >= q))) return { mergeFrom: q };
  return null;
}

interface Budget {
  want: number;
  count: boolean;
}

function costOf(plan: Plan, sorting: boolean, budget: Budget): number {
  if (budget.count) return plan.exact ? 0 : plan.estimate;
  if ((!sorting || plan.sorted) && plan.exact) return Math.min(plan.estimate, budget.want);
  return plan.estimate;
}

function better(a: Plan, b: Plan, sorting: boolean, budget: Budget): Plan {
  const ca = costOf(a, sorting, budget);
  const cb = costOf(b, sorting, budget);
  if (ca !== cb) return ca < cb ? a : b;
  if (a.sorted !== b.sorted) return a.sorted ? a : b;
  return a.estimate <= b.estimate ? a : b;
}

function indexPlans(coll: Collection, conj: Conjunction, shape: SortShape | null): Plan[] {
  const plans: Plan[] = [];
  const ids = conj.fields.get('_id');
  const idPoints = ids?.find((c) => c.points && !c.lower && !c.upper);
  if (idPoints) {
    const keys = [...new Set(idPoints.points!.map((v) => idKey(v)))].filter((k) => coll.docs.has(k));
    const exact = !conj.residual && conj.ors.length === 0 && conj.fields.size === 1 && ids!.length === 1;
    plans.push({ kind: 'ids', keys, sorted: !shape, exact, estimate: keys.length });
  }
  for (const index of coll.indexes.values()) {
    if (idPoints && index.name === '_id') continue;
    const bounds: FieldBounds[] = [];
    let exact = !conj.residual && conj.ors.length === 0;
    const used = new Set<string>();
    for (let i = 0; i < index.fields.length; i++) {
      const conditions = conj.fields.get(index.fields[i]);
      if (!conditions) break;
      const b = boundsFor(conditions, index.isMultikey(i));
      bounds.push(b.bounds);
      used.add(index.fields[i]);
      exact &&= b.exact;
      if (b.bounds.kind !== 'points') break;
    }
    for (const field of conj.fields.keys()) if (!used.has(field)) exact = false;
    const order = shape ? sortFrom(index, bounds, shape) : null;
    // An index no condition reaches is only worth walking for its order.
    if (bounds.length === 0 && !order) continue;
    const spans = index.spans(bounds);
    plans.push({
      kind: 'ixscan',
      index,
      spans,
      mergeFrom: order?.mergeFrom ?? null,
      direction: order && shape?.direction ? shape.direction : 1,
      sorted: !shape || !!order,
      exact,
      estimate: spans.reduce((n, [start, end]) => n + end - start, 0),
    });
  }
  return plans;
}

/** The best plan that uses indexes only (an `$or` branch must have one), or null. */
function bestIndexedPlan(coll: Collection, conj: Conjunction, sort: SortSpec | undefined, budget: Budget): Plan | null {
  const shape = budget.count ? null : sortShape(sort, conj);
  let best: Plan | null = null;
  for (const p of indexPlans(coll, conj, shape)) best = best ? better(best, p, !!shape, budget) : p;
  for (const group of conj.ors) {
    const rest: Conjunction = { fields: conj.fields, ors: conj.ors.filter((g) => g !== group), residual: conj.residual };
    const branches: Plan[] = [];
    for (const branch of group) {
      const combined = emptyConjunction();
      mergeInto(combined, rest);
      mergeInto(combined, branch);
      const p = bestIndexedPlan(coll, combined, sort, budget);
      if (!p) {
        branches.length = 0;
        break;
      }
      branches.push(p);
    }
    if (branches.length !== group.length) continue;
    const union: Plan = {
      kind: 'or',
      branches,
      sorted: !shape || branches.every((b) => b.sorted),
      exact: branches.every((b) => b.exact),
      estimate: branches.reduce((n, b) => n + b.estimate, 0),
    };
    best = best ? better(best, union, !!shape, budget) : union;
  }
  return best;
}

export function plan(coll: Collection, filter: Record<string, unknown>, request: PlanRequest = {}): Plan {
  const conj = conjunctionOf(filter);
  const shape = request.count ? null : sortShape(request.sort, conj);
  const budget: Budget = { want: request.want ?? Infinity, count: !!request.count };
  const scan: Plan = { kind: 'collscan', sorted: !shape, exact: false, estimate: coll.docs.size };
  const indexed = bestIndexedPlan(coll, conj, request.sort, budget);
  return indexed ? better(indexed, scan, !!shape, budget) : scan;
}

/** A one-line account of a plan, for the per-query cost log. */
export function describePlan(p: Plan): string {
  switch (p.kind) {
    case 'ids':
      return 'IDHACK';
    case 'ixscan':
      return `IXSCAN {${p.index.name}}${p.mergeFrom !== null ? ' SORT_MERGE' : ''}`;
    case 'or':
      return `OR(${p.branches.map(describePlan).join(', ')})`;
    default:
      return 'COLLSCAN';
  }
}
