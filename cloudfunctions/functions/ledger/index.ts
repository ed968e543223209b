import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { exportLedger } from './exportLedger';
import { ledgerPlaces } from './ledgerPlaces';

export const main = defineCloudFunction('ledger', { ledgerPlaces, exportLedger });
