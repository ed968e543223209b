import type { Role } from '@contract';

/** UI text every page may use: the app's name, tabs, loading and failure words, roles, photos. */
export const commonText = {
  appName: '网格通',

  tabs: {
    home: '首页',
    requests: '诉求',
    profile: '我的',
  },

  loading: '正在加载，请稍候…',
  retry: '重新加载',
  cancel: '取消',
  saving: '正在保存…',
  networkError: '网络不太好，请检查网络后点“重新加载”',
  unknownError: '出了点问题，请稍后再试',

  /** Lists read a page at a time (诉求 lists). */
  pagedList: {
    total: (n: number) => `共${n}件`,
    loadMore: '加载更多',
    loadingMore: '正在加载更多…',
    end: (n: number) => `已经到底了，共${n}件`,
    moreFailed: '下一页没有加载出来',
    tryAgain: '再试一次',
  },

  roles: {
    resident: '居民',
    gridMember: '网格员',
    partyMember: '党员',
    staff: '工作人员',
    admin: '管理员',
    departmentStaff: '部门工作人员',
  } satisfies Record<Role, string>,

  /** A text longer than its limit is kept, counted in red and refused with how much to remove. */
  limit: {
    count: (n: number, max: number) => `${n}/${max}字`,
    over: (max: number, excess: number) => `最多${max}字，已超出${excess}字，请删掉${excess}个字再提交`,
  },

  /** Uploading a photo (the outbox's; choosing and showing them is text/photos.ts). */
  photos: {
    uploadFailed: '照片上传失败，请检查网络后重试',
    unreadable: '这张照片读取不了，请重新选择',
  },
} as const;
