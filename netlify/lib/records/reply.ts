// A reply at rest, in one of a share's numbered slots: the reader's ciphertext and the id the owner deletes it by.
import { z } from 'zod';
import { ReplyRequestSchema } from '../../../src/shared/schemas/vault';
import { RecordFormat, Timestamp, WriteId } from './format';

export const ReplyRecordSchema = z.strictObject({
  format: RecordFormat,
  /** 22 base64url characters, chosen by the server: what the owner names to delete it. */
  id: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  payload: ReplyRequestSchema,
  createdAt: Timestamp,
  writeId: WriteId,
});
export type ReplyRecord = z.infer<typeof ReplyRecordSchema>;
