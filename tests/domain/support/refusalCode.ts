import { DomainError } from '../../../cloudfunctions/domain/shared/DomainError';

/** The code a rule refuses with (null when it does not refuse). */
export function refusalCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
}
