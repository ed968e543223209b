import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { exportLedger } from './exportLedger';

export const main = defineCloudFunction('ledger', { exportLedger });
