import { getDatabase } from '../../shared/cloud';
import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { workDeadline } from '../../shared/workDeadline';
import { overview } from './overview';
import { proxyAgents } from './proxyAgents';
import { refreshStats } from './refreshStats';
import { remind } from './remind';

export const main = defineCloudFunction(
  'dashboard',
  { overview, remind, proxyAgents },
  { refreshStats: (_event, context) => refreshStats(getDatabase(), new Date(), workDeadline(context)) },
);
