/**
 * Routing counts what each candidate holds open without gathering those
 * requests into one document: a grid member holding more than MongoDB's
 * 16 MB document limit in open requests (ledgers and all) is still routed
 * to, by count, in the same three database actions per submit.
 */
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { file } from './support/requests';

let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

it('routes by open counts when the open requests together exceed 16 MB, in 3 database actions', async () => {
  // 周义青 (调解员 of 第一网格) holds 40 open requests of ~500 KB each (long ledgers): 20 MB in all.
  const [template] = await test.cloud.store.find('requests', { gridId: 'g-hubin-1', state: 'assigned' }, { limit: 1 });
  expect(template).toBeDefined();
  const bulky = 'x'.repeat(500_000);
  const zhou = { id: 'demo-grid-zhou', name: '周义青', title: '调解员' };
  await test.cloud.store.insertMany(
    'requests',
    Array.from({ length: 40 }, (_, i) => ({
      ...template,
      _id: `bulky-${i}`,
      code: `QSBULKY${i}`,
      text: bulky,
      handler: zhou,
      openHandlerId: zhou.id,
      handlerIds: [zhou.id],
    })),
  );
  // A second mediator with nothing open joins the grid: by count, she gets the next one.
  await test.cloud.store.insertMany('users', [
    {
      _id: 'wx-mediator-3',
      name: '汪小芳',
      phone: '13905561098',
      roles: ['resident', 'gridMember'],
      homeGridId: 'g-hubin-1',
      householdTags: [],
      gridDuties: [{ gridId: 'g-hubin-1', title: '调解员', categoryIds: ['mediation'], firstResponsible: false }],
      nodeDuties: [],
      staffScopeId: null,
      elderMode: false,
      createdAt: new Date(),
    },
  ]);
  const request = await file(test, 'demo-resident-wang', { categoryId: 'mediation', text: '邻里纠纷' });
  expect(request.handler?.name).toBe('汪小芳');
  expect(request.routingReason).toContain('汪小芳手头未办结的诉求最少：0件');

  const { body, dbActions } = await test.raw('demo-resident-wang', 'requests', {
    action: 'submit',
    payload: {
      clientKey: 'routing-load-2',
      gridId: 'g-hubin-1',
      categoryId: 'mediation',
      text: '又一起邻里纠纷',
      photos: [],
      publicName: false,
    },
  });
  expect(dataOf(body as never)).toBeDefined();
  expect(dbActions).toBe(3);
});
