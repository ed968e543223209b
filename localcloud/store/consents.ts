import { SqliteDb } from './sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS subscribe_consents (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  openid TEXT NOT NULL,
  template_id TEXT NOT NULL,
  granted_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX IF NOT EXISTS subscribe_consents_unused ON subscribe_consents (openid, template_id, used_at);
`;

/**
 * One-time subscriptions (一次性订阅): every time a person accepts a template
 * in wx.requestSubscribeMessage, one message of that template may be sent to
 * them; acceptances add up and each is used by one send. Kept with the
 * documents, so they survive a restart as they do on WeChat.
 */
export class SubscribeConsents {
  private readonly db: SqliteDb;

  constructor(db: SqliteDb) {
    this.db = db;
    db.exec(SCHEMA);
  }

  /** One acceptance of each template. */
  grant(openid: string, templateIds: readonly string[], now: number): void {
    const insert = this.db.prepare('INSERT INTO subscribe_consents (openid, template_id, granted_at) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const id of templateIds) insert.run(openid, id, now);
    })();
  }

  /** Uses the oldest unused acceptance; false when there is none (WeChat answers 43101). */
  take(openid: string, templateId: string, now: number): boolean {
    const info = this.db
      .prepare(
        `UPDATE subscribe_consents SET used_at = ? WHERE seq = (
                  SELECT seq FROM subscribe_consents WHERE openid = ? AND template_id = ? AND used_at IS NULL ORDER BY seq LIMIT 1)`,
      )
      .run(now, openid, templateId);
    return info.changes === 1;
  }

  /** Unused acceptances per template. */
  unused(openid: string): Record<string, number> {
    const rows = this.db
      .prepare('SELECT template_id AS id, COUNT(*) AS n FROM subscribe_consents WHERE openid = ? AND used_at IS NULL GROUP BY template_id')
      .all(openid) as Array<{ id: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.id, r.n]));
  }

  /** Runs `work` as one database transaction (a send takes its acceptance and lands in the outbox together). */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}
