// What a deleted entry and an ended share leave under their id, kept for good: no ciphertext and no token. Reads
// treat it as absent; a create never writes over it (410), so an id is never used again.
import { z } from 'zod';
import { RecordFormat, Revision, Timestamp, WriteId } from './format';

/** A deleted entry: the time and the last revision (a delete naming revision 3 never removes revision 4). */
export const EntryTombstoneSchema = z.strictObject({
  format: RecordFormat,
  tombstone: z.literal(true),
  revision: Revision,
  deletedAt: Timestamp,
  writeId: WriteId,
});
export type EntryTombstone = z.infer<typeof EntryTombstoneSchema>;

/**
 * A deleted reply, for a moment: its owner's delete replaces exactly that reply by this (If-Match), then removes
 * it, so the slot is free again (reply-store.ts). Only a delete cut short between the two steps leaves one.
 */
export const ReplyTombstoneSchema = z.strictObject({
  format: RecordFormat,
  tombstone: z.literal(true),
  deletedAt: Timestamp,
  writeId: WriteId,
});
export type ReplyTombstone = z.infer<typeof ReplyTombstoneSchema>;

/** A revoked or expired share: the time it ended. */
export const ShareTombstoneSchema = z.strictObject({
  format: RecordFormat,
  tombstone: z.literal(true),
  endedAt: Timestamp,
  writeId: WriteId,
});
export type ShareTombstone = z.infer<typeof ShareTombstoneSchema>;
