import { useEffect, useState } from 'react';
import type { CadreLevel, VisitRulesDto } from '@contract';
import { useFieldErrors, type FieldProblems } from '@/hooks/useFieldErrors';
import { useOpenedVersion } from '@/hooks/useOpenedVersion';
import { useRemote } from '@/hooks/useRemote';
import * as visitsApi from '@/services/visits';
import { visitsText as t } from '@/text/visits';
import { submitWithNotice } from '@/utils/submit';
import { overLimit, requiredText, textLimits } from '@/utils/textLimit';

export interface TagDraft {
  id?: string;
  name: string;
  active: boolean;
  visitEveryDays: number;
}

/** A tag's name is marked by the tag's place in the list. */
export type TagField = `tag.${number}`;

/** A kept tag needs its name (it is never removed); a new one left blank is not added. Nothing is cut to fit. */
export function tagProblems(tags: readonly TagDraft[]): FieldProblems<TagField> {
  const problems: FieldProblems<TagField> = {};
  tags.forEach((tag, index) => {
    problems[`tag.${index}`] = tag.id
      ? requiredText(tag.name, t.rules.needTagName, textLimits.visitTagName)
      : overLimit(tag.name, textLimits.visitTagName);
  });
  return problems;
}

/** The county's tags (rename, retire, add; never remove), their visit periods and the quotas, saved whole. */
export function useRulesForm() {
  const rules = useRemote(visitsApi.rules);
  const [tags, setTags] = useState<TagDraft[]>([]);
  const errors = useFieldErrors<TagField>();
  const [quota, setQuota] = useState<Record<CadreLevel, number>>({ county: 10, township: 30, village: 50 });
  const fill = (data: VisitRulesDto) => {
    setTags(data.tags.map((tag) => ({ ...tag })));
    setQuota({ ...data.quota });
  };
  useEffect(() => {
    if (rules.data) fill(rules.data);
  }, [rules.data]);
  const setTag = (index: number, fields: Partial<TagDraft>) => {
    if ('name' in fields) errors.clear(`tag.${index}`);
    setTags(tags.map((tag, i) => (i === index ? { ...tag, ...fields } : tag)));
  };
  const addTag = () => setTags([...tags, { name: '', active: true, visitEveryDays: 30 }]);
  const opened = useOpenedVersion(rules.data?.version, async () => (await visitsApi.rules()).version);
  const save = async () => {
    if (errors.show(tagProblems(tags)) || opened.version === undefined) return;
    const version = opened.version;
    const result = await submitWithNotice(
      () => visitsApi.saveRules({ tags: tags.filter((tag) => tag.id || tag.name.trim()), quota, version }),
      t.rules.saved,
    );
    if (!result.ok) return opened.refusedWith(result.error);
    fill(result.value);
    opened.savedAt(result.value.version);
  };
  return { rules, tags, errors: errors.errors, setTag, addTag, quota, setQuota, save, editable: rules.data?.editable ?? false };
}
