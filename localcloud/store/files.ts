import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SqliteDb } from './sqlite';

export interface StoredFile {
  fileId: string;
  cloudPath: string;
  size: number;
  contentType: string;
  uploader: string | null;
  createdAt: number;
}

interface FileRow {
  file_id: string;
  cloud_path: string;
  disk_name: string;
  size: number;
  content_type: string;
  uploader: string | null;
  created_at: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export function contentTypeFor(name: string): string {
  return CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Cloud storage: bytes on disk under <dataDir>/files, metadata in SQLite.
 * Disk names are hashes of the fileID, so any cloud path is safe to store.
 */
export class FileStore {
  private readonly dir: string;
  private readonly db: SqliteDb;

  constructor(db: SqliteDb, dataDir: string) {
    this.db = db;
    this.dir = path.join(dataDir, 'files');
    fs.mkdirSync(this.dir, { recursive: true });
  }

  save(fileId: string, cloudPath: string, bytes: Buffer, uploader: string | null): StoredFile {
    const diskName = createHash('sha256').update(fileId).digest('hex');
    const target = path.join(this.dir, diskName);
    const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
    // Write then rename, so a crash never leaves a half-written file behind a committed row.
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
    const file: StoredFile = {
      fileId,
      cloudPath,
      size: bytes.length,
      contentType: contentTypeFor(cloudPath),
      uploader,
      createdAt: Date.now(),
    };
    this.db
      .prepare(
        `INSERT OR REPLACE INTO files (file_id, cloud_path, disk_name, size, content_type, uploader, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(fileId, cloudPath, diskName, file.size, file.contentType, uploader, file.createdAt);
    return file;
  }

  get(fileId: string): StoredFile | null {
    const row = this.db.prepare('SELECT * FROM files WHERE file_id = ?').get(fileId) as FileRow | undefined;
    return row ? toFile(row) : null;
  }

  getByPath(cloudPath: string): StoredFile | null {
    const row = this.db.prepare('SELECT * FROM files WHERE cloud_path = ? ORDER BY created_at DESC LIMIT 1').get(cloudPath) as
      FileRow | undefined;
    return row ? toFile(row) : null;
  }

  read(fileId: string): Buffer | null {
    const row = this.db.prepare('SELECT disk_name FROM files WHERE file_id = ?').get(fileId) as { disk_name: string } | undefined;
    if (!row) return null;
    try {
      return fs.readFileSync(path.join(this.dir, row.disk_name));
    } catch {
      return null;
    }
  }

  delete(fileId: string): boolean {
    const row = this.db.prepare('SELECT disk_name FROM files WHERE file_id = ?').get(fileId) as { disk_name: string } | undefined;
    if (!row) return false;
    this.db.prepare('DELETE FROM files WHERE file_id = ?').run(fileId);
    fs.rmSync(path.join(this.dir, row.disk_name), { force: true });
    return true;
  }
}

function toFile(row: FileRow): StoredFile {
  return {
    fileId: row.file_id,
    cloudPath: row.cloud_path,
    size: row.size,
    contentType: row.content_type,
    uploader: row.uploader,
    createdAt: row.created_at,
  };
}
