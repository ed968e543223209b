import type { ActionName, FunctionName, ParsedRequestOf, ResponseOf } from '../contract';
import type { Audience } from '../domain/people/audiences';
import type { ActionContext, RegisteredContext, SelfReadingContext } from './ActionContext';

/**
 * Who may call an action before it runs: any WeChat user (a first-time
 * visitor included), or registered callers in one of the audiences of
 * `domain/people/audiences.ts`. Finer rules (jurisdiction, ownership) are
 * the domain's, inside `run`.
 */
export type Access = 'visitor' | Audience;

export interface VisitorAction<F extends FunctionName, A extends ActionName<F>> {
  access: 'visitor';
  run(input: ParsedRequestOf<F, A>, context: ActionContext): Promise<ResponseOf<F, A>>;
}

/**
 * A visitor action that reads the caller's record itself, where it must be
 * fresh (inside its transaction, 绑定手机号): the dispatcher does not read it
 * first, which would be one database action for nothing.
 */
export interface SelfReadingAction<F extends FunctionName, A extends ActionName<F>> {
  access: 'visitor';
  readsCaller: 'itself';
  run(input: ParsedRequestOf<F, A>, context: SelfReadingContext): Promise<ResponseOf<F, A>>;
}

export interface RoleAction<F extends FunctionName, A extends ActionName<F>> {
  access: Audience;
  run(input: ParsedRequestOf<F, A>, context: RegisteredContext): Promise<ResponseOf<F, A>>;
}

export type ActionDefinition<F extends FunctionName, A extends ActionName<F>> =
  VisitorAction<F, A> | SelfReadingAction<F, A> | RoleAction<F, A>;

/** Every action of a function must be implemented: a missing one fails tsc. */
export type ActionTable<F extends FunctionName> = { [A in ActionName<F>]: ActionDefinition<F, A> };

/** Identity helper that pins an action's types to the contract. */
export function defineAction<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  definition: VisitorAction<F, A>,
): ActionDefinition<F, A>;
export function defineAction<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  definition: SelfReadingAction<F, A>,
): ActionDefinition<F, A>;
export function defineAction<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  definition: RoleAction<F, A>,
): ActionDefinition<F, A>;
export function defineAction<F extends FunctionName, A extends ActionName<F>>(
  _fn: F,
  _action: A,
  definition: ActionDefinition<F, A>,
): ActionDefinition<F, A> {
  return definition;
}
