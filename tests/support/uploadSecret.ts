import { randomBytes } from 'node:crypto';
import { UPLOAD_SECRET_VAR } from '../../cloudfunctions/shared/uploadFolder';

/**
 * Tests and benchmarks name upload folders in their own process as the
 * functions do (examples, expected fileIDs): one random secret per run, in
 * this process's environment, which the local clouds they start give their
 * functions (localcloud/runtime/functionSecrets). Never committed.
 */
process.env[UPLOAD_SECRET_VAR] ||= randomBytes(32).toString('hex');
