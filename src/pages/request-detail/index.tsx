import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { AtButton } from 'taro-ui';
import type { CategoryDto, RequestDetailDto, RequestState, RequestStepName, SimilarRequestDto } from '@contract';
import CategoryGrid from '@/components/CategoryGrid';
import ChoiceList from '@/components/ChoiceList';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import PhotoStrip from '@/components/PhotoStrip';
import RatingPanel from '@/components/RatingPanel';
import RequestTimeline from '@/components/RequestTimeline';
import ResidentContact from '@/components/ResidentContact';
import StepPanel, { type StepPanelValue } from '@/components/StepPanel';
import { useRemote } from '@/hooks/useRemote';
import { api, isCloudError } from '@/services';
import { showNotice } from '@/state/notice';
import { newKey } from '@/state/requestOutbox';
import { visitsText } from '@/text/visits';
import { zh } from '@/text/zh';
import { cx } from '@/utils/cx';
import { formatDate } from '@/utils/time';
import './index.scss';

/** Steps that need words (and maybe photos) before they go. */
type Panel = 'addNote' | 'resolve' | 'escalate' | 'suspend' | 'reject' | 'notSolved' | 'recategorize';
const PANELS: readonly RequestStepName[] = ['addNote', 'resolve', 'escalate', 'suspend', 'reject', 'notSolved', 'recategorize'];
const EMPTY: StepPanelValue = { text: '', photos: [], internal: false };
/** Nobody is working on it any more: the handler is who did it, not who has it. */
const FINISHED: readonly RequestState[] = ['resolved', 'closed', 'rejected'];

const BUTTON_LABELS: Record<RequestStepName, string> = {
  accept: zh.requestDetail.accept,
  addNote: zh.requestDetail.addNote,
  resolve: zh.requestDetail.resolve,
  escalate: zh.requestDetail.escalate,
  suspend: zh.requestDetail.suspend,
  resume: zh.requestDetail.resume,
  reject: zh.requestDetail.reject,
  rate: zh.requestDetail.submitRating,
  notSolved: zh.requestDetail.notSolved,
  recategorize: zh.requestDetail.recategorize,
  follow: zh.requestDetail.follow,
  unfollow: zh.requestDetail.unfollow,
};

/**
 * 诉求详情: what was asked, who has it now and until when, every step in
 * words, and the buttons this person may press now (the server says which).
 * When someone else acted first, the page shows the new state and keeps
 * what the person typed ("已被他人处理").
 */
export default function RequestDetailPage() {
  const { params } = useRouter();
  const id = decodeURIComponent(params.id ?? '');
  const load = useCallback(() => api.requests.detail(id), [id]);
  const remote = useRemote(load);
  const [request, setRequest] = useState<RequestDetailDto | null>(null);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [words, setWords] = useState<StepPanelValue>(EMPTY);
  const [rating, setRating] = useState({ stars: 0, comment: '' });
  const [rejectKind, setRejectKind] = useState<'notOurs' | 'duplicate'>('notOurs');
  const [originals, setOriginals] = useState<SimilarRequestDto[]>([]);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [categories, setCategories] = useState<CategoryDto[]>([]);
  const [busy, setBusy] = useState(false);
  /** One key per attempt: kept across a network retry, renewed once the step went through or lost. */
  const opId = useRef(newKey('op'));

  useEffect(() => {
    if (remote.data) setRequest(remote.data);
  }, [remote.data]);
  useDidShow(() => {
    if (request) remote.reload();
  });

  const open = (next: Panel) => {
    setPanel(next);
    if (next === 'reject' && request) {
      api.requests.similar(request.gridId, request.categoryId).then(
        (items) => setOriginals(items.filter((item) => item.id !== request.id)),
        () => setOriginals([]),
      );
    }
    if (next === 'recategorize' && categories.length === 0) {
      api.requests.formOptions().then((options) => setCategories(options.categories), () => undefined);
    }
  };

  /** Runs a step; on success shows the new state, on a lost race reloads and keeps the inputs. */
  const run = async (work: (key: string) => Promise<RequestDetailDto | null>) => {
    if (busy) return;
    setBusy(true);
    try {
      const next = await work(opId.current);
      opId.current = newKey('op');
      if (next) setRequest(next);
      setPanel(null);
      setWords(EMPTY);
      showNotice(zh.requestDetail.saved, 'success', 1500);
    } catch (error) {
      if (isCloudError(error) && error.code === 'CONFLICT') {
        opId.current = newKey('op');
        showNotice(zh.requestDetail.conflict, 'error', 4000);
        remote.reload();
      } else {
        showNotice(isCloudError(error) ? error.message : zh.common.unknownError, 'error', 4000);
      }
    } finally {
      setBusy(false);
    }
  };

  const upload = async (key: string, photos: string[]) => {
    const ids: string[] = [];
    for (let i = 0; i < photos.length; i += 1) ids.push(await api.storage.uploadPhoto(photos[i], api.storage.photoPath(key, i)));
    return ids;
  };

  const needWords = () => {
    if (words.text.trim().length >= 2) return false;
    showNotice(zh.requestDetail.needWords, 'error', 2500);
    return true;
  };

  /** In the tap itself (WeChat asks only there): the next notice about this request, for whoever acts now. */
  const askForNotice = () => {
    if (request) void api.subscribe.askToSubscribe(request.subscribeTemplateIds);
  };

  const press = (name: RequestStepName) => {
    if (!request) return;
    if (PANELS.includes(name)) return open(name as Panel);
    if (name === 'accept' || name === 'follow') askForNotice();
    if (name === 'accept' || name === 'resume') return run((key) => api.requests.step(name, request, key, {}));
    if (name === 'follow') return run(() => api.requests.follow(request.id));
    if (name === 'unfollow') {
      return run(async () => {
        await api.requests.unfollow(request.id);
        Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/request-list/index' }));
        return null;
      });
    }
  };

  const confirm = () => {
    if (!request || !panel) return;
    const text = words.text.trim();
    switch (panel) {
      case 'addNote':
        if (needWords()) return;
        return run(async (key) => api.requests.addNote(request.id, key, { text, photos: await upload(key, words.photos), internal: words.internal }));
      case 'resolve':
        if (needWords()) return;
        return run(async (key) => api.requests.step('resolve', request, key, { outcome: text, photos: await upload(key, words.photos) }));
      case 'escalate':
      case 'suspend':
      case 'notSolved':
        if (needWords()) return;
        if (panel === 'notSolved') askForNotice();
        return run((key) => api.requests.step(panel, request, key, { reason: text }));
      case 'reject':
        if (needWords()) return;
        if (rejectKind === 'duplicate' && !duplicateOf) return showNotice(zh.requestDetail.chooseOriginal, 'error', 2500);
        return run((key) =>
          api.requests.step('reject', request, key, {
            kind: rejectKind,
            reason: text,
            ...(rejectKind === 'duplicate' && duplicateOf ? { duplicateOf } : {}),
          }),
        );
      case 'recategorize':
        return undefined;
    }
  };

  const rate = () => {
    if (!request) return;
    if (rating.stars === 0) return showNotice(zh.requestDetail.needStars, 'error', 2500);
    const comment = rating.comment.trim();
    return run((key) => api.requests.step('rate', request, key, { stars: rating.stars, ...(comment ? { comment } : {}) }));
  };

  const recategorize = (category: CategoryDto) => {
    if (!request) return;
    return run((key) => api.requests.step('recategorize', request, key, { categoryId: category.id }));
  };

  const r = request;
  const buttons = r ? r.allowed.filter((name) => name !== 'rate') : [];
  const acceptLabel = r && !r.handler ? zh.requestDetail.take : zh.requestDetail.accept;
  const finished = r !== null && FINISHED.includes(r.state);

  return (
    <PageShell className="gt-request">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={r !== null}>
        {r && (
          <View>
            <View className="gt-request__card">
              <View className="gt-request__top">
                <Text className="gt-request__category">{r.categoryName}</Text>
                <Text className={cx('gt-request__state', `gt-request__state--${r.state}`)}>{r.stateLabel}</Text>
              </View>
              <View className="gt-request__code">
                {zh.requestDetail.code(r.code)}
                {r.proxy && ` · ${zh.requestDetail.proxy}`}
                {r.followers > 0 && ` · ${zh.requestDetail.followers(r.followers)}`}
              </View>
              <View className="gt-request__text">{r.text}</View>
              <PhotoStrip photos={r.photos} />
              <View className="gt-request__row">
                {zh.requestDetail.place}：{r.place}
                {r.location?.address ? ` · ${r.location.address}` : ''}
              </View>
            </View>

            <View className="gt-request__card gt-request__now">
              {r.handler && !finished ? (
                <View className="gt-request__handler">
                  {zh.requestDetail.handler} {r.handler.place} {r.handler.title} <Text className="gt-request__handler-name">{r.handler.name}</Text> {zh.requestDetail.handling}
                </View>
              ) : r.handler ? (
                <View className="gt-request__handler">
                  {zh.requestDetail.handledBy} {r.handler.place} {r.handler.title} <Text className="gt-request__handler-name">{r.handler.name}</Text>
                </View>
              ) : (
                r.queued && <View className="gt-request__handler">{zh.requestDetail.queued}</View>
              )}
              {r.countdown && (
                <View className={cx('gt-request__countdown', r.countdown.overdue && 'gt-request__countdown--overdue')}>
                  {zh.requestDetail.deadline}：{r.deadline ? `${formatDate(r.deadline)} · ` : ''}
                  {r.countdown.label}
                </View>
              )}
              {r.routingReason && (
                <View className="gt-request__row">
                  {zh.requestDetail.routing}：{r.routingReason}
                </View>
              )}
              {r.sourceVisitId && (
                <View className="gt-request__row gt-request__source-visit" onClick={() => Taro.navigateTo({ url: `/packages/visits/visit/index?id=${r.sourceVisitId}` })}>
                  {visitsText.request.fromVisit} ›
                </View>
              )}
            </View>

            {r.resident && (
              <View className="gt-request__card">
                <ResidentContact resident={r.resident} own={r.relation === 'own'} />
              </View>
            )}

            {r.resolution && (
              <View className="gt-request__card">
                <View className="gt-request__heading">{zh.requestDetail.resolution}</View>
                <View className="gt-request__text">{r.resolution.text}</View>
                <PhotoStrip photos={r.resolution.photos} />
              </View>
            )}
            {r.rating && (
              <View className="gt-request__card">
                <View className="gt-request__heading">{zh.requestDetail.rating}</View>
                <View className="gt-request__stars">{'★'.repeat(r.rating.stars)}{'☆'.repeat(5 - r.rating.stars)}</View>
                {r.rating.comment && <View className="gt-request__text">{r.rating.comment}</View>}
              </View>
            )}
            {r.rejection && (
              <View className="gt-request__card">
                <View className="gt-request__heading">{zh.requestDetail.rejection}</View>
                {r.rejection.reason && <View className="gt-request__text">{r.rejection.reason}</View>}
                {r.rejection.duplicateOf && (
                  <View
                    className="gt-request__link"
                    onClick={() => Taro.navigateTo({ url: `/pages/request-detail/index?id=${r.rejection!.duplicateOf}` })}
                  >
                    {zh.requestDetail.duplicateOf}
                  </View>
                )}
              </View>
            )}

            {r.allowed.includes('rate') && (
              <RatingPanel stars={rating.stars} comment={rating.comment} busy={busy} onChange={setRating} onSubmit={rate} />
            )}

            {panel === null && buttons.length > 0 && (
              <View className="gt-request__actions">
                {buttons.map((name) => (
                  <View key={name} className="gt-request__action" data-step={name}>
                    <AtButton
                      type={name === 'accept' || name === 'resolve' || name === 'resume' ? 'primary' : 'secondary'}
                      loading={busy && !PANELS.includes(name)}
                      onClick={() => press(name)}
                    >
                      {name === 'accept' ? acceptLabel : BUTTON_LABELS[name]}
                    </AtButton>
                  </View>
                ))}
              </View>
            )}

            {panel === 'recategorize' && (
              <View className="gt-request__card">
                <View className="gt-request__heading">{zh.requestDetail.chooseCategory}</View>
                <CategoryGrid categories={categories.filter((c) => c.id !== r.categoryId)} selected={null} onSelect={recategorize} />
                <AtButton onClick={() => setPanel(null)}>{zh.requestDetail.cancel}</AtButton>
              </View>
            )}
            {panel !== null && panel !== 'recategorize' && (
              <StepPanel
                title={BUTTON_LABELS[panel]}
                placeholder={PLACEHOLDERS[panel]}
                value={words}
                onChange={setWords}
                onConfirm={confirm}
                onCancel={() => setPanel(null)}
                busy={busy}
                withPhotos={panel === 'addNote' || panel === 'resolve'}
                withInternal={panel === 'addNote'}
                maxLength={panel === 'addNote' || panel === 'resolve' ? 500 : 300}
              >
                {panel === 'reject' && (
                  <View>
                    <ChoiceList
                      options={[
                        { key: 'notOurs' as const, label: zh.requestDetail.rejectNotOurs },
                        { key: 'duplicate' as const, label: zh.requestDetail.rejectDuplicate },
                      ]}
                      selected={rejectKind}
                      onSelect={setRejectKind}
                    />
                    {rejectKind === 'duplicate' &&
                      (originals.length === 0 ? (
                        <View className="gt-request__row">{zh.requestDetail.noOriginals}</View>
                      ) : (
                        <ChoiceList
                          options={originals.map((item) => ({ key: item.id, label: `${item.code}：${item.excerpt}` }))}
                          selected={duplicateOf}
                          onSelect={setDuplicateOf}
                        />
                      ))}
                  </View>
                )}
              </StepPanel>
            )}

            <View className="gt-request__card">
              <View className="gt-request__heading">{zh.requestDetail.timeline}</View>
              <RequestTimeline entries={r.timeline} />
            </View>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}

const PLACEHOLDERS: Record<Panel, string> = {
  addNote: zh.requestDetail.notePlaceholder,
  resolve: zh.requestDetail.outcomePlaceholder,
  escalate: zh.requestDetail.escalatePlaceholder,
  suspend: zh.requestDetail.suspendPlaceholder,
  reject: zh.requestDetail.rejectPlaceholder,
  notSolved: zh.requestDetail.notSolvedPlaceholder,
  recategorize: '',
};
