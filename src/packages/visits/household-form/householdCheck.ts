import { PHONE_PATTERN } from '@contract/phonePattern';
import type { FieldProblems } from '@/hooks/useFieldErrors';
import { visitsText } from '@/text/visits';
import { overLimit, requiredText, textLimits } from '@/utils/textLimit';

const t = visitsText.form;

/** A member's fields are named by the member's place in the list. */
export type MemberField = `name.${number}` | `phone.${number}`;
export type HouseholdField = 'group' | 'address' | 'needs' | 'tags' | 'members' | MemberField;

interface HouseholdDraft {
  group: string;
  address: string;
  needs: string;
  members: ReadonlyArray<{ name: string; phone: string; userId?: string | null }>;
}

/** Everything the 民情档案 form still lacks or has wrong, by field; nothing is cut to fit. */
export function householdProblems(form: HouseholdDraft): FieldProblems<HouseholdField> {
  const problems: FieldProblems<HouseholdField> = {
    group: overLimit(form.group, textLimits.householdGroup),
    address: overLimit(form.address, textLimits.householdAddress),
    needs: overLimit(form.needs, textLimits.householdNeeds),
  };
  form.members.forEach((member, index) => {
    const phone = member.phone.trim();
    // A member without a name is left out on saving: only when nothing else was typed for them.
    const missing = index === 0 ? t.needHead : phone || member.userId ? t.needMemberName : undefined;
    problems[`name.${index}`] = missing
      ? requiredText(member.name, missing, textLimits.personName)
      : overLimit(member.name, textLimits.personName);
    problems[`phone.${index}`] = phone && !PHONE_PATTERN.test(phone) ? t.wrongPhone : undefined;
  });
  return problems;
}
