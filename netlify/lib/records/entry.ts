// A journal entry at rest: the browser's ciphertext, the owner token's hash and the revision its ETag names.
import { z } from 'zod';
import { EncryptedPayloadSchema } from '../../../src/shared/schemas/vault';
import { RecordFormat, Revision, Timestamp, TokenHash, WriteId } from './format';

export const EntryRecordSchema = z.strictObject({
  format: RecordFormat,
  payload: EncryptedPayloadSchema,
  ownerTokenHash: TokenHash,
  /** Counts writes; the ETag is `"<revision>"` and the client's If-Match names the one it last saw. */
  revision: Revision,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  writeId: WriteId,
});
export type EntryRecord = z.infer<typeof EntryRecordSchema>;
