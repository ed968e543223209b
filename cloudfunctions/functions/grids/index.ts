import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { contactCard } from './contactCard';
import { listGrids } from './listGrids';

export const main = defineCloudFunction('grids', { listGrids, contactCard });
