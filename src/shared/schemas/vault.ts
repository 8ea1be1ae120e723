// Bodies and answers of the journal and share endpoints. Everything here is ciphertext made in the browser:
// the server checks shape and size, never content. Built from the model's constants and checked against its types;
// the browser uses the model itself (src/shared/model), never this file.
import { z } from 'zod';
import { ID_PATTERN } from '../model/ids';
import { BASE64URL_PATTERN, CIPHERTEXT_MIN_CHARS, IV_CHARS, type SealedPayload } from '../model/sealed-payload';
import { SHARE_EXPIRY_DAYS, type ShareExpiryDays } from '../model/share-content';

// The functions take the limits and id patterns from here, with the schemas they belong to.
export { ID_PATTERN, OWNER_TOKEN_PATTERN } from '../model/ids';
export { ENTRY_MAX_BYTES, MAX_REPLIES_PER_SHARE, REPLY_MAX_BYTES, SHARE_MAX_BYTES } from '../model/limits';
export { SHARE_EXPIRY_DAYS } from '../model/share-content';

/** A server id (entry, share, reply, a record's write id): 22 base64url characters. */
export const IdSchema = z
  .string({ error: 'id must be a string' })
  .regex(ID_PATTERN, 'id must be 22 base64url characters');

/**
 * AES-256-GCM output as the browser sends it. `v: 1` is the first format (no associated data); `v: 2` binds
 * the ciphertext to what it is through GCM's associated data. The server stores `v` as sent and returns it.
 */
export const EncryptedPayloadSchema = z.strictObject({
  v: z.union([z.literal(1), z.literal(2)], { error: 'v must be 1 or 2 (the encryption formats this server knows)' }),
  iv: z
    .string({ error: 'iv is required and must be a string' })
    .regex(BASE64URL_PATTERN, 'iv must be base64url')
    .length(IV_CHARS, `iv must be ${IV_CHARS} base64url characters (a 96-bit IV)`),
  ciphertext: z
    .string({ error: 'ciphertext is required and must be a string' })
    .min(CIPHERTEXT_MIN_CHARS, 'ciphertext is too short to hold anything (GCM adds a 16-byte tag)')
    .regex(BASE64URL_PATTERN, 'ciphertext must be base64url'),
}) satisfies z.ZodType<SealedPayload>;
/** The server's name for a sealed payload (src/shared/model/sealed-payload.ts). */
export type EncryptedPayload = SealedPayload;

export const ShareRequestSchema = EncryptedPayloadSchema.extend({
  expiresInDays: z.union(
    SHARE_EXPIRY_DAYS.map((d) => z.literal(d)) as [z.ZodLiteral<1>, z.ZodLiteral<7>, z.ZodLiteral<30>],
    {
      error: 'expiresInDays must be 1, 7 or 30',
    },
  ) satisfies z.ZodType<ShareExpiryDays>,
});
export type ShareRequest = z.infer<typeof ShareRequestSchema>;

/**
 * A reader's reply to a share, encrypted in the reader's browser with the link's key. `v: 1` is the reply's own
 * format: AES-256-GCM, always bound to the share by the associated data `lodestar/v2/share/<id>/reply`.
 */
export const ReplyRequestSchema = EncryptedPayloadSchema.extend({
  v: z.literal(1, { error: 'v must be 1 (the reply format this server knows)' }),
});
export type ReplyRequest = z.infer<typeof ReplyRequestSchema>;

/** 201 to `PUT /api/entries/:id` with `If-None-Match: *`; the ETag header is `"1"`. */
export interface CreatedEntry {
  id: string;
  revision: 1;
  updatedAt: string;
}
/** 200 to `PUT /api/entries/:id` with `If-Match`; the ETag header is `"<revision>"`. */
export interface UpdatedEntry {
  revision: number;
  updatedAt: string;
}
/** 200 to `GET /api/entries/:id`; the ETag header is `"<revision>"`. */
export interface StoredEntryAnswer extends EncryptedPayload {
  revision: number;
  updatedAt: string;
}
/** 412 on an entry: the precondition failed; `currentRevision` is what the server holds (also in ETag). */
export interface EntryPreconditionFailed {
  error: { code: 'precondition_failed'; message: string };
  currentRevision: number;
}
/** 201 to `PUT /api/shares/:id` with `If-None-Match: *`. */
export interface CreatedShare {
  id: string;
  createdAt: string;
  expiresAt: string;
}
/** 412 to a share create whose id already holds this owner's share: the retry learns it was created. */
export interface SharePreconditionFailed {
  error: { code: 'precondition_failed'; message: string };
  createdAt: string;
  expiresAt: string;
}
/** 201 to `POST /api/shares/:id/replies`; Location is `/api/shares/<id>/replies/<replyId>`. */
export interface CreatedReply {
  id: string;
  createdAt: string;
}
/** One reply as `GET /api/shares/:id` lists it (oldest first, by createdAt then id). */
export interface StoredReplyAnswer extends ReplyRequest {
  id: string;
  createdAt: string;
}
/** 200 to `GET /api/shares/:id`. */
export interface StoredShareAnswer extends EncryptedPayload {
  createdAt: string;
  expiresAt: string;
  replies: StoredReplyAnswer[];
}
