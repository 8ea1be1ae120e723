// What a share's ciphertext holds (a reflection's summary or an update, for whoever has the link) and what a
// reader's reply's ciphertext holds, with the expiries a sender may choose.
import { isCoachSource, type CoachSource } from './coach-source';
import { isObject, isString } from './plain';

/** Days a share may live; the sender chooses one. */
export const SHARE_EXPIRY_DAYS = [1, 7, 30] as const;
export type ShareExpiryDays = (typeof SHARE_EXPIRY_DAYS)[number];

/** What `summary` holds: a reflection's summary, or an update for the mentor. */
export type ShareKind = 'summary' | 'update';

/** A share's plaintext. Format 1 (no expiry inside, no associated data) is still read. */
export interface ShareContent {
  v: 2;
  setTitle: string;
  summary: string;
  source: CoachSource;
  note: string;
  sharedAt: string;
  /** Chosen by the sender; the viewer shows this one and stops showing the summary after it. */
  expiresAt: string;
  /** Absent in older shares (a summary). */
  kind?: ShareKind;
}

/** A share's plaintext in the format its payload says (format 1 has no `expiresAt`; its `v` is 1). */
export function isShareContent(v: unknown, version: 1 | 2): boolean {
  if (!isObject(v) || v['v'] !== version) return false;
  const strings = ['setTitle', 'summary', 'note', 'sharedAt', ...(version === 2 ? ['expiresAt'] : [])];
  const kindOk = v['kind'] === undefined || v['kind'] === 'summary' || v['kind'] === 'update';
  return (
    kindOk &&
    strings.every((k) => isString(v[k])) &&
    isCoachSource(v['source']) &&
    (version === 1 || !Number.isNaN(Date.parse(v['expiresAt'] as string)))
  );
}

/** A reader's reply's plaintext. */
export interface ReplyContent {
  v: 1;
  text: string;
  writtenAt: string;
}

/** A reply the owner and reader can show: its text is what counts (`writtenAt` is not read). */
export const isReplyContent = (v: unknown): v is Pick<ReplyContent, 'v' | 'text'> =>
  isObject(v) && v['v'] === 1 && isString(v['text']);
