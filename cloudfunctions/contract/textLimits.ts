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
} as const;

export type TextLimitName = keyof typeof textLimits;

/** The length the server checks: zod trims, then counts UTF-16 units. */
export function textLength(value: string): number {
  return value.trim().length;
}
