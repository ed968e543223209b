import type { PostEvent } from './PostEvent';

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** One line of the ledger (台账) for an event, in Chinese. */
export function describePostEvent(event: Pick<PostEvent, 'type' | 'detail'>): string {
  const d = event.detail;
  switch (event.type) {
    case 'postCreated':
      return `设立岗位「${text(d.title)}」，名额${text(d.capacity)}人`;
    case 'postEdited':
      return d.previousTitle === d.title
        ? `修改岗位「${text(d.title)}」，名额${text(d.previousCapacity)}→${text(d.capacity)}人`
        : `修改岗位「${text(d.previousTitle)}」为「${text(d.title)}」，名额${text(d.previousCapacity)}→${text(d.capacity)}人`;
    case 'postClosed':
      return `关闭岗位：${text(d.reason)}`;
    case 'claimed':
      return `认领岗位，公示承诺：${text(d.commitment)}`;
    case 'steppedDown':
      return `退出岗位：${text(d.reason)}`;
    case 'claimEnded':
      // Ended by closing the post, or by ending the member's registration (撤销报到).
      return d.cause === 'membershipEnded' ? `党员报到撤销，岗位释放：${text(d.reason)}` : `岗位关闭，认领结束：${text(d.reason)}`;
    case 'serviceLogged':
      return `记录${text(d.date)}的服务${text(d.hours)}小时`;
    case 'logApproved':
      return `审核通过${text(d.hours)}小时的服务`;
    case 'logRejected':
      return `退回${text(d.hours)}小时的服务：${text(d.reason)}`;
    case 'registrationSubmitted':
      return d.resubmitted ? '修改后重新提交报到' : '提交到社区报到';
    case 'registrationApproved':
      return '报到审核通过';
    case 'registrationRejected':
      return `报到未通过：${text(d.reason)}`;
    case 'membershipEnded':
      return `撤销党员报到：${text(d.reason)}`;
    case 'starsScored':
      return '五星评定打分';
    case 'claimLimitChanged':
      return `每人最多认领岗位数改为${text(d.maxActivePosts)}个`;
  }
}
