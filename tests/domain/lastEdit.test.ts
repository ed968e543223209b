import { DomainError } from '../../cloudfunctions/domain/shared/DomainError';
import { isOwnLastEdit, lastEditOn, unlessOwnResend } from '../../cloudfunctions/domain/shared/lastEdit';

describe('isOwnLastEdit: is this resend my own last edit?', () => {
  const made = { lastEdit: lastEditOn(3, 'f') };

  it('marks the version the edit produced', () => {
    expect(lastEditOn(3, 'f')).toEqual({ version: 4, fingerprint: 'f' });
    expect(lastEditOn(3, 'f', 'log-1')).toEqual({ version: 4, fingerprint: 'f', logId: 'log-1' });
  });

  it('is yes for the same edit sent on the version right before the one it made', () => {
    expect(isOwnLastEdit(4, made, 3, 'f')).toBe(true);
  });

  it('is no for another edit, another version sent, or a version another write moved on', () => {
    expect(isOwnLastEdit(4, made, 3, 'g')).toBe(false);
    expect(isOwnLastEdit(4, made, 2, 'f')).toBe(false);
    expect(isOwnLastEdit(4, made, 4, 'f')).toBe(false);
    // A write that is not this edit moved the version (a grid chosen, a roster import): the mark names an older one.
    expect(isOwnLastEdit(5, made, 4, 'f')).toBe(false);
    expect(isOwnLastEdit(5, made, 3, 'f')).toBe(false);
  });

  it('is no for a record with no mark (from before, or never edited)', () => {
    expect(isOwnLastEdit(4, {}, 3, 'f')).toBe(false);
  });
});

describe('unlessOwnResend', () => {
  const conflict = () => {
    throw new DomainError('CONFLICT');
  };
  const made = { lastEdit: lastEditOn(3, 'f') };

  it('gives the planned change when the plan holds', () => {
    expect(unlessOwnResend(() => 'next', 4, made, 3, 'f')).toBe('next');
  });

  it('gives null for a CONFLICT that is the resend of the edit that made the version', () => {
    expect(unlessOwnResend(conflict, 4, made, 3, 'f')).toBeNull();
  });

  it('lets a real CONFLICT, and every other refusal, through', () => {
    const codeOf = (plan: () => string, storedVersion: number, sentVersion: number, fingerprint: string) => {
      try {
        unlessOwnResend(plan, storedVersion, made, sentVersion, fingerprint);
        return null;
      } catch (error) {
        return error instanceof DomainError ? error.code : 'not a DomainError';
      }
    };
    expect(codeOf(conflict, 4, 3, 'g')).toBe('CONFLICT');
    expect(codeOf(conflict, 5, 4, 'f')).toBe('CONFLICT');
    const forbidden = () => {
      throw new DomainError('FORBIDDEN');
    };
    expect(codeOf(forbidden, 4, 3, 'f')).toBe('FORBIDDEN');
  });
});
