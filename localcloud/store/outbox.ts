import { SqliteDb } from './sqlite';

/** A message a cloud function asked WeChat to deliver (e.g. subscribeMessage.send). */
export interface OutboxMessage {
  seq: number;
  api: string;
  touser: string | null;
  templateId: string | null;
  page: string | null;
  data: unknown;
  /** Other request fields (miniprogram_state, lang, ...). */
  extra: Record<string, unknown>;
  functionName: string | null;
  callerOpenid: string | null;
  /** Emulator clock time (ms) when it was sent. */
  time: number;
}

export type NewOutboxMessage = Omit<OutboxMessage, 'seq'>;

interface OutboxRow {
  seq: number;
  api: string;
  touser: string | null;
  template_id: string | null;
  page: string | null;
  data: string;
  extra: string;
  function_name: string | null;
  caller_openid: string | null;
  time: number;
}

export class Outbox {
  private readonly db: SqliteDb;

  constructor(db: SqliteDb) {
    this.db = db;
  }

  append(msg: NewOutboxMessage): OutboxMessage {
    const info = this.db
      .prepare(
        `INSERT INTO outbox (api, touser, template_id, page, data, extra, function_name, caller_openid, time)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        msg.api,
        msg.touser,
        msg.templateId,
        msg.page,
        JSON.stringify(msg.data ?? null),
        JSON.stringify(msg.extra),
        msg.functionName,
        msg.callerOpenid,
        msg.time,
      );
    return { ...msg, seq: Number(info.lastInsertRowid) };
  }

  /** Newest first. */
  list(limit = 1000): OutboxMessage[] {
    const rows = this.db.prepare('SELECT * FROM outbox ORDER BY seq DESC LIMIT ?').all(limit) as OutboxRow[];
    return rows.map((r) => ({
      seq: r.seq,
      api: r.api,
      touser: r.touser,
      templateId: r.template_id,
      page: r.page,
      data: JSON.parse(r.data) as unknown,
      extra: JSON.parse(r.extra) as Record<string, unknown>,
      functionName: r.function_name,
      callerOpenid: r.caller_openid,
      time: r.time,
    }));
  }
}
