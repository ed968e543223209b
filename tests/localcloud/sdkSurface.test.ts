/**
 * The local cloud offers a cloud function no more than WeChat's server SDK
 * does. Functions run the real wx-server-sdk, whose database classes wrap
 * @cloudbase/database's and leave some of its methods out; the local
 * backend answers only the actions wx-server-sdk's own methods send, so
 * what @cloudbase alone could send (`updateAndReturn()`:
 * `database.modifyAndReturnDoc`) is refused here as WeChat's SDK never sends it.
 */
import { answeredActions } from '../../localcloud/backend/admin-handler';
import { adminRequest, FixtureCloud, startFixtureCloud } from './harness';

let fx: FixtureCloud;

beforeAll(async () => {
  fx = await startFixtureCloud({
    surface: {
      code: `
const kinds = (value, names) => Object.fromEntries(names.map((name) => [name, typeof value[name]]));
exports.main = async () => {
  await db.createCollection('notes');
  await db.collection('notes').add({ data: { _id: 'n1', n: 1 } });
  const missing = ['updateAndReturn', 'watch', 'options'];
  const offered = {
    collection: kinds(db.collection('notes'), missing),
    query: kinds(db.collection('notes').where({ n: 1 }), missing),
    document: kinds(db.collection('notes').doc('n1'), ['create', 'delete', 'watch']),
    database: kinds(db, ['ObjectId']),
  };
  let thrown = null;
  try {
    await db.collection('notes').where({ n: 1 }).updateAndReturn({ n: 2 });
  } catch (e) {
    thrown = e.constructor.name + ': ' + e.message;
  }
  const after = await db.collection('notes').doc('n1').get();
  return { offered, thrown, n: after.data.n };
};`,
    },
  });
});
afterAll(() => fx.cleanup());

it("wx-server-sdk lacks @cloudbase's updateAndReturn, watch, options, doc create/delete and ObjectId: calling one is a TypeError", async () => {
  const { result } = await fx.cloud.invoke('surface', {}, { openid: 'o-surface' });
  const undefinedEach = (names: string[]) => Object.fromEntries(names.map((name) => [name, 'undefined']));
  expect(result).toEqual({
    offered: {
      collection: undefinedEach(['updateAndReturn', 'watch', 'options']),
      query: undefinedEach(['updateAndReturn', 'watch', 'options']),
      document: undefinedEach(['create', 'delete', 'watch']),
      database: undefinedEach(['ObjectId']),
    },
    thrown: expect.stringMatching(/^TypeError: .*updateAndReturn is not a function/),
    n: 1,
  });
});

it('the backend refuses the action only updateAndReturn sends, changing nothing', async () => {
  const answer = await adminRequest(fx.cloud, {
    action: 'database.modifyAndReturnDoc',
    collectionName: 'notes',
    query: '{"_id":"n1"}',
    data: '{"$set":{"n":{"$numberInt":"5"}}}',
  });
  expect(answer).toEqual(expect.objectContaining({ code: 'INVALID_ACTION' }));
  const read = await adminRequest(fx.cloud, {
    action: 'database.getDocument',
    collectionName: 'notes',
    queryType: 'DOC',
    query: '{"_id":"n1"}',
  });
  expect((read.data as { list: string[] }).list).toEqual(['{"_id":"n1","n":{"$numberInt":"1"}}']);
});

it('answers exactly the actions wx-server-sdk sends (each beside the SDK call that sends it)', () => {
  const sentBy: Record<string, string> = {
    'database.getDocument': 'where().get(), doc().get()',
    'database.calculateDocument': 'count()',
    'database.insertDocument': 'collection.add()',
    'database.modifyDocument': 'update(), doc().set()',
    'database.removeDocument': 'remove()',
    'database.aggregateDocuments': 'aggregate()…end()',
    'database.addCollection': 'db.createCollection()',
    'database.startTransaction': 'runTransaction(), startTransaction()',
    'database.commitTransaction': 'transaction.commit()',
    'database.abortTransaction': 'transaction.rollback()',
    'storage.getUploadMetadata': 'cloud.uploadFile()',
    'storage.batchGetDownloadUrl': 'cloud.getTempFileURL(), cloud.downloadFile()',
    'storage.batchDeleteFile': 'cloud.deleteFile()',
    'functions.invokeFunction': 'cloud.callFunction()',
  };
  expect([...answeredActions].sort()).toEqual(Object.keys(sentBy).sort());
});
