import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import Button from '@/components/Button';
import PageShell from '@/components/PageShell';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import Loaded from '../components/Loaded';
import { visitsText as t } from '@/text/visits';
import LogList from '../components/LogList';
import ProblemEditor from '../visit-new/ProblemEditor';
import { problemProblem } from '../visit-new/visitCheck';
import { newProblem } from '../visit-new/visitDraft';
import CallbackPanel from './CallbackPanel';
import CallbackPrompts from './CallbackPrompts';
import ProblemsPanel from './ProblemsPanel';
import { useVisit } from './useVisit';
import VisitBody from './VisitBody';
import '../visits.scss';

/** 走访记录: the entry, its problems and the requests they became, its callback; the steps the viewer may take. */
export default function VisitPage() {
  const id = useRouter().params.id ?? '';
  const v = useVisit(id);
  const [problem, setProblem] = useState(newProblem);
  const problemErrors = useFieldErrors<'problem'>();
  const addProblem = () => {
    if (!problemErrors.show({ problem: problemProblem(problem) }))
      void v.report({ ...problem, householdId }).then(() => setProblem(newProblem()));
  };
  const changeProblem = (fields: Partial<typeof problem>) => {
    problemErrors.clear('problem');
    setProblem({ ...problem, ...fields });
  };
  const visit = v.visit;
  const allowed = visit?.allowed ?? [];
  const householdId = visit?.households[0]?.id ?? '';
  return (
    <PageShell className="gt-visit">
      <Loaded loading={v.remote.loading} error={v.remote.error} onRetry={v.remote.reload} hasData={visit !== null}>
        {visit && (
          <View>
            <VisitBody visit={visit} />
            <ProblemsPanel
              problems={visit.problems}
              canRefile={allowed.includes('reportProblem')}
              onRefile={(p) => void v.report({ key: p.key, householdId: p.householdId, categoryId: p.categoryId, text: p.text })}
            />
            <CallbackPanel callback={visit.callback} />
            {v.panel === 'problem' && (
              <ProblemEditor
                problem={problem}
                error={problemErrors.errors.problem}
                categories={v.options.data?.categories ?? []}
                onChange={changeProblem}
                onRemove={() => v.setPanel('none')}
              />
            )}
            <CallbackPrompts v={v} />
            <View className="gt-visits__actions">
              {allowed.includes('reportProblem') && v.panel !== 'problem' && (
                <Button className="gt-visit__problem" onClick={() => v.setPanel('problem')}>
                  {t.visit.addProblem}
                </Button>
              )}
              {v.panel === 'problem' && (
                <Button type="primary" className="gt-visit__report" onClick={addProblem}>
                  {t.visit.addProblem}
                </Button>
              )}
              {allowed.includes('markCallback') && (
                <Button className="gt-visit__mark" onClick={() => v.setPanel('mark')}>
                  {t.visit.markCallback}
                </Button>
              )}
              {allowed.includes('recordCallback') && (
                <Button className="gt-visit__outcome" onClick={() => v.setPanel('outcome')}>
                  {t.visit.recordCallback}
                </Button>
              )}
            </View>
            <View className="gt-visits__heading">{t.visit.log}</View>
            <LogList entries={visit.log} />
          </View>
        )}
      </Loaded>
    </PageShell>
  );
}
