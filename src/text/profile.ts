/** UI text of 我的: the profile, 长辈模式, binding a phone, the demo identity picker. */
export const profileText = {
  titles: {
    profile: '我的',
  },

  identity: '我的身份',
  name: '姓名',
  unnamed: '未填写',
  roles: '身份',
  homeGrid: '所在网格',
  noHomeGrid: '还没有选择网格',
  notRegistered: '还没有登记，请先在首页选择您的网格',
  settings: '显示设置',
  elderMode: '长辈模式',
  elderModeHint: '字更大、按钮更大、颜色更清楚',
  elderModeSyncFailed: '已在本机开启，网络恢复后会自动保存',
  phone: '手机号',
  noPhone: '未绑定',
  contactPhone: '联系电话',
  unverified: (phone: string) => `${phone}（自己填写，未验证）`,

  // 绑定手机号: WeChat's phone-number button; an imported person (花名册) is recognised by it.
  phoneBinding: {
    button: '绑定手机号',
    hint: '绑定后，网格员替您登记的诉求会出现在“我的诉求”里；网格员、村干部绑定后就能看到交给自己的事。',
    visitorHint: '网格员、村干部或名单里已有您的群众：绑定手机号，直接用名单里的身份。',
    declined: '没有拿到手机号，需要时可以再点一次',
    linked: '手机号已绑定',
    tookOver: (name: string, moved: number) => `已找到名单里的您：${name}${moved > 0 ? `，交给您的${moved}件诉求已转到这个微信上` : ''}`,
  },
} as const;
