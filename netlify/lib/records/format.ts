// The one format number of every record the server stores (entries, shares, replies and the tombstones of entries
// and shares), and the fields those records have in common. A record says its format in `format`; a stored record
// in any other format is never served and never overwritten (it may come from a newer version, after a rollback).
//
// Record formats so far:
//   1. `{ v: 1, iv, ciphertext, … }` for entries and shares, where `v` was both the record's and the payload's
//      version; replies `{ format: 1, id, payload, createdAt, writeId }`. Rewritten as format 2 by
//      `npm run migrate:records` (netlify/lib/migration/); the functions no longer read it.
//   2. `{ format: 2, … }`, the payload under `payload` with its own `v`. The current format.
//
// Not record formats, and not declared here: the payload's `v` (the browser's encryption format, 1 or 2 for entries
// and shares, 1 for replies, in src/shared/schemas/vault.ts) and the `lodestar/v2/…` associated data the browser
// binds ciphertext to. The server stores those as sent and never changes them.
import { z } from 'zod';
import { ID_PATTERN } from '../../../src/shared/model/ids';

/** The format every record is written in, and the only one the functions read. */
export const RECORD_FORMAT = 2;
export const RecordFormat = z.literal(RECORD_FORMAT);

/** SHA-256 of an owner token, hex (tokens.ts). */
export const TokenHash = z.string().regex(/^[0-9a-f]{64}$/);
/** Counts an entry's writes; the ETag is `"<revision>"`. */
export const Revision = z.number().int().positive();
/** Random per write: lets a write recognise itself when reading back (storage.ts). 22 base64url characters, as ids. */
export const WriteId = z.string().regex(ID_PATTERN);
export const Timestamp = z.iso.datetime();
