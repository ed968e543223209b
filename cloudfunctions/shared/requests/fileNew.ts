import { createHash } from 'node:crypto';
import type { ParsedRequestOf, SubmitResultDto } from '../../contract';
import { questionsOf } from '../../domain/catalog/Category';
import { checkAnswers } from '../../domain/catalog/checkAnswers';
import { fileRequest, requestIdentity } from '../../domain/requests/fileRequest';
import { isRetryOf, stampFingerprint } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import type { RegisteredContext } from '../../shared/ActionContext';
import { COLLECTIONS } from '../../shared/collections';
import { isDuplicateKey } from '../../shared/isDuplicateKey';
import { requireOwnFiles } from '../../shared/uploadFolder';
import { sendNotices } from './notify';
import { loadRequest } from './requestStore';
import { loadRoutingContext, requireActiveCategory, type LoadedRouting } from './routingContext';
import { toDetailDto } from './toRequestDto';

type FileInput = ParsedRequestOf<'requests', 'submit'> | ParsedRequestOf<'requests', 'fileOnBehalf'>;

export interface ResidentOfRequest {
  id: string | null;
  name: string;
  phone: string;
  /** WeChat verified `phone` for the resident's account; a typed number is contact only. */
  phoneVerified: boolean;
  household: string | null;
}

/**
 * Where a filing comes from when it is not the caller's own form: `seed`
 * replaces (caller, key) as what the request id derives from (a message
 * becomes at most one request, whoever converts it); `sourceMessageId`
 * links the request to the 留言 it was made from.
 */
export interface FilingOrigin {
  seed?: string;
  sourceMessageId?: string;
  sourceVisitId?: string;
}

/**
 * Files a request: one aggregate reads what routing needs, the domain builds
 * the routed request with its first ledger entries, one add writes it under
 * an id derived from (filer, idempotency key). A retry of the same key hits
 * the same id, so the add fails and the existing request is the answer:
 * a lost answer on a rural network never files twice.
 */
export async function fileNew(
  context: RegisteredContext,
  input: FileInput,
  resident: ResidentOfRequest,
  proxy: boolean,
  check: (loaded: LoadedRouting) => void = () => undefined,
  origin: FilingOrigin = {},
): Promise<SubmitResultDto> {
  const { db, caller, now } = context;
  const seed = origin.seed ?? `${caller._id}\n${input.clientKey}`;
  const hash = createHash('sha256').update(seed).digest('hex');
  const { id, code } = requestIdentity(hash);
  // Photos a person sends are their own uploads; a message's become the request's as they were.
  if (origin.sourceMessageId === undefined) requireOwnFiles('requests', caller._id, input.photos, 'photos');
  const loaded = await loadRoutingContext(db, input.gridId, input.categoryId);
  check(loaded);
  const category = requireActiveCategory(loaded.category);
  const fromForm = origin.sourceMessageId === undefined && origin.sourceVisitId === undefined;
  const answers = checkAnswers(questionsOf(category), input.answers, { requireAnswers: fromForm });
  const { request, notices } = fileRequest(
    {
      id,
      code,
      clientKey: input.clientKey,
      now,
      filer: caller,
      resident,
      proxy,
      placeIds: loaded.placeIds,
      category: { id: category._id, name: category.name, timeLimitDays: category.timeLimitDays },
      text: input.text,
      answers,
      photos: input.photos,
      location: input.location ?? null,
      publicName: input.publicName,
      sourceMessageId: origin.sourceMessageId ?? null,
      sourceVisitId: origin.sourceVisitId ?? null,
    },
    loaded.routing,
    loaded.calendar,
  );
  // A key is one filing: its retry is answered with the request it made, the key sent with
  // other content is refused (a filing kept from a message or a visit is one per source, whoever sends it).
  // The digest is of the calling action (requests.submit or fileOnBehalf); a filing from another area's action has a seed and stamps none.
  const fingerprint = context.fingerprint();
  const stamped =
    origin.seed === undefined ? { ...request, ledger: stampFingerprint(request.ledger, [input.clientKey], fingerprint) } : request;
  try {
    await db.collection(COLLECTIONS.requests).add({ data: stamped });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const existing = await loadRequest(db, id);
    if (origin.seed === undefined && !isRetryOf(existing.ledger, input.clientKey, fingerprint)) throw new DomainError('CONFLICT');
    return { request: await toDetailDto(null, existing, caller, now), replayed: true };
  }
  await sendNotices(db, notices, request, now, { staff: loaded.staff, actor: caller._id });
  return { request: await toDetailDto(null, request, caller, now), replayed: false };
}
