/**
 * Stable error codes and the Chinese message a resident sees for each.
 * Codes never change once shipped: clients and tests branch on them.
 * Later areas add their codes here so both sides share one list: the domain
 * throws them, and the contract re-exports them for the mini-program.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: '没有获取到您的微信身份，请重新打开小程序再试',
  NOT_REGISTERED: '请先选择您所在的网格，完成登记后再使用',
  FORBIDDEN: '您没有权限进行这个操作',
  OUT_OF_JURISDICTION: '这件事不在您负责的范围内',
  INVALID_INPUT: '填写的内容有误，请检查后再提交',
  UNKNOWN_ACTION: '暂不支持这个操作，请更新小程序后再试',
  NOT_FOUND: '没有找到相关内容，可能已被删除或移动',
  CONFLICT: '已被他人处理，请刷新后查看最新情况',
  ILLEGAL_TRANSITION: '这件诉求现在的状态不能进行这个操作，请刷新后查看',
  NOT_AT_TOWNSHIP: '只有上报到乡镇或县里的诉求才能交办部门，请先上报',
  DEPARTMENT_UNAVAILABLE: '这个部门已停用，或不负责这件诉求所在的地方，请选择其他部门',
  NOT_A_HANDLER_HERE: '此人不负责这件诉求所在的地方，不能改派给他，请选择其他人',
  IN_ANOTHER_DEPARTMENT: '此人已是另一个部门的工作人员，要调到这个部门请确认调动',
  TOP_LEVEL: '已经是最高一级（县里），不能再上报，请继续办理或说明情况',
  DEADLINE_KEEPS_RUNNING: '部门办理有限期，不能自行暂停计时；确需暂停，请联系交办的乡镇或县里工作人员',
  INTERNAL: '系统开小差了，请稍后再试',
  // 绑定手机号 (linking a phone number)
  PHONE_CODE_INVALID: '手机号验证没有成功，请再点一次“绑定手机号”',
  PHONE_TAKEN: '这个手机号已经绑定了另一个微信。如果您换了微信，请联系村里的工作人员处理',
  NOT_ON_ROSTER: '名单里没有这个手机号。请先在首页选择您住的网格，登记后再绑定手机号',
  // 便民服务日 (service days)
  SLOT_FULL: '这个时段已约满，请选择其他时段',
  ALREADY_BOOKED: '您这一天已经有预约了；如需改时间，请先取消原来的预约',
  BOOKING_NOT_OPEN: '这一天还没有开放预约，请过几天再来看看',
  BOOKING_CLOSED: '这个时段已经开始或已经过去，不能再预约了',
  DAY_CANCELLED: '这一天的便民服务日已取消',
  CANCEL_TOO_LATE: '离开始时间太近了，不能在网上取消，请直接联系工作人员',
  BOOKING_NOT_ACTIVE: '这个预约已经取消或办结，不能再操作',
  WRONG_DAY: '只能在服务日当天签到或登记',
  TOO_EARLY: '预约的时段还没开始，开始后才能标记未到',
  CAPACITY_BELOW_BOOKED: '已经预约的人数超过了新的名额，不能调低；请先和下面这些群众联系',
  SLOTS_IN_USE: '有群众已经预约了要取消或改动的时段，请先处理下面这些预约',
  NOT_APPROVED_MEMBER: '您的党员报到还没有通过社区审核，通过后才能认领岗位和记录服务',
  POST_FULL: '这个岗位的名额已满，请看看其他岗位',
  POST_CLOSED: '这个岗位已经关闭，不能再认领或记录服务',
  ALREADY_CLAIMED: '您已经认领了这个岗位',
  CLAIM_LIMIT_REACHED: '您认领的岗位已经达到上限，请先退出一个岗位再认领',
  ALREADY_SCORED: '您今年已经为这位党员评过分了',
  // 留言 (messages) and 督办 (supervision)
  MESSAGE_OWNED: '这条留言已由其他工作人员负责答复',
  NO_PUBLIC_CONSENT: '群众没有同意公开这条留言，不能发布到网谈回音',
  NOT_ANSWERED: '这条留言还没有答复，答复后才能公开',
  NOT_OVERDUE: '这件诉求还没有超期，不需要督办',
  // 台账、系统管理、花名册导入 (ledger, administration, roster import)
  RANGE_TOO_LONG: '导出的时间段太长了，一次最多导出一年，请分几次导出',
  RANGE_REVERSED: '开始日期不能晚于结束日期',
  LEDGER_TOO_LARGE: '这段时间的诉求太多，一个文件放不下；请缩短时间段，或选择下一级地方分别导出',
  PLACE_TOO_DEEP: '网格是最下一级，下面不能再添加地方',
  PLACE_NAME_TAKEN: '同一级下已经有这个名字了，请换一个名字',
  ROSTER_FILE_MISSING: '没有找到上传的花名册文件，请重新选择文件上传',
  ROSTER_UNREADABLE: '读不出这个文件，请用模板填写，另存为 Excel（.xlsx）或 CSV 文件后再试',
  // 民情走访 (households, pairs, visit diaries)
  ALREADY_ASSIGNED: '这位干部已经在结对（包保）名单里了',
  NOT_A_CADRE: '只能安排本村的网格员或上级干部结对（包保）',
  CALLBACK_PENDING: '这条走访已经标记了回访，还在等回访结果',
  CALLBACK_DONE: '这条走访已经回访过了',
  CALLBACK_NOT_MARKED: '这条走访还没有标记回访，请先标记',
  NOT_DUE: '这户现在还不需要走访，不用提醒',
  NO_CARETAKER: '这户还没有安排联系干部，请先安排结对或包保的干部',
  REMINDED_RECENTLY: '今天已经提醒过联系这户的干部了，明天再提醒吧',
  // 诉求类别 (categories and their extra questions)
  CATEGORY_NAME_TAKEN: '已经有一个在用的类别叫这个名字了，请换个名字',
  QUESTIONS_CHANGED: '这个类别的补充问题刚刚改过了，请按新的问题重新填写',
  HOUSEHOLD_NO_PHONE: '这户没有登记电话，诉求办好后没法联系。请先在民情档案里补一个家里人的电话',
  // 代理代办 (proxy services)
  PROXY_ITEM_RETIRED: '这个代办事项已停用，请选择其他事项',
  CASE_STEP_OUT_OF_ORDER: '这件代办现在不能办这一步，请刷新后按 收件、送办、办结、交还 的顺序办理',
  ALREADY_RATED: '您已经评价过这件代办了',
  // Client keys (opId, clientKey): a key is one request, its retries the same request
  KEY_REUSED: '这次操作和之前的一次用了同一个编号，但内容不同，没有办理。请刷新后重新操作',
  // Authority is checked at the moment of the action: a duty that ended takes the work with it
  NO_LONGER_IN_CHARGE:
    '您已不再负责这里（网格、部门或职务已调整），这件事不能再由您办理；它会交给现在负责的人，有疑问请联系乡镇或村里的工作人员',
  // Uploads: a record carries only files the caller put in their own folder
  NOT_YOUR_UPLOAD: '只能使用您自己刚上传的图片或文件，请重新拍照或选择后再提交',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value);
}
