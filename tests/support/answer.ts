/**
 * A JSON answer as tests read it: every key leads to another answer, and
 * `expect` checks the leaves. Typed instead of `any` so a test cannot call
 * what an answer does not have.
 */
export interface Answer {
  readonly [key: string]: Answer;
}
