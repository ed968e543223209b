/**
 * The one contract between the mini-program and the cloud functions:
 * every cloud function, its actions, what each action takes and returns.
 * The server validates with the request schemas; the client imports the
 * types only (`import type`), so no validation code ships in the app.
 */
import type { z } from 'zod';
import { gridsRequests, type GridsResponses } from './grids';
import { requestsRequests, type RequestsResponses } from './requests';
import { servicedaysRequests, type ServicedaysResponses } from './servicedays';
import { postsRequests, type PostsResponses } from './posts';
import { usersRequests, type UsersResponses } from './users';
// Console: messages and the dashboard.
import { messagesRequests, type MessagesResponses } from './messages';
import { dashboardRequests, type DashboardResponses } from './dashboard';
import { ledgerRequests, type LedgerResponses } from './ledger';
import { adminRequests, type AdminResponses } from './admin';
import { visitsRequests, type VisitsResponses } from './visits';
import { proxyRequests, type ProxyResponses } from './proxy';

export const requestSchemas = {
  users: usersRequests,
  grids: gridsRequests,
  requests: requestsRequests,
  servicedays: servicedaysRequests,
  posts: postsRequests,
  messages: messagesRequests,
  dashboard: dashboardRequests,
  ledger: ledgerRequests,
  admin: adminRequests,
  visits: visitsRequests,
  proxy: proxyRequests,
};

interface ResponseMap {
  users: UsersResponses;
  grids: GridsResponses;
  requests: RequestsResponses;
  servicedays: ServicedaysResponses;
  posts: PostsResponses;
  messages: MessagesResponses;
  dashboard: DashboardResponses;
  ledger: LedgerResponses;
  admin: AdminResponses;
  visits: VisitsResponses;
  proxy: ProxyResponses;
}

export type FunctionName = keyof typeof requestSchemas;
export type ActionName<F extends FunctionName> = keyof (typeof requestSchemas)[F] & keyof ResponseMap[F] & string;

type SchemaOf<F extends FunctionName, A extends ActionName<F>> = (typeof requestSchemas)[F][A];

/** What the caller sends for an action (after defaults are applied on the server). */
export type RequestOf<F extends FunctionName, A extends ActionName<F>> =
  SchemaOf<F, A> extends z.ZodTypeAny ? z.input<SchemaOf<F, A>> : never;

/** What the handler receives once the input is validated. */
export type ParsedRequestOf<F extends FunctionName, A extends ActionName<F>> =
  SchemaOf<F, A> extends z.ZodTypeAny ? z.output<SchemaOf<F, A>> : never;

export type ResponseOf<F extends FunctionName, A extends ActionName<F>> = ResponseMap[F][A];

export * from './common';
export * from './envelope';
export * from '../domain/shared/errorCodes';
export type * from './grids';
export type * from './requests';
export type * from './servicedays';
export type * from './posts';
export type * from './users';
export type * from './messages';
export type * from './dashboard';
export type * from './ledger';
export type * from './admin';
export type * from './categories';
export type * from './visits';
export type * from './proxy';

// Which actions the client may send twice; zod-free, so the mini-program imports it from '@contract/retrySafe'.
export { sentOnce, isRetrySafe } from './retrySafe';
// How long each typed text may be; zod-free, imported by the mini-program from '@contract/textLimits'.
export { textLimits, textLength, type TextLimitName } from './textLimits';
