import { Picker, View } from '@tarojs/components';
import type { AssignmentsDto, CadreDto } from '@contract';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import TextPrompt from '@/components/TextPrompt';
import { caretakersText } from '@/text/caretakers';
import { visitsText as t } from '@/text/visits';
import { textLimits } from '@/utils/textLimit';
import PersonRow from './PersonRow';
import { useAssignments } from './useAssignments';

interface AssignPanelProps {
  kind: 'household' | 'grid';
  targetId: string;
  gridId: string;
  cadres: readonly CadreDto[];
  onChanged: (next: AssignmentsDto) => void;
}

/** Staff: who looks after this household or grid now, with 替换 and 结束, and a picker to add someone from a start day. */
export default function AssignPanel({ kind, targetId, gridId, cadres, onChanged }: AssignPanelProps) {
  const a = useAssignments(kind, targetId, gridId, onChanged);
  return (
    <View className="gt-visits__card gt-assign">
      <View className="gt-visits__title">{t.assign.current[kind]}</View>
      {cadres.length === 0 && <View className="gt-visits__line">{caretakersText.none}</View>}
      {cadres.map((cadre) => (
        <View key={cadre.id} className="gt-assign__cadre">
          <PersonRow name={cadre.name} detail={t.assign.since(cadre.since)} phone={cadre.phone} callable />
          <Button size="small" onClick={() => a.open(cadre.id)}>
            {t.assign.replace}
          </Button>
          <Button size="small" onClick={() => a.setEnding(cadre.id)}>
            {t.assign.end}
          </Button>
        </View>
      ))}
      {a.ending && (
        <TextPrompt
          label={t.assign.endReason}
          maxLength={textLimits.assignmentEndReason}
          placeholder={t.assign.endReason}
          confirmText={t.assign.end}
          onCancel={() => a.setEnding(null)}
          onConfirm={(text) => void a.end(text)}
        />
      )}
      {!a.picking && (
        <Button className="gt-assign__open" type="primary" onClick={() => a.open(null)}>
          {t.household.assign}
        </Button>
      )}
      {a.picking && (
        <View className="gt-visits__sub gt-assign__picker">
          <View className="gt-visits__line">{t.assign.start}</View>
          <Picker mode="date" value={a.since} onChange={(e) => a.setSince(String(e.detail.value))}>
            <View className="gt-visits__text gt-assign__since">{a.since}</View>
          </Picker>
          <View className="gt-visits__line">{t.assign.candidates}</View>
          <LoadState
            loading={a.candidates.loading}
            error={a.candidates.error}
            onRetry={a.candidates.reload}
            hasData={a.candidates.data !== null}
          >
            {a.candidates.data?.items
              .filter((c) => !cadres.some((current) => current.id === c.id))
              .map((c) => (
                <View key={c.id} className="gt-visits__row gt-assign__candidate" data-id={c.id} onClick={() => void a.assign(c.id)}>
                  <View className="gt-visits__row-text">
                    <View className="gt-visits__text">{c.name}</View>
                    <View className="gt-visits__line">{c.title}</View>
                  </View>
                  <View className="gt-visits__link">{t.assign.add}</View>
                </View>
              ))}
          </LoadState>
        </View>
      )}
    </View>
  );
}
