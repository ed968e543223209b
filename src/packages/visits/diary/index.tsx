import { useRouter } from '@tarojs/taro';
import PageShell from '@/components/PageShell';
import DiaryList from '../components/DiaryList';
import '../visits.scss';

/** 民情日记: the caller's own (view=mine), or one cadre's for a supervisor (view=cadre&cadreId=…). */
export default function DiaryPage() {
  const { view, cadreId } = useRouter().params;
  return (
    <PageShell className="gt-diary">
      <DiaryList query={view === 'cadre' && cadreId ? { view: 'cadre', cadreId } : { view: 'mine' }} />
    </PageShell>
  );
}
