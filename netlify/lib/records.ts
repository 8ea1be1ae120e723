// The shapes of what is stored, old and new, and how a stored blob is read back. Every read goes through zod.
//
// Record formats: the first code wrote `{ v: 1, iv, ciphertext, ... }`, where `v` was both the record's and
// the payload's version. Records written now carry `format: 2` and keep the payload, with its own `v` (1 or
// 2), under `payload`. Both read; an update rewrites a format-1 entry as format 2. A record in a format this
// code does not know (a newer one, after a rollback) reads as unreadable: never served, never overwritten.
import { z } from 'zod';
import { EncryptedPayloadSchema, type EncryptedPayload } from '../../src/shared/schemas/vault';
import { NOT_JSON } from './storage';

const HASH = z.string().regex(/^[0-9a-f]{64}$/);
const Base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/);
const Revision = z.number().int().positive();
const WriteId = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

export const EntryRecordSchema = z.strictObject({
  format: z.literal(2),
  payload: EncryptedPayloadSchema,
  ownerTokenHash: HASH,
  /** Counts writes; the ETag is `"<revision>"` and the client's If-Match names the one it last saw. */
  revision: Revision,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Random per write: lets a write recognise itself when reading back (see storage.ts). */
  writeId: WriteId,
});
export type EntryRecord = z.infer<typeof EntryRecordSchema>;

const LegacyEntryRecordSchema = z.strictObject({
  v: z.literal(1),
  iv: Base64Url,
  ciphertext: Base64Url,
  ownerTokenHash: HASH,
  revision: Revision,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/**
 * What a delete leaves in the entry's place (written with If-Match on the checked record), kept for good: the id,
 * the time and the last revision number, no journal data and no token. Reads treat it as absent; a create never
 * writes over it (410), so a deleted id is never used again and no delete can remove a newer create.
 */
export const EntryTombstoneSchema = z.strictObject({
  format: z.literal(2),
  tombstone: z.literal(true),
  revision: Revision,
  deletedAt: z.iso.datetime(),
  writeId: WriteId,
});
export type EntryTombstone = z.infer<typeof EntryTombstoneSchema>;

/** An entry as read: `writeId` only matters to the write that made it, and format 1 had none. */
export type EntryState = Omit<EntryRecord, 'writeId'>;
export type StoredEntry = { kind: 'entry'; record: EntryState } | { kind: 'tombstone' } | { kind: 'unreadable' };

/** A stored entry blob as one of: a live entry (format 1 upgraded in memory), a tombstone, or unreadable. */
export function readEntryBlob(data: unknown): StoredEntry {
  if (data === NOT_JSON) return unreadable('entries');
  const current = EntryRecordSchema.safeParse(data);
  if (current.success) return { kind: 'entry', record: current.data };
  const legacy = LegacyEntryRecordSchema.safeParse(data);
  if (legacy.success) {
    const { v, iv, ciphertext, ...rest } = legacy.data;
    return { kind: 'entry', record: { format: 2, payload: { v, iv, ciphertext }, ...rest } };
  }
  if (EntryTombstoneSchema.safeParse(data).success) return { kind: 'tombstone' };
  return unreadable('entries');
}

export const ShareRecordSchema = z.strictObject({
  format: z.literal(2),
  payload: EncryptedPayloadSchema,
  ownerTokenHash: HASH,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  writeId: WriteId,
});
export type ShareRecord = z.infer<typeof ShareRecordSchema>;

const LegacyShareRecordSchema = z.strictObject({
  v: z.literal(1),
  iv: Base64Url,
  ciphertext: Base64Url,
  ownerTokenHash: HASH,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});

/**
 * What a revoked or expired share leaves in its place, kept for good: the id and the time, no ciphertext and no
 * token. Reads treat it as absent; a create never writes over it (410), so whoever holds an old link can never
 * publish under its id.
 */
export const ShareTombstoneSchema = z.strictObject({
  format: z.literal(2),
  tombstone: z.literal(true),
  endedAt: z.iso.datetime(),
  writeId: WriteId,
});
export type ShareTombstone = z.infer<typeof ShareTombstoneSchema>;

export type ShareState = Omit<ShareRecord, 'writeId'>;
export type StoredShare = { kind: 'share'; record: ShareState } | { kind: 'tombstone' } | { kind: 'unreadable' };

export function readShareBlob(data: unknown): StoredShare {
  if (data === NOT_JSON) return unreadable('shares');
  const current = ShareRecordSchema.safeParse(data);
  if (current.success) return { kind: 'share', record: current.data };
  const legacy = LegacyShareRecordSchema.safeParse(data);
  if (legacy.success) {
    const { v, iv, ciphertext, ...rest } = legacy.data;
    return { kind: 'share', record: { format: 2, payload: { v, iv, ciphertext }, ...rest } };
  }
  if (ShareTombstoneSchema.safeParse(data).success) return { kind: 'tombstone' };
  return unreadable('shares');
}

/**
 * Only the expiry of a share, read as leniently as possible: any JSON object whose `expiresAt` is a date.
 * The cleanup uses this so a record in a newer format still expires, and one without a readable expiry stays.
 */
export function shareExpiry(data: unknown): Date | undefined {
  const parsed = z.looseObject({ expiresAt: z.string() }).safeParse(data);
  if (!parsed.success) return undefined;
  const expiry = new Date(parsed.data.expiresAt);
  return Number.isNaN(expiry.getTime()) ? undefined : expiry;
}

/** Logged by kind only (never content), then treated as absent by the caller. */
function unreadable(storeName: string): { kind: 'unreadable' } {
  console.error(`storage: a record in the ${storeName} store does not match any known format; treating it as absent`);
  return { kind: 'unreadable' };
}

export type { EncryptedPayload };
