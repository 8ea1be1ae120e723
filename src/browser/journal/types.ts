// The journal's data as this browser keeps it in localStorage: plaintext copies (so it reads and writes offline),
// the journal key, and for each entry the id, owner token and revisions the sync needs. Types only; what an entry
// holds (EntryContent) is the model's (src/shared/model).
import type { EntryContent } from '../../shared/model/entry-content';
import type { ShareKind } from '../../shared/model/share-content';

/** A reply to one of this journal's shares, opened with the share's key (cached here so it reads offline). */
export interface ShareReply {
  id: string;
  createdAt: string;
  text: string;
}

/**
 * synced: the server has this version. pending: waits for a connection. conflict: another tab or device saved a newer
 * version first. deleted-elsewhere: the server copy was deleted (e.g. from another device). tampered: the server
 * answered with a copy that is not one this journal wrote. too-large: over the server's size cap.
 */
export type SyncState = 'synced' | 'pending' | 'conflict' | 'deleted-elsewhere' | 'tampered' | 'too-large';

/** One upload whose answer has not arrived: its IV recognises our own write when a retry meets it on the server. */
export interface UploadAttempt {
  revision: number;
  iv: string;
  edits: number;
}

export interface JournalEntry {
  /** Stable on this device (drafts link to it); for entries made since ids are chosen here, equal to `id`. */
  localId: string;
  /** The server id (22 base64url characters), chosen in this browser before the first upload. */
  id: string;
  /** The owner token (43 base64url characters), chosen with the id; the server keeps only its hash. */
  token: string;
  /** The server revision this device's content is based on; null until a create is acknowledged. */
  revision: number | null;
  /** The highest revision any answer named: a lower one offered later is a rollback and is refused. */
  highestSeen: number;
  /** The server's revision learned from a refused write (412): what "Keep this version" names in If-Match. */
  serverRevision: number | null;
  /** Counts saves on this device; an upload that carried an older count leaves the entry pending. */
  edits: number;
  attempts: UploadAttempt[];
  sync: SyncState;
  content: EntryContent;
  createdAt: string;
  updatedAt: string;
}

export interface JournalShare {
  id: string;
  token: string;
  /** The whole link, key included after the #. */
  link: string;
  /** The expiry sealed inside the share (what its reader is shown). */
  expiresAt: string;
  createdAt: string;
  entryLocalId: string | null;
  setTitle: string;
  /** What was shared: a reflection's summary (absent in older shares) or an update for the mentor. */
  kind?: ShareKind;
  /** Replies its reader wrote, as last fetched (absent until the first fetch). */
  replies?: ShareReply[];
}

/** A server copy to delete: kept until the server confirms (204 or 404), so offline deletions finish later. */
export interface Tombstone {
  kind: 'entry' | 'share';
  id: string;
  token: string;
}

export interface Journal {
  v: 2;
  key: string | null;
  entries: JournalEntry[];
  shares: JournalShare[];
  tombstones: Tombstone[];
  /** Stored items this version cannot read (damaged, or from a newer version), kept as text until removed. */
  unreadable: string[];
}
