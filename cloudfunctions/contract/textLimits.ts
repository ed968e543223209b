/**
 * How many characters each text a person types may have. The contract's
 * schemas and the mini-program's forms read the same numbers, so the form
 * refuses (with a counter and a message, never by cutting) exactly what the
 * server would refuse. Zod-free: the mini-program imports it as a value
 * from `@contract/textLimits`, never through the index.
 *
 * Counted like zod's `.max()`: the length of the trimmed string.
 */
export const textLimits = {
  /** What happened, in the resident's words; voice input easily gives several hundred characters. */
  requestText: 1000,
  /** A note or the outcome a handler writes on a request. */
  handlingText: 1000,
  /** Why a step was taken (escalate, suspend, reject, 没解决). */
  reason: 300,
  /** The resident's words with a rating. */
  ratingComment: 300,
  address: 100,
  household: 60,
  personName: 20,
  /** A message to the village or community, and the answers in its thread. */
  messageText: 1000,
  /** Why staff hand a message to a colleague. */
  handOverNote: 200,
  placeName: 30,
  dutyTitle: 20,
  /** A request category (诉求类别) fits its big button; its extra questions' words. */
  categoryName: 10,
  questionLabel: 30,
  questionOption: 20,
  questionUnit: 8,
  /** 县民政局, 凉泉乡民政所 … */
  departmentName: 30,
  postTitle: 30,
  postDuties: 300,
  employer: 40,
  skills: 100,
  commitment: 300,
  serviceContent: 500,
  serviceHousehold: 40,
  decisionReason: 200,
  serviceDayTitle: 20,
  serviceDayVenue: 30,
  windowName: 10,
  cancelReason: 60,
  /** 民情走访: 屯/组 of a household, its address in the 民情档案, what it needs. */
  householdGroup: 30,
  householdAddress: 60,
  householdNeeds: 300,
  /** A visit diary (民情日记): what the cadre saw and heard at the door, the help given. */
  visitSeen: 1000,
  visitSaid: 1000,
  visitHelp: 300,
  /** A problem found at the door; it becomes a 诉求. */
  visitProblem: 500,
  /** Why a 包保/结对 ends. */
  assignmentEndReason: 100,
  /** Why a supervisor marks a visit for a callback (回访), and what the callback found. */
  callbackReason: 200,
  callbackText: 300,
  /** A household tag of the county (e.g. 独居老人). */
  visitTagName: 12,
  /** 代理代办: an item's name, one material, the guide, what was handed back. */
  proxyItemName: 30,
  proxyMaterial: 30,
  proxyGuide: 500,
  proxyReturned: 200,
} as const;

export type TextLimitName = keyof typeof textLimits;

/** The length the server checks: zod trims, then counts UTF-16 units. */
export function textLength(value: string): number {
  return value.trim().length;
}
