import { figuresOfTallies, type AgentGridTally } from '../../cloudfunctions/domain/proxy/figures';

/**
 * The agents' figures from counts per agent and grid (what the database
 * answers the 工作台 with, `shared/proxyAgentTallies.ts`): tallies of one
 * agent add up, the name is the first met, and of grids with as many cases
 * the first met is where the agent works.
 */
const tally = (fields: Partial<AgentGridTally> & Pick<AgentGridTally, 'agentId' | 'gridId'>): AgentGridTally => ({
  agentName: '代办员',
  cases: 1,
  received: 1,
  handled: 0,
  onTime: 0,
  ratings: 0,
  starSum: 0,
  ...fields,
});

it('adds up an agent’s tallies, the same grid in two of them included', () => {
  const figures = figuresOfTallies([
    tally({ agentId: 'a', agentName: '汪德华', gridId: 'g1', cases: 2, received: 0, handled: 2, onTime: 1, ratings: 2, starSum: 9 }),
    tally({
      agentId: 'a',
      agentName: '汪德华（改名）',
      gridId: 'g2',
      cases: 3,
      received: 3,
      handled: 1,
      onTime: 1,
      ratings: 1,
      starSum: 3,
    }),
    tally({ agentId: 'a', gridId: 'g1', cases: 2, received: 2 }),
  ]);
  expect(figures).toEqual([
    { agentId: 'a', agentName: '汪德华', gridId: 'g1', received: 5, handled: 3, onTime: 2, ratings: 3, averageStars: 4 },
  ]);
});

it('of grids with as many cases takes the first met, and orders the agents as an allowance is decided', () => {
  const figures = figuresOfTallies([
    tally({ agentId: 'b', gridId: 'g2', cases: 2 }),
    tally({ agentId: 'b', gridId: 'g1', cases: 2 }),
    tally({ agentId: 'c', agentName: '郭长林', gridId: 'g3', handled: 1, onTime: 1, ratings: 1, starSum: 2 }),
  ]);
  expect(figures.map((row) => [row.agentId, row.gridId, row.averageStars])).toEqual([
    ['c', 'g3', 2],
    ['b', 'g2', null],
  ]);
});
