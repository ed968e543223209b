import { WEEKENDS_ONLY } from '../../cloudfunctions/domain/calendar/workCalendar';
import { concludeCase, handBackCase, sendCase, type ProxyStep } from '../../cloudfunctions/domain/proxy/caseSteps';
import { openProxyCase } from '../../cloudfunctions/domain/proxy/openProxyCase';
import type { ProxyCase } from '../../cloudfunctions/domain/proxy/ProxyCase';
import type { ProxyItem } from '../../cloudfunctions/domain/proxy/ProxyItem';
import { saveProxyItem } from '../../cloudfunctions/domain/proxy/saveProxyItem';
import { STANDARD_PROXY_ITEMS } from '../../cloudfunctions/domain/proxy/standardItems';
import { chinaDate } from '../../cloudfunctions/domain/shared/chinaTime';
import { uploadFolder } from '../../cloudfunctions/shared/uploadFolder';
import { DEMO_GRIDS } from './demoPlaces';
import { demoUsers } from './demoUsers';

const SEEDED_AT = new Date('2026-01-05T08:00:00+08:00');
const ITEM_IDS = ['pi-idcard', 'pi-pension', 'pi-medical', 'pi-dibao', 'pi-farm', 'pi-disability'];
/** 低保 is decided by the county's 民政局 (a department of the demo data); the others are named in words. */
const DEPARTMENT_OF: Record<string, { _id: string; name: string; active: boolean }> = {
  'pi-dibao': { _id: 'dep-county-minzheng', name: '县民政局', active: true },
};

function demoItems(): ProxyItem[] {
  const admin = demoUsers.find((user) => user._id === 'demo-admin');
  if (!admin) throw new Error('demo-admin missing from demoUsers');
  return STANDARD_PROXY_ITEMS.map((input, i) => {
    const department = DEPARTMENT_OF[ITEM_IDS[i]] ?? null;
    const fields = department ? { ...input, departmentId: department._id, officeName: null } : input;
    return saveProxyItem(admin, { parentId: null }, null, fields, { department, siblings: [], newId: ITEM_IDS[i], now: SEEDED_AT });
  });
}

const DAY = 86_400_000;
const GRID = DEMO_GRIDS.hubin1;
const WANG_RESIDENT = { id: 'demo-resident-wang', name: '王秀英', phone: '13905560101', household: '汪屋组12号 王家' };
const LI_RESIDENT = { id: 'demo-resident-li', name: '李建国', phone: '13905560102', household: '汪屋组3号 李家' };

/**
 * 汪德华's cases (湖滨村一组), one at each stage, for trying every step and
 * for the examples: 收件 (materials missing), 送办, 办结, 交还, and one
 * handed back yesterday that 王秀英 has not rated yet.
 */
function demoCases(items: ProxyItem[], now: Date, uploadSecret: string): ProxyCase[] {
  const agent = demoUsers.find((user) => user._id === 'demo-grid-wang');
  if (!agent) throw new Error('demo-grid-wang missing from demoUsers');
  const item = (id: string) => items.find((candidate) => candidate._id === id) as ProxyItem;
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  const uploads = uploadFolder('proxy', agent._id, uploadSecret);
  const step = (c: ProxyCase, opId: string, days: number): ProxyStep => ({
    actor: { id: agent._id, name: agent.name, roles: agent.roles, gridDuties: agent.gridDuties, staffScopeId: agent.staffScopeId },
    now: at(days),
    opId,
    version: c.version,
    uploads,
  });
  const open = (id: string, itemId: string, resident: typeof WANG_RESIDENT, days: number, checked: string[]) =>
    openProxyCase(
      {
        id,
        code: `DB${id.slice(-4).toUpperCase()}`,
        clientKey: `demo-${id}`,
        now: at(days),
        agent,
        item: item(itemId),
        gridId: GRID._id,
        placeIds: [...GRID.ancestorIds, GRID._id],
        resident,
        checked,
        photos: [],
        uploads,
      },
      WEEKENDS_ONLY,
    );
  const sent = (c: ProxyCase, days: number) =>
    sendCase(c, { office: c.item.office, sentOn: chinaDate(at(days)), note: '' }, step(c, `demo-send-${c._id}`, days), WEEKENDS_ONLY);
  const concluded = (c: ProxyCase, days: number) =>
    concludeCase(c, { outcome: 'approved', reason: '' }, step(c, `demo-conclude-${c._id}`, days), WEEKENDS_ONLY);
  const receiving = open('pc-demo-rcv1', 'pi-medical', LI_RESIDENT, 1, ['身份证', '医保卡']);
  const toSend = open('pc-demo-snd1', 'pi-pension', WANG_RESIDENT, 1, item('pi-pension').materials);
  const toConclude = sent(open('pc-demo-ccl1', 'pi-farm', LI_RESIDENT, 3, item('pi-farm').materials), 2);
  const toReturn = concluded(sent(open('pc-demo-ret1', 'pi-idcard', WANG_RESIDENT, 4, item('pi-idcard').materials), 3), 1);
  const done = concluded(sent(open('pc-demo-don1', 'pi-disability', WANG_RESIDENT, 3, item('pi-disability').materials), 2), 1);
  const returned = handBackCase(
    done,
    { items: '残疾人证1本', signer: 'resident', witnessName: null, signature: `cloud://local/${uploads}demo-signature.png` },
    step(done, 'demo-back-pc-demo-don1', 1),
    WEEKENDS_ONLY,
  );
  return [receiving, toSend, toConclude, toReturn, returned];
}

/** The catalogue and 汪德华's cases, laid out from `now`. */
export function demoProxyData(now: Date, uploadSecret: string): { items: ProxyItem[]; cases: ProxyCase[] } {
  const items = demoItems();
  return { items, cases: demoCases(items, now, uploadSecret) };
}
