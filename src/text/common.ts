import type { Role } from '@contract';

/** UI text every page may use: the app's name, tabs, loading and failure words, roles, levels, photos. */
export const commonText = {
  appName: '网格通',

  tabs: {
    home: '首页',
    requests: '诉求',
    profile: '我的',
  },

  loading: '正在加载，请稍候…',
  retry: '重新加载',
  saving: '正在保存…',
  saved: '已保存',
  networkError: '网络不太好，请检查网络后点“重新加载”',
  unknownError: '出了点问题，请稍后再试',

  levels: {
    grid: '网格',
    village: '村',
    township: '乡镇',
  },

  roles: {
    resident: '居民',
    gridMember: '网格员',
    partyMember: '党员',
    staff: '工作人员',
    admin: '管理员',
  } satisfies Record<Role, string>,

  photos: {
    add: '添加照片',
    remove: '删除这张照片',
    count: (n: number, max: number) => `${n}/${max}`,
    uploadFailed: '照片上传失败，请检查网络后重试',
    unreadable: '这张照片读取不了，请重新选择',
  },
} as const;
