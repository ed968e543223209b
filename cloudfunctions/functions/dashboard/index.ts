import { getDatabase } from '../../shared/cloud';
import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { overview } from './overview';
import { remind } from './remind';
import { refreshStats } from './statsStore';

export const main = defineCloudFunction('dashboard', { overview, remind }, { refreshStats: () => refreshStats(getDatabase(), new Date()) });
