import PageShell from '@/components/PageShell';
import CategoryLimits from './CategoryLimits';
import RosterImport from './RosterImport';
import '../common.scss';
import './index.scss';

/** 系统管理 for administrators: the roster import, then the categories' time limits. */
export default function SystemPage() {
  return (
    <PageShell className="gt-system">
      <RosterImport />
      <CategoryLimits />
    </PageShell>
  );
}
