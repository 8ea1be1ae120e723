// Bodies and answers of the journal and share endpoints. Everything here is ciphertext made in the browser:
// the server checks shape and size, never content. The browser imports the types only (`import type`).
import { z } from 'zod';

/** Largest stored entry body. Over it is a 413, never a truncation. */
export const ENTRY_MAX_BYTES = 256 * 1024;
/** Shares hold one summary and a note; far smaller than an entry. */
export const SHARE_MAX_BYTES = 64 * 1024;
export const SHARE_EXPIRY_DAYS = [1, 7, 30] as const;

/** Ids are 128-bit random values in base64url (22 characters), chosen by the browser; anything else cannot exist. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** Owner tokens are 256-bit random values in base64url (43 characters), chosen by the browser. */
export const OWNER_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * AES-256-GCM output as the browser sends it. `v: 1` is the first format (no associated data); `v: 2` binds
 * the ciphertext to what it is through GCM's associated data. The server stores `v` as sent and returns it.
 */
export const EncryptedPayloadSchema = z.strictObject({
  v: z.union([z.literal(1), z.literal(2)], { error: 'v must be 1 or 2 (the encryption formats this server knows)' }),
  iv: z
    .string({ error: 'iv is required and must be a string' })
    .regex(BASE64URL, 'iv must be base64url')
    .length(16, 'iv must be 16 base64url characters (a 96-bit IV)'),
  ciphertext: z
    .string({ error: 'ciphertext is required and must be a string' })
    .min(24, 'ciphertext is too short to hold anything (GCM adds a 16-byte tag)')
    .regex(BASE64URL, 'ciphertext must be base64url'),
});
export type EncryptedPayload = z.infer<typeof EncryptedPayloadSchema>;

export const ShareRequestSchema = EncryptedPayloadSchema.extend({
  expiresInDays: z.union(SHARE_EXPIRY_DAYS.map((d) => z.literal(d)) as [z.ZodLiteral<1>, z.ZodLiteral<7>, z.ZodLiteral<30>], {
    error: 'expiresInDays must be 1, 7 or 30',
  }),
});
export type ShareRequest = z.infer<typeof ShareRequestSchema>;

/** A reply holds at most 4,000 characters of text; its request body is capped well below a share's. */
export const REPLY_MAX_BYTES = 16 * 1024;
/** Replies a share holds at once; the next one is a 409 until the owner deletes one (or the share goes). */
export const MAX_REPLIES_PER_SHARE = 20;

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
