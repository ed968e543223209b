import { missedAgent, unreachedCause } from '../../cloudfunctions/domain/proxy/agentUnreached';

/** Why a 改派 message missed its agent: they refused reminders, or the send itself failed. */
const at = new Date('2026-12-01T02:00:00Z');
const later = new Date('2026-12-02T02:00:00Z');

describe('unreachedCause', () => {
  it('tells the agent who gave no acceptance from a send that failed', () => {
    expect(unreachedCause({ agentId: 'a', at, errCode: 43101, notAllowed: true })).toBe('notAllowed');
    expect(unreachedCause({ agentId: 'a', at, errCode: 40037, notAllowed: false })).toBe('failed');
    expect(unreachedCause({ agentId: 'a', at, errCode: -1, notAllowed: false })).toBe('failed');
  });

  it('judges an entry written before the cause was kept by its code', () => {
    expect(unreachedCause({ agentId: 'a', at, errCode: 43101 })).toBe('notAllowed');
    expect(unreachedCause({ agentId: 'a', at, errCode: 45047 })).toBe('failed');
  });
});

describe('missedAgent', () => {
  const missed = { agentId: 'a', at, errCode: 40037, notAllowed: false };
  it('is the cause while the agent holding the case has not touched it since', () => {
    expect(missedAgent({ agentId: 'a', updatedAt: at, agentUnreached: missed })).toBe('failed');
    expect(missedAgent({ agentId: 'a', updatedAt: later, agentUnreached: missed })).toBeNull();
    expect(missedAgent({ agentId: 'b', updatedAt: at, agentUnreached: missed })).toBeNull();
    expect(missedAgent({ agentId: 'a', updatedAt: at, agentUnreached: null })).toBeNull();
  });
});
