import { DatabasePauses } from '../../localcloud/backend/databasePauses';

/** The race tests' seam (LocalCloud.pauseBefore): the request a pause picks waits for the other writer, once. */
describe('DatabasePauses', () => {
  const update = { collectionName: 'slotTallies', query: '{"_id":"t1"}', data: '{"$inc":{"taken":1}}' };

  it('holds the request it picks until the other writer is done, once; the other writer’s own requests pass', async () => {
    const pauses = new DatabasePauses();
    const order: string[] = [];
    pauses.beforeNext(
      (request) => request.collection === 'slotTallies' && request.data.includes('taken') && request.functionName === 'servicedays',
      async () => {
        order.push('other writer starts');
        // The other writer's own take matches too: it is not held (the pause is spent).
        await pauses.before(update, 'database.modifyDocument', 'servicedays');
        order.push('other writer done');
      },
    );
    await pauses.before({ collectionName: 'slotTallies', query: '{}' }, 'database.getDocument', 'other-function');
    order.push('read passed');
    await pauses.before(update, 'database.modifyDocument', 'servicedays');
    order.push('held request goes on');
    await pauses.before(update, 'database.modifyDocument', 'servicedays');
    expect(order).toEqual(['read passed', 'other writer starts', 'other writer done', 'held request goes on']);
  });
});
