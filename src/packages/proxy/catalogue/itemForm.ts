import type { ProxyItemDto, ProxyStage, RequestOf } from '@contract';
import type { FieldProblems } from '@/hooks/useFieldErrors';
import { proxyText } from '@/text/proxy';
import { fieldErrorsBy } from '@/utils/fieldErrors';
import { overLimit, requiredText, textLimits } from '@/utils/textLimit';

const t = proxyText.catalogue;

/** The stages in the order a case goes through them (the contract's vocabulary is not shipped to the phone). */
export const STAGES: readonly ProxyStage[] = ['receive', 'send', 'conclude', 'handBack'];
/** The office choice that is not a department: the office named in words. */
export const OTHER_OFFICE = 'other';
const MAX_ORDER = 10_000;

/** An item as the editor holds it: texts and the order as typed, materials one row each. */
export interface ItemForm {
  /** null: a new item. */
  itemId: string | null;
  /** The version the form was opened on (an edit is refused when another administrator saved meanwhile). */
  version: number;
  name: string;
  materials: string[];
  /** A department's id, or OTHER_OFFICE with `officeName`; null until chosen. */
  office: string | null;
  officeName: string;
  stageDays: Record<ProxyStage, number>;
  guide: string;
  order: string;
  active: boolean;
}

/** Where a problem is marked: the item's own fields, one material's row, one stage's days. */
export type ItemField = 'name' | 'materials' | `material.${number}` | 'office' | `stageDays.${ProxyStage}` | 'guide' | 'order';

export function formOf(item: ProxyItemDto | null, nextOrder: number): ItemForm {
  if (!item) {
    const stageDays = { receive: 2, send: 2, conclude: 10, handBack: 2 };
    return {
      itemId: null,
      version: 0,
      name: '',
      materials: [''],
      office: null,
      officeName: '',
      stageDays,
      guide: '',
      order: String(nextOrder),
      active: true,
    };
  }
  const { id, version, name, materials, office, stageDays, guide, order, active } = item;
  return {
    itemId: id,
    version,
    name,
    materials: [...materials],
    office: office.departmentId ?? OTHER_OFFICE,
    officeName: office.departmentId ? '' : office.name,
    stageDays: { ...stageDays },
    guide,
    order: String(order),
    active,
  };
}

function materialProblems(materials: readonly string[], problems: FieldProblems<ItemField>): void {
  const seen = new Map<string, number>();
  materials.forEach((material, index) => {
    const name = material.trim();
    const twin = seen.get(name);
    problems[`material.${index}`] =
      requiredText(material, t.materialMissing, textLimits.proxyMaterial) ?? (twin === undefined ? undefined : t.materialTwice(twin + 1));
    if (name && twin === undefined) seen.set(name, index);
  });
  if (materials.length === 0) problems.materials = t.noMaterials;
}

function orderProblem(order: string): string | undefined {
  const value = Number(order);
  return /^\d+$/.test(order.trim()) && value <= MAX_ORDER ? undefined : t.orderWrong(MAX_ORDER);
}

/** What the editor can tell before sending; the server checks the rest (the department, names in use). */
export function itemProblems(form: ItemForm): FieldProblems<ItemField> {
  const problems: FieldProblems<ItemField> = {
    name: requiredText(form.name, t.nameMissing, textLimits.proxyItemName),
    office:
      form.office === null
        ? t.officeMissing
        : form.office === OTHER_OFFICE
          ? requiredText(form.officeName, t.officeNameMissing, textLimits.departmentName)
          : undefined,
    guide: overLimit(form.guide, textLimits.proxyGuide),
    order: orderProblem(form.order),
  };
  materialProblems(form.materials, problems);
  return problems;
}

/** What the form says of the item, without what names it (its id and version, or a new one's key). */
function itemFields(form: ItemForm) {
  const office =
    form.office === OTHER_OFFICE || form.office === null ? { officeName: form.officeName.trim() } : { departmentId: form.office };
  return {
    name: form.name.trim(),
    materials: form.materials.map((material) => material.trim()),
    ...office,
    stageDays: { ...form.stageDays },
    guide: form.guide.trim(),
    active: form.active,
    order: Number(form.order),
  };
}

/** The form as sent: an edit on its version, a new one under the form's key (a resend after a lost answer adds it once). */
export function saveInput(form: ItemForm, clientKey: string): RequestOf<'proxy', 'saveItem'> {
  const names = form.itemId ? { itemId: form.itemId, version: form.version } : { clientKey };
  return { ...names, ...itemFields(form) };
}

/** The item as it is, retired or restored: the rest saved unchanged, on the version shown. */
export function activeInput(item: ProxyItemDto, active: boolean): RequestOf<'proxy', 'saveItem'> {
  return { itemId: item.id, version: item.version, ...itemFields(formOf(item, item.order)), active };
}

/** A payload path's field on the form: `materials.2` is the third row, `departmentId` the office. */
function fieldAt(path: string): ItemField | null {
  const [head, part] = path.split('.');
  if (head === 'materials') return part === undefined ? 'materials' : `material.${Number(part)}`;
  if (head === 'stageDays' && STAGES.includes(part as ProxyStage)) return `stageDays.${part as ProxyStage}`;
  if (head === 'departmentId' || head === 'officeName') return 'office';
  return head === 'name' || head === 'guide' || head === 'order' ? head : null;
}

/** The server's per-field hints at the editor's fields. */
export function refusalProblems(error: unknown): FieldProblems<ItemField> {
  return fieldErrorsBy(error, fieldAt);
}
