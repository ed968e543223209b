import { keywordTypeOf, type KeywordType } from './keyword-types';

/** A template as the mini-program console holds it: its id and keywords. */
export interface ConsoleTemplate {
  id: string;
  title: string;
  keywords: readonly string[];
}

/** The templates `subscribeMessage.send` and `requestSubscribeMessage` accept: what the console of the mini-program lists. */
export class TemplateRegistry {
  private readonly byId = new Map<string, { title: string; keywords: Map<string, KeywordType> }>();

  constructor(templates: readonly ConsoleTemplate[]) {
    for (const t of templates) {
      const keywords = new Map<string, KeywordType>();
      for (const k of t.keywords) {
        const type = keywordTypeOf(k);
        if (!type) throw new Error(`template ${t.id}: ${k} is not a WeChat keyword (type and number, e.g. thing1)`);
        keywords.set(k, type);
      }
      this.byId.set(t.id, { title: t.title, keywords });
    }
  }

  /** The keywords of a known template and their types, or undefined. */
  keywords(id: string): ReadonlyMap<string, KeywordType> | undefined {
    return this.byId.get(id)?.keywords;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }
}
