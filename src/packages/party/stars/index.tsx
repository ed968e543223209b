import { Text, View } from '@tarojs/components';
import { useCallback, useRef, useState } from 'react';
import Button from '@/components/Button';
import type { StarCandidateDto, StarKey, StarScores } from '@contract';
import ChoiceChips from '@/components/ChoiceChips';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import StarRating from '@/components/StarRating';
import { useRemote } from '@/hooks/useRemote';
import * as postsApi from '@/services/posts';
import { showNotice } from '@/state/notice';
import { partyText } from '@/text/party';
import { chinaDay } from '@/utils/time';
import { submitWithNotice } from '@/utils/submit';
import '../party.scss';

const t = partyText.stars;
const KEYS = Object.keys(t.names) as StarKey[];

/** 五星评定: score the members one may score this year, as oneself, a peer, a resident or the organisation. */
export default function StarsPage() {
  const thisYear = Number(chinaDay(new Date().toISOString()).slice(0, 4));
  const yearRef = useRef(thisYear);
  const load = useCallback(() => postsApi.getStarCandidates(yearRef.current), []);
  const remote = useRemote(load);
  const data = remote.data;

  return (
    <PageShell className="gt-stars">
      <View className="gt-party__intro">{t.intro}</View>
      <View className="gt-party__bar">
        <ChoiceChips
          options={[thisYear, thisYear - 1].map((year) => ({ value: String(year), label: partyText.totals.year(year) }))}
          selected={[String(data?.year ?? yearRef.current)]}
          onToggle={(value) => {
            yearRef.current = Number(value);
            remote.reload();
          }}
        />
      </View>
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={data !== null}>
        {data && data.candidates.length === 0 && <View className="gt-party__empty">{t.empty}</View>}
        {data?.candidates.map((candidate) => (
          <CandidateCard key={candidate.memberId} year={data.year} candidate={candidate} onScored={remote.reload} />
        ))}
      </LoadState>
    </PageShell>
  );
}

function CandidateCard({ year, candidate, onScored }: { year: number; candidate: StarCandidateDto; onScored: () => void }) {
  const [scores, setScores] = useState<Partial<StarScores>>({});
  const [saving, setSaving] = useState(false);
  const given = candidate.myScores;

  const submit = async () => {
    if (saving) return;
    if (!KEYS.every((key) => scores[key])) {
      showNotice(t.incomplete, 'error', 2500);
      return;
    }
    setSaving(true);
    const result = await submitWithNotice(() => postsApi.scoreStars(candidate.memberId, year, scores as StarScores), t.submitted);
    setSaving(false);
    if (result.ok) onScored();
  };

  return (
    <View className="gt-party__card gt-stars__candidate" data-member-id={candidate.memberId}>
      <View className="gt-party__head">
        <Text className="gt-party__title">{candidate.name}</Text>
        <Text className="gt-party__badge">{t.raterTypes[candidate.raterType]}</Text>
      </View>
      <View className="gt-party__meta">
        {candidate.branchName} · {candidate.grid.name}
        {given ? ` · ${t.given}` : ''}
      </View>
      {KEYS.map((key) => (
        <StarRating
          key={key}
          label={t.names[key]}
          value={given ? given[key] : (scores[key] ?? 0)}
          onChange={given ? undefined : (value) => setScores((current) => ({ ...current, [key]: value }))}
        />
      ))}
      {!given && (
        <View className="gt-party__actions">
          <View className="gt-party__action">
            <Button type="primary" loading={saving} onClick={() => void submit()}>
              {t.submit}
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}
