import { maskPhone } from '../posts/maskPhone';
import type { ProxyCase, StageRecord } from '../proxy/ProxyCase';
import type { ProxyCaseStage } from '../proxy/vocabulary';
import { chinaDateTime } from '../shared/chinaTime';
import type { LedgerSheet } from './LedgerSheet';

/** A case as the ledger reads it: everything but its timeline. */
export type LedgerProxyCase = Omit<ProxyCase, 'timeline'>;

export const PROXY_STAGE_LABELS: Record<ProxyCaseStage, string> = {
  receive: '收件',
  send: '送办',
  conclude: '办结',
  handBack: '交还',
  done: '已交还',
};

const time = (at: Date | null): string => (at ? chinaDateTime(at) : '');

/** 按时 or 超时 for a stage done; for one under way whether its limit has passed; '' before it starts. */
export function stageTiming(stage: StageRecord, now: Date): string {
  const { deadline, doneAt } = stage;
  if (deadline === null) return '';
  if (doneAt !== null) return doneAt.getTime() <= deadline.getTime() ? '按时' : '超时';
  return now.getTime() > deadline.getTime() ? `已超时（限${chinaDateTime(deadline)}）` : `办理中（限${chinaDateTime(deadline)}）`;
}

function outcomeText(proxyCase: LedgerProxyCase): string {
  const result = proxyCase.result;
  if (!result) return '';
  if (result.outcome === 'approved') return result.reason ? `已批准（${result.reason}）` : '已批准';
  return `未批准：${result.reason}`;
}

function signedBy(proxyCase: LedgerProxyCase): string {
  const returned = proxyCase.returned;
  if (!returned) return '';
  return returned.signer === 'resident' ? '本人签字' : `见证人签字：${returned.witnessName ?? ''}`;
}

function ratingText(proxyCase: LedgerProxyCase): string {
  const rating = proxyCase.rating;
  if (!rating) return proxyCase.stage === 'done' ? '未评价' : '';
  return `${rating.stars}星${rating.comment ? `：${rating.comment}` : ''}`;
}

/** What the sheet needs that a case holds only as ids. */
export interface ProxyCaseSheetNames {
  place(id: string): string;
}

const COLUMNS: LedgerSheet['columns'] = [
  { header: '编号', width: 16 },
  { header: '事项', width: 20 },
  { header: '群众', width: 10 },
  { header: '户', width: 20 },
  { header: '电话', width: 14 },
  { header: '村（社区）', width: 12 },
  { header: '网格', width: 18 },
  { header: '代办员', width: 10 },
  { header: '当前环节', width: 10 },
  { header: '收件时间', width: 18 },
  { header: '材料收齐', width: 18 },
  { header: '收件时限', width: 28 },
  { header: '送办时间', width: 18 },
  { header: '送办单位', width: 16 },
  { header: '送办时限', width: 28 },
  { header: '办结时间', width: 18 },
  { header: '办结结果', width: 24 },
  { header: '办结时限', width: 28 },
  { header: '交还时间', width: 18 },
  { header: '交还时限', width: 28 },
  { header: '交还物品', width: 24 },
  { header: '签收', width: 18 },
  { header: '群众评价', width: 28 },
];

/**
 * 代理代办: one row per 代办件 opened or handed back in the range, each
 * stage's time and whether it kept its own limit (a stage still under way
 * says whether its limit has passed at `now`), the office's result, what
 * was handed back and who signed for it, and the resident's rating. The
 * resident's phone is masked (the file leaves the system).
 */
export function proxyCaseSheet(cases: readonly LedgerProxyCase[], names: ProxyCaseSheetNames, now: Date): LedgerSheet {
  const rows = cases.map((c) => [
    c.code,
    c.item.name,
    c.resident.name,
    c.resident.household,
    c.resident.phone ? maskPhone(c.resident.phone) : '',
    names.place(c.placeIds[2] ?? ''),
    names.place(c.gridId),
    c.agentName,
    PROXY_STAGE_LABELS[c.stage],
    time(c.createdAt),
    time(c.stages.receive.doneAt),
    stageTiming(c.stages.receive, now),
    time(c.stages.send.doneAt),
    c.office?.name ?? '',
    stageTiming(c.stages.send, now),
    time(c.stages.conclude.doneAt),
    outcomeText(c),
    stageTiming(c.stages.conclude, now),
    time(c.stages.handBack.doneAt),
    stageTiming(c.stages.handBack, now),
    c.returned?.items ?? '',
    signedBy(c),
    ratingText(c),
  ]);
  return { name: '代理代办', columns: COLUMNS, rows };
}
