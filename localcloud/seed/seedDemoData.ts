import { COLLECTIONS, INDEXES } from '../../cloudfunctions/shared/collections';
import { uploadSecret } from '../../cloudfunctions/shared/uploadFolder';
import { demoCategories, demoPostKinds } from './demoCatalog';
import { demoDepartments } from './demoDepartments';
import { demoBranches, demoClaims, demoPartyMembers, demoServiceLogs, demoServicePosts, demoStarScores } from './demoPartyWork';
import { demoNodes } from './demoPlaces';
import { demoRequests, demoWorkCalendar } from './demoRequests';
import { demoServiceDayDocuments, demoServiceDays } from './demoServiceDays';
import { demoUsers } from './demoUsers';
import { demoMessages } from './demoMessages';
import { demoVisitData } from './demoVisits';
import { demoProxyData } from './demoProxy';

/** The part of the local store that seeding needs. */
export interface SeedTarget {
  ensureCollection(name: string): unknown;
  createIndex(collection: string, fields: readonly string[]): unknown;
  indexNames(collection: string): string[];
  dropIndex(collection: string, name: string): unknown;
  insertMany(collection: string, docs: object[]): unknown;
  count(collection: string): number | Promise<number>;
}

/**
 * Creates every collection and index the functions use (as a deployer does
 * once on WeChat cloud), then, on an empty database only, the demo data.
 * Demo requests and service-day dates are laid out from `now` (service days
 * up to the booking horizon, as the daily timer would have).
 * `secret` is the functions' upload secret (the demo's proxy cases name their
 * agent's upload folder). Returns whether demo data was inserted.
 */
export async function seedDemoData(store: SeedTarget, now: Date = new Date(), secret: string = uploadSecret()): Promise<boolean> {
  for (const name of Object.values(COLLECTIONS)) await store.ensureCollection(name);
  for (const index of INDEXES) await store.createIndex(index.collection, index.fields);
  // An index WeChat cloud would not have must not make a query cheap here: drop any not declared.
  const declared = new Set(INDEXES.map((index) => `${index.collection}/${index.fields.join(',')}`));
  for (const name of Object.values(COLLECTIONS)) {
    for (const index of await store.indexNames(name)) if (!declared.has(`${name}/${index}`)) await store.dropIndex(name, index);
  }
  // Data folders from before the holiday list existed get it too.
  if ((await store.count(COLLECTIONS.settings)) === 0) await store.insertMany(COLLECTIONS.settings, [demoWorkCalendar]);
  if ((await store.count(COLLECTIONS.nodes)) > 0) return false;
  await store.insertMany(COLLECTIONS.nodes, demoNodes);
  await store.insertMany(COLLECTIONS.categories, demoCategories);
  await store.insertMany(COLLECTIONS.postKinds, demoPostKinds);
  await store.insertMany(COLLECTIONS.users, demoUsers);
  await store.insertMany(COLLECTIONS.departments, demoDepartments);
  await store.insertMany(COLLECTIONS.requests, demoRequests(now));
  await store.insertMany(COLLECTIONS.serviceDays, demoServiceDays());
  const serviceDates = demoServiceDayDocuments(now);
  await store.insertMany(COLLECTIONS.serviceSessions, serviceDates.dates);
  await store.insertMany(COLLECTIONS.serviceBookings, serviceDates.bookings);
  await store.insertMany(COLLECTIONS.slotTallies, serviceDates.tallies);
  await store.insertMany(COLLECTIONS.bookingCodes, serviceDates.claims);
  await store.insertMany(COLLECTIONS.branches, demoBranches);
  await store.insertMany(COLLECTIONS.partyMembers, demoPartyMembers);
  await store.insertMany(COLLECTIONS.servicePosts, demoServicePosts);
  await store.insertMany(COLLECTIONS.claims, demoClaims);
  await store.insertMany(COLLECTIONS.serviceLogs, demoServiceLogs);
  await store.insertMany(COLLECTIONS.starScores, demoStarScores);
  await store.insertMany(COLLECTIONS.messages, demoMessages(now));
  const visits = demoVisitData(now);
  await store.insertMany(COLLECTIONS.households, visits.households);
  await store.insertMany(COLLECTIONS.visits, visits.visits);
  await store.insertMany(COLLECTIONS.visitDays, visits.visitDays);
  await store.insertMany(COLLECTIONS.gridCaretakers, visits.gridCaretakers);
  const proxy = demoProxyData(now, secret);
  await store.insertMany(COLLECTIONS.proxyItems, proxy.items);
  await store.insertMany(COLLECTIONS.proxyCases, proxy.cases);
  return true;
}
