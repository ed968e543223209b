import type { ConsoleTemplate } from '../backend/subscribe-templates';
import { SUBSCRIBE_TEMPLATES, templateIdOf, type TemplateName } from '../../cloudfunctions/shared/subscribeTemplates';

/**
 * What this product's developer enters in the mini-program console: the
 * templates the product sends (cloudfunctions/shared/subscribeTemplates.ts),
 * under the ids this environment configures — the same variables the
 * functions read, so a configured id and its placeholder never disagree.
 * The console is configuration of the environment, so it lives beside the
 * engine, not in it: the engine imports no app code.
 */
export function productTemplates(env: Record<string, string | undefined> = process.env): ConsoleTemplate[] {
  return (Object.keys(SUBSCRIBE_TEMPLATES) as TemplateName[]).map((name) => ({
    id: templateIdOf(name, env),
    title: SUBSCRIBE_TEMPLATES[name].title,
    keywords: Object.keys(SUBSCRIBE_TEMPLATES[name].keywords),
  }));
}
