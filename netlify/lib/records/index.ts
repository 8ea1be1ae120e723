// The stored records' front door: one module per record, one format number, one reader.
export { RECORD_FORMAT } from './format';
export { EntryRecordSchema, type EntryRecord } from './entry';
export { ShareRecordSchema, shareExpiry, type ShareRecord } from './share';
export { ReplyRecordSchema, type ReplyRecord } from './reply';
export {
  EntryTombstoneSchema,
  ReplyTombstoneSchema,
  ShareTombstoneSchema,
  type EntryTombstone,
  type ReplyTombstone,
  type ShareTombstone,
} from './tombstone';
export { readStored, type LiveRecord, type Stored } from './read';
