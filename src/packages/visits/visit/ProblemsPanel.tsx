import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ProblemDto } from '@contract';
import Button from '@/components/Button';
import { visitsText as t } from '@/text/visits';

interface ProblemsPanelProps {
  problems: readonly ProblemDto[];
  /** The author may file a problem again when filing failed. */
  canRefile: boolean;
  onRefile: (problem: ProblemDto) => void;
}

/** Problems found on the visit: each with the 诉求 it became (tap to open), or why it did not yet. */
export default function ProblemsPanel({ problems, canRefile, onRefile }: ProblemsPanelProps) {
  if (problems.length === 0) return null;
  return (
    <View className="gt-visits__card gt-problems">
      <View className="gt-visits__title">{t.visit.problems}</View>
      {problems.map((p) => (
        <View key={p.key} className="gt-visits__sub gt-problems__item" data-key={p.key}>
          <View className="gt-visits__line">
            {p.householdLabel} · {p.categoryName}
          </View>
          <View className="gt-visits__text">{p.text}</View>
          {p.requestId && p.requestCode && (
            <View
              className="gt-visits__link gt-problems__request"
              onClick={() => Taro.navigateTo({ url: `/packages/requests/detail/index?id=${p.requestId}` })}
            >
              {t.visit.requestLink(p.requestCode)}
            </View>
          )}
          {!p.requestId && (
            <View>
              <View className="gt-visits__alert gt-problems__error">
                {t.visit.problemFailed}
                {p.error ?? ''}
              </View>
              {canRefile && (
                <Button size="small" onClick={() => onRefile(p)}>
                  {t.visit.refile}
                </Button>
              )}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
