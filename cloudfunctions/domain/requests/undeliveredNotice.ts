import type { LedgerEvent, ResidentRequest } from './ResidentRequest';
import { SYSTEM } from './requestChange';

/** Why a message did not reach the resident: they have no unused permission for it (WeChat's 43101), or the sending failed. */
export type UndeliveredReason = 'notAllowed' | 'failed';

const NOTES: Record<UndeliveredReason, string> = {
  notAllowed: '群众没有开启或已用完这类微信消息提醒，需要时请电话告知',
  failed: '微信消息发送失败，需要时请电话告知',
};

/**
 * A ledger entry for handlers and staff only: the progress message about
 * this change did not reach the resident, so whoever reads the ledger knows
 * to tell them another way. It changes no state and carries no version.
 */
export function undeliveredNotice(request: Pick<ResidentRequest, 'version' | 'state'>, at: Date, reason: UndeliveredReason): LedgerEvent {
  return {
    id: `notice-v${request.version}`,
    at,
    kind: 'noticeFailed',
    actor: SYSTEM,
    from: request.state,
    to: request.state,
    what: '办理进度的微信消息未送达群众',
    note: NOTES[reason],
    photos: [],
    visibility: 'internal',
    noteVisibility: 'internal',
    opId: null,
  };
}
