import type { Envelope } from '../../cloudfunctions/contract';

/** 'ok', or the error code an envelope carries. */
export function envelopeCode(envelope: Envelope<unknown>): string {
  return envelope.ok ? 'ok' : envelope.code;
}

/** The code of the DomainError `run` throws, or 'no error'. */
export function thrownCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return String((error as { code?: string }).code);
  }
  return 'no error';
}
