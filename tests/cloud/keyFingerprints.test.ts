import { requestSchemas, type ActionName, type FunctionName, type OpenCaseResultDto, type RequestOf } from '../../cloudfunctions/contract';
import { COLLECTIONS } from '../../cloudfunctions/shared/collections';
import { opFingerprint } from '../../cloudfunctions/shared/opFingerprint';
import { validateInput } from '../../cloudfunctions/shared/validateInput';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { OPENING_FOR_WANG } from './support/proxyOpening';
import { key } from './support/requests';

/**
 * A keyed step stamps the entry it writes with a digest of (caller,
 * function, action, payload). The digest must name the action that wrote it,
 * whichever helper (runStep, runCaseStep, fileNew) did the writing: an entry
 * stamped with another action's name would let that other action take this
 * one's key as its own retry. Each stored fingerprint is recomputed here
 * from what was sent, under the action's own name.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

interface Stored {
  ledger?: Array<{ opId: string | null; opFingerprint?: string }>;
  timeline?: Array<{ opId: string | null; opFingerprint?: string }>;
}

function storedFingerprints(collection: string, id: string, opId: string): Array<string | undefined> {
  const [record] = test.cloud.store.find(collection, { _id: id }) as unknown as Stored[];
  const entries = record?.ledger ?? record?.timeline ?? [];
  return entries.filter((entry) => entry.opId === opId).map((entry) => entry.opFingerprint);
}

/** What the dispatcher digests: the caller's OPENID, the function and action, the payload as validated. */
function expected<F extends FunctionName, A extends ActionName<F>>(openid: string, fn: F, action: A, payload: RequestOf<F, A>): string {
  const schemas = requestSchemas[fn] as Record<string, Parameters<typeof validateInput>[0]>;
  return opFingerprint(openid, fn, action, validateInput(schemas[action], payload));
}

/** Sends `payload` as `openid` and checks every entry under `opId` carries this action's own fingerprint. */
async function callAndCheck<F extends FunctionName, A extends ActionName<F>>(
  openid: string,
  fn: F,
  action: A,
  payload: RequestOf<F, A>,
  where: { collection: string; id: (answer: unknown) => string; opId: string },
): Promise<unknown> {
  const answer = dataOf(await test.call(openid, fn, action, payload));
  const stamps = storedFingerprints(where.collection, where.id(answer), where.opId);
  expect(stamps.length).toBeGreaterThan(0);
  for (const stamp of stamps) expect(stamp).toBe(expected(openid, fn, action, payload));
  return answer;
}

/** The request an answer is about: a filing's `request`, a step's detail, or 督办's `requestId`. */
function requestId(answer: unknown): string {
  const { request, requestId: named, id } = answer as { request?: { id: string }; requestId?: string; id?: string };
  return request?.id ?? named ?? String(id);
}

describe('every keyed action stamps a fingerprint that names itself', () => {
  it('requests.submit, then accept and addNote through runStep', async () => {
    const clientKey = key('submit');
    const payload = {
      clientKey,
      gridId: 'g-hubin-1',
      categoryId: 'environment',
      text: `指纹 ${Date.now()}`,
      photos: [],
      publicName: false,
    };
    const filed = (await callAndCheck('demo-resident-wang', 'requests', 'submit', payload, {
      collection: COLLECTIONS.requests,
      id: requestId,
      opId: clientKey,
    })) as { request: { id: string; version: number } };
    const acceptKey = key('accept');
    const accepted = (await callAndCheck(
      'demo-grid-wang',
      'requests',
      'accept',
      { requestId: filed.request.id, version: filed.request.version, opId: acceptKey },
      { collection: COLLECTIONS.requests, id: requestId, opId: acceptKey },
    )) as { id: string };
    const noteKey = key('note');
    await callAndCheck(
      'demo-grid-wang',
      'requests',
      'addNote',
      { requestId: accepted.id, opId: noteKey, text: '已到现场查看', photos: [], internal: false },
      { collection: COLLECTIONS.requests, id: requestId, opId: noteKey },
    );
  });

  it('requests.fileOnBehalf (fileNew under the other action name)', async () => {
    const clientKey = key('behalf');
    await callAndCheck(
      'demo-grid-wang',
      'requests',
      'fileOnBehalf',
      {
        clientKey,
        gridId: 'g-hubin-1',
        categoryId: 'environment',
        text: `代办指纹 ${Date.now()}`,
        photos: [],
        publicName: false,
        residentName: '王秀英',
        residentPhone: '13905560101',
        household: '汪屋组12号',
      },
      { collection: COLLECTIONS.requests, id: requestId, opId: clientKey },
    );
  });

  it('dashboard.remind', async () => {
    const opId = key('remind');
    await callAndCheck(
      'demo-staff-taihua',
      'dashboard',
      'remind',
      { requestId: 'demo-rq-11', opId },
      {
        collection: COLLECTIONS.requests,
        id: requestId,
        opId,
      },
    );
  });

  it('proxy.openCase, then receive through runCaseStep', async () => {
    const clientKey = key('open');
    const caseId = (answer: unknown) => (answer as { case?: { id: string }; id?: string }).case?.id ?? (answer as { id: string }).id;
    const opened = (await callAndCheck(
      'demo-grid-wang',
      'proxy',
      'openCase',
      { ...OPENING_FOR_WANG, clientKey },
      {
        collection: COLLECTIONS.proxyCases,
        id: caseId,
        opId: `${clientKey}-open`,
      },
    )) as OpenCaseResultDto;
    const opId = key('rcv');
    await callAndCheck(
      'demo-grid-wang',
      'proxy',
      'receive',
      { caseId: opened.case.id, version: opened.case.version, opId, checked: opened.case.materials, photos: [] },
      { collection: COLLECTIONS.proxyCases, id: caseId, opId },
    );
  });
});
