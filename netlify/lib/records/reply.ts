// A reply at rest, in one of a share's numbered slots: the reader's ciphertext and the id the owner deletes it by.
import { z } from 'zod';
import { ID_PATTERN } from '../../../src/shared/model/ids';
import { ReplyRequestSchema } from '../../../src/shared/schemas/vault';
import { RecordFormat, Timestamp, WriteId } from './format';

export const ReplyRecordSchema = z.strictObject({
  format: RecordFormat,
  /** 22 base64url characters, chosen by the server: what the owner names to delete it. */
  id: z.string().regex(ID_PATTERN),
  payload: ReplyRequestSchema,
  createdAt: Timestamp,
  writeId: WriteId,
});
export type ReplyRecord = z.infer<typeof ReplyRecordSchema>;
