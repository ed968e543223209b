import type { AgeBand, Relation, VisitKind } from '@contract';
import { visitsText as t } from '@/text/visits';

/** The vocabulary as big tappable choices, labelled in Chinese (the text tables list every value, in order). */
function choices<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

export const RELATION_CHOICES = choices<Relation>(t.relations);
export const AGE_BAND_CHOICES = choices<AgeBand>(t.ageBands);
export const KIND_CHOICES = choices<VisitKind>(t.kinds);
