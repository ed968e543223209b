import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { answer } from './answer';
import { board } from './board';
import { detail } from './detail';
import { handOver } from './handOver';
import { leave } from './leave';
import { mine } from './mine';
import { open } from './open';
import { publish } from './publish';
import { reply } from './reply';
import { staffList } from './staffList';
import { toRequest } from './toRequest';

export const main = defineCloudFunction('messages', {
  leave,
  answer,
  mine,
  detail,
  staffList,
  open,
  reply,
  handOver,
  toRequest,
  publish,
  board,
});
