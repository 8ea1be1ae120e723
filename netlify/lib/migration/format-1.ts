// Record format 1, known only to the migration: what the first code stored, and how each such record is written in
// the current format. Everything that matters to the browser is kept as it was: the payload (its `v`, IV and
// ciphertext, bound to the entry's id and revision), the revision (the ETag, and the browser's rollback check), the
// owner token's hash and the dates. Only the layout changes, and each rewrite gets its own writeId (storage.ts).
import { z } from 'zod';
import {
  EntryRecordSchema,
  RECORD_FORMAT,
  ReplyRecordSchema,
  ShareRecordSchema,
  type EntryRecord,
  type ReplyRecord,
  type ShareRecord,
} from '../records';
import { newWriteId, type StoreName } from '../storage';

const TokenHash = z.string().regex(/^[0-9a-f]{64}$/);
const Base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/);
const Timestamp = z.iso.datetime();

/** Entries: `v` was the record's version and the payload's at once (always 1: no associated data). */
const Format1EntrySchema = z.strictObject({
  v: z.literal(1),
  iv: Base64Url,
  ciphertext: Base64Url,
  ownerTokenHash: TokenHash,
  revision: z.number().int().positive(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

const Format1ShareSchema = z.strictObject({
  v: z.literal(1),
  iv: Base64Url,
  ciphertext: Base64Url,
  ownerTokenHash: TokenHash,
  createdAt: Timestamp,
  expiresAt: Timestamp,
});

/** Replies were format 1 while entries and shares were format 2: the same fields under another number. */
const Format1ReplySchema = ReplyRecordSchema.extend({ format: z.literal(1) });

type Current = EntryRecord | ShareRecord | ReplyRecord;

/**
 * The current-format record for a format-1 record of store `name`, checked against the current schema (nothing
 * invalid is written); undefined when `data` is not a format-1 record of that store.
 */
export function fromFormat1(name: StoreName, data: unknown): Current | undefined {
  if (name === 'entries') {
    const old = Format1EntrySchema.safeParse(data);
    if (!old.success) return undefined;
    const { v, iv, ciphertext, ...rest } = old.data;
    return EntryRecordSchema.parse({
      format: RECORD_FORMAT,
      payload: { v, iv, ciphertext },
      ...rest,
      writeId: newWriteId(),
    });
  }
  if (name === 'shares') {
    const old = Format1ShareSchema.safeParse(data);
    if (!old.success) return undefined;
    const { v, iv, ciphertext, ...rest } = old.data;
    return ShareRecordSchema.parse({
      format: RECORD_FORMAT,
      payload: { v, iv, ciphertext },
      ...rest,
      writeId: newWriteId(),
    });
  }
  const old = Format1ReplySchema.safeParse(data);
  if (!old.success) return undefined;
  return ReplyRecordSchema.parse({ ...old.data, format: RECORD_FORMAT, writeId: newWriteId() });
}
