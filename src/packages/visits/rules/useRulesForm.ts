import { useEffect, useState } from 'react';
import type { CadreLevel, VisitRulesDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as visitsApi from '@/services/visits';
import { visitsText as t } from '@/text/visits';
import { submitWithNotice } from '@/utils/submit';

export interface TagDraft {
  id?: string;
  name: string;
  active: boolean;
  visitEveryDays: number;
}

/** The county's tags (rename, retire, add; never remove), their visit periods and the quotas, saved whole. */
export function useRulesForm() {
  const rules = useRemote(visitsApi.rules);
  const [tags, setTags] = useState<TagDraft[]>([]);
  const [quota, setQuota] = useState<Record<CadreLevel, number>>({ county: 10, township: 30, village: 50 });
  const fill = (data: VisitRulesDto) => {
    setTags(data.tags.map((tag) => ({ ...tag })));
    setQuota({ ...data.quota });
  };
  useEffect(() => {
    if (rules.data) fill(rules.data);
  }, [rules.data]);
  const setTag = (index: number, fields: Partial<TagDraft>) => setTags(tags.map((tag, i) => (i === index ? { ...tag, ...fields } : tag)));
  const addTag = () => setTags([...tags, { name: '', active: true, visitEveryDays: 30 }]);
  const save = async () => {
    const result = await submitWithNotice(() => visitsApi.saveRules({ tags: tags.filter((tag) => tag.id || tag.name.trim()), quota }), t.rules.saved);
    if (result.ok) fill(result.value);
  };
  return { rules, tags, setTag, addTag, quota, setQuota, save, editable: rules.data?.editable ?? false };
}
