/**
 * Words of the H5 build's local-runtime tools, which the weapp build never
 * shows: the demo identity picker on 我的 (components/DevIdentityPicker) and
 * the typed number standing in for WeChat's phone-number button
 * (components/PhoneBinding/h5). Only those H5-only modules import this file,
 * so none of it ships in the mini-program (tests/mp/mainPackage).
 */
export const localRuntimeText = {
  devIdentity: {
    title: '演示身份（仅本地调试）',
    hint: '选择一个身份，页面会以这个人的身份重新加载',
    current: '当前身份',
    none: '未选择',
    loadFailed: '没有取到演示身份列表，请确认本地云服务已启动',
    newVisitor: '新微信用户（第一次打开）',
  },

  // 绑定手机号 in the browser: the number is typed in, the local runtime plays WeChat's part.
  phoneBinding: {
    browserLabel: '手机号（浏览器演示：微信里这一步由微信弹窗提供）',
    browserPlaceholder: '请输入11位手机号',
    browserInvalid: '请填写11位手机号',
    confirm: '绑定',
    cancel: '取消',
  },
} as const;
