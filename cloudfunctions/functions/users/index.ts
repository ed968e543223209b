import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { chooseGrid } from './chooseGrid';
import { home } from './home';
import { linkPhone } from './linkPhone';
import { me } from './me';
import { setPreferences } from './setPreferences';

export const main = defineCloudFunction('users', { me, home, chooseGrid, setPreferences, linkPhone });
