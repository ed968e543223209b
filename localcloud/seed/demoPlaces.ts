import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';

/**
 * The demo jurisdiction, after 望江县凉泉乡 in the published case: one county,
 * one township, two villages, three grids each (a grid is one natural
 * village or residents' group).
 */
const county: JurisdictionNode = { _id: 'c-wangjiang', level: 'county', name: '望江县', parentId: null, ancestorIds: [], order: 1 };
const township: JurisdictionNode = {
  _id: 't-liangquan',
  level: 'township',
  name: '凉泉乡',
  parentId: county._id,
  ancestorIds: [county._id],
  order: 1,
};

function village(_id: string, name: string, order: number): JurisdictionNode {
  return { _id, level: 'village', name, parentId: township._id, ancestorIds: [county._id, township._id], order };
}

function grid(_id: string, name: string, parent: JurisdictionNode, order: number): JurisdictionNode {
  return { _id, level: 'grid', name, parentId: parent._id, ancestorIds: [...parent.ancestorIds, parent._id], order };
}

const hubin = village('v-hubin', '湖滨村', 1);
const taihua = village('v-taihua', '太华村', 2);

export const DEMO_GRIDS = {
  hubin1: grid('g-hubin-1', '第一网格（汪屋组）', hubin, 1),
  hubin2: grid('g-hubin-2', '第二网格（郭屋组）', hubin, 2),
  hubin3: grid('g-hubin-3', '第三网格（李屋组）', hubin, 3),
  taihua1: grid('g-taihua-1', '第一网格（太华街）', taihua, 1),
  taihua2: grid('g-taihua-2', '第二网格（河南组）', taihua, 2),
  taihua3: grid('g-taihua-3', '第三网格（三段组）', taihua, 3),
};

export const DEMO_PLACES = { county, township, hubin, taihua };

export const demoNodes: JurisdictionNode[] = [county, township, hubin, taihua, ...Object.values(DEMO_GRIDS)];
