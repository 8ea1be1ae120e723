// A share at rest: the browser's ciphertext, the owner token's hash and when it expires. Never changed once written.
import { z } from 'zod';
import { EncryptedPayloadSchema } from '../../../src/shared/schemas/vault';
import { RecordFormat, Timestamp, TokenHash, WriteId } from './format';

export const ShareRecordSchema = z.strictObject({
  format: RecordFormat,
  payload: EncryptedPayloadSchema,
  ownerTokenHash: TokenHash,
  createdAt: Timestamp,
  expiresAt: Timestamp,
  writeId: WriteId,
});
export type ShareRecord = z.infer<typeof ShareRecordSchema>;

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
