import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDb = Database.Database;
export type Statement = Database.Statement<unknown[]>;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS collections (
  name TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL
);
-- seq keeps insertion order so a reload gives the same natural order.
CREATE TABLE IF NOT EXISTS docs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  coll TEXT NOT NULL,
  id TEXT NOT NULL,
  body TEXT NOT NULL,
  UNIQUE (coll, id)
);
CREATE TABLE IF NOT EXISTS indexes (
  coll TEXT NOT NULL,
  field TEXT NOT NULL,
  PRIMARY KEY (coll, field)
);
CREATE TABLE IF NOT EXISTS files (
  file_id TEXT PRIMARY KEY,
  cloud_path TEXT NOT NULL,
  disk_name TEXT NOT NULL,
  size INTEGER NOT NULL,
  content_type TEXT NOT NULL,
  uploader TEXT,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  api TEXT NOT NULL,
  touser TEXT,
  template_id TEXT,
  page TEXT,
  data TEXT NOT NULL,
  extra TEXT NOT NULL,
  function_name TEXT,
  caller_openid TEXT,
  time INTEGER NOT NULL
);
`;

/**
 * Opens (creating if needed) the emulator database in WAL mode. With
 * synchronous=NORMAL a committed write survives a crash or Ctrl-C of this
 * process (it is in the WAL before the HTTP answer is sent); only an OS crash
 * or power loss could drop the last transactions.
 */
export function openDatabase(dataDir: string): SqliteDb {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'localcloud.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}
