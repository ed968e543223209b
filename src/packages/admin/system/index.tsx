import { View } from '@tarojs/components';
import { useState } from 'react';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import SegmentTabs from '@/components/SegmentTabs';
import { adminText } from '@/text/admin';
import CategoryEditor from './CategoryEditor';
import Departments from './Departments';
import PlacePeople from './PlacePeople';
import PlaceTree from './PlaceTree';
import RosterImport from './RosterImport';
import { usePlaceBrowser } from './usePlaceBrowser';
import WorkCalendar from './WorkCalendar';
import '../common.scss';
import './index.scss';

const SECTIONS = ['places', 'people', 'departments', 'calendar', 'roster', 'categories'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * 系统管理 for administrators, one section at a time: 区划 (the place tree),
 * 人员 (staff and grid members of the place browsed in 区划), 部门 (the
 * departments of the county or township browsed there), 节假日, the
 * roster import and the request categories (类别: order, icons, time
 * limits, extra questions, retiring).
 */
export default function SystemPage() {
  const [section, setSection] = useState<Section>('places');
  const browser = usePlaceBrowser();
  const place = browser.data?.place ?? null;

  return (
    <PageShell className="gt-system">
      <View className="gt-system__tabs">
        <SegmentTabs options={SECTIONS.map((key) => ({ key, label: adminText.tabs[key] }))} current={section} onChange={setSection} />
      </View>
      {section === 'places' && <PlaceTree browser={browser} onShowPeople={() => setSection('people')} />}
      {section === 'people' &&
        (place ? (
          <PlacePeople key={place.id} place={place} />
        ) : (
          <LoadState loading={browser.loading} error={browser.error} onRetry={browser.reload} hasData={false} />
        ))}
      {section === 'departments' &&
        (place && (place.level === 'county' || place.level === 'township') ? (
          <Departments key={place.id} place={place} />
        ) : (
          <View className="gt-admin__card">{adminText.departmentsNeedPlace}</View>
        ))}
      {section === 'calendar' && <WorkCalendar />}
      {section === 'roster' && <RosterImport />}
      {section === 'categories' && <CategoryEditor />}
    </PageShell>
  );
}
