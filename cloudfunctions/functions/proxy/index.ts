import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { agentCases } from './agentCases';
import { caseDetail } from './caseDetail';
import { catalogue } from './catalogue';
import { conclude } from './conclude';
import { figures } from './figures';
import { handBack } from './handBack';
import { myCases } from './myCases';
import { openCase } from './openCase';
import { rate } from './rate';
import { reassign } from './reassign';
import { reassignOptions } from './reassignOptions';
import { receive } from './receive';
import { saveItem } from './saveItem';
import { send } from './send';
import { stuckCases } from './stuckCases';

/** 代理代办: the catalogue of proxy items, 代办件 through 收件 → 送办 → 办结 → 交还 (改派 by staff over them, the cases waiting for it), the agents' figures. */
export const main = defineCloudFunction('proxy', {
  catalogue,
  saveItem,
  openCase,
  receive,
  send,
  conclude,
  handBack,
  rate,
  caseDetail,
  reassign,
  reassignOptions,
  myCases,
  agentCases,
  stuckCases,
  figures,
});
