// Bodies and answers of the journal and share endpoints. Everything here is ciphertext made in the browser:
// the server checks shape and size, never content.
import { z } from 'zod';

/** Largest stored entry body. Over it is a 413, never a truncation. */
export const ENTRY_MAX_BYTES = 256 * 1024;
/** Shares hold one summary and a note; far smaller than an entry. */
export const SHARE_MAX_BYTES = 64 * 1024;
export const SHARE_EXPIRY_DAYS = [1, 7, 30] as const;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** AES-256-GCM output as the browser sends it: version, 96-bit IV and ciphertext, both base64url. */
export const EncryptedPayloadSchema = z.strictObject({
  v: z.literal(1, { error: 'v must be 1 (the only encryption format this server knows)' }),
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

/** Ids are 128-bit random values in base64url (22 characters); anything else cannot exist. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export interface CreatedEntry {
  id: string;
  ownerToken: string;
  revision: number;
}
export interface StoredEntryAnswer extends EncryptedPayload {
  revision: number;
  updatedAt: string;
}
export interface CreatedShare {
  id: string;
  ownerToken: string;
  expiresAt: string;
}
export interface StoredShareAnswer extends EncryptedPayload {
  createdAt: string;
  expiresAt: string;
}
