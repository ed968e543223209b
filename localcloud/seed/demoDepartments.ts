import type { Department } from '../../cloudfunctions/domain/departments/Department';
import { DEMO_PLACES } from './demoPlaces';

const SEEDED_AT = new Date('2026-01-05T08:00:00+08:00');
const { county, township } = DEMO_PLACES;

function department(_id: string, name: string, place: typeof county, categoryIds: string[]): Department {
  return {
    _id,
    name,
    level: place.level === 'county' ? 'county' : 'township',
    placeId: place._id,
    placeName: place.name,
    categoryIds,
    active: true,
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
    history: [{ at: SEEDED_AT, by: 'demo-admin', what: `新建${place.name}${name}` }],
  };
}

/** 县直部门 and 乡镇站所 the township can assign requests to (限期解决); their staff are in demoUsers. */
export const demoDepartments: Department[] = [
  department('dep-county-minzheng', '县民政局', county, ['hardship', 'policy']),
  department('dep-county-shuili', '县水利局', county, ['infrastructure']),
  department('dep-county-jiaotong', '县交通运输局', county, ['infrastructure']),
  department('dep-liangquan-minzheng', '凉泉乡民政所', township, ['hardship']),
  department('dep-liangquan-renshe', '凉泉乡人社所', township, ['jobs', 'proxy']),
];
