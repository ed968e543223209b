import { randomBytes } from 'node:crypto';

/** An upload the SDK announced with getUploadMetadata and will PUT next. */
export interface UploadSlot {
  cloudPath: string;
  fileId: string;
  uploader: string | null;
  expiresAt: number;
}

const SLOT_TTL_MS = 10 * 60_000;

/** One-time upload URLs, like COS pre-signed PUT URLs. */
export class UploadSlots {
  private readonly slots = new Map<string, UploadSlot>();

  open(slot: Omit<UploadSlot, 'expiresAt'>): string {
    this.sweep();
    const token = randomBytes(16).toString('hex');
    this.slots.set(token, { ...slot, expiresAt: Date.now() + SLOT_TTL_MS });
    return token;
  }

  take(token: string): UploadSlot | undefined {
    const slot = this.slots.get(token);
    this.slots.delete(token);
    return slot && slot.expiresAt > Date.now() ? slot : undefined;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [token, slot] of this.slots) if (slot.expiresAt <= now) this.slots.delete(token);
  }
}
