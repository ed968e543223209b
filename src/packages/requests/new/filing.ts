import type { FormOptionsDto } from '@contract';
import type { RequestDraft } from '@/state/requestDraft';
import type { PendingFiling } from '@/state/requestOutbox';
import { requestsText } from '@/text/requests';

const t = requestsText.filing;

/** What the draft is filed under, or the first thing it still lacks (worded for the person, and how long to show it). */
export type FilingCheck = { gridId: string; categoryId: string } | { problem: string; ms: number };

export function checkFiling(draft: RequestDraft, options: FormOptionsDto, gridId: string | null): FilingCheck {
  if (!draft.categoryId) return { problem: t.needCategory, ms: 2500 };
  if (!gridId) return { problem: t.needGrid, ms: 2500 };
  if (draft.text.trim().length === 0) return { problem: t.needText, ms: 2500 };
  if (!options.hasName && !draft.contactName.trim()) return { problem: t.needName, ms: 2500 };
  if (!options.hasPhone && !draft.contactPhone.trim() && !draft.noPhone) return { problem: t.needContact, ms: 3000 };
  return { gridId, categoryId: draft.categoryId };
}

/** The address and map point, when the person gave either. */
function locationOf(draft: RequestDraft) {
  if (!draft.address.trim() && draft.latitude === null) return undefined;
  return {
    ...(draft.address.trim() ? { address: draft.address.trim() } : {}),
    ...(draft.latitude !== null && draft.longitude !== null ? { latitude: draft.latitude, longitude: draft.longitude } : {}),
  };
}

/** The filing the draft makes (photos go separately, through the outbox); the name and number only when the profile lacks them. */
export function filingOf(draft: RequestDraft, options: FormOptionsDto, { gridId, categoryId }: { gridId: string; categoryId: string }): PendingFiling {
  const name = draft.contactName.trim();
  const phone = draft.contactPhone.trim();
  return {
    kind: 'submit',
    payload: {
      clientKey: draft.clientKey,
      gridId,
      categoryId,
      text: draft.text.trim(),
      location: locationOf(draft),
      publicName: draft.publicName,
      ...(!options.hasName && name ? { contactName: name } : {}),
      ...(!options.hasPhone && phone ? { contactPhone: phone } : {}),
      ...(!options.hasPhone && !phone && draft.noPhone ? { noPhone: true } : {}),
    },
  };
}
