import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { chooseGrid } from './chooseGrid';
import { linkPhone } from './linkPhone';
import { me } from './me';
import { setPreferences } from './setPreferences';

export const main = defineCloudFunction('users', { me, chooseGrid, setPreferences, linkPhone });
