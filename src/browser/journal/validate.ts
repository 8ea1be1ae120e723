// Shape checks for what the journal reads back from localStorage. Hand-written rather than zod: this runs in the
// islands, where zod would be most of their JavaScript. A value that fails is kept as unreadable, never trusted.
import { isCoachSource } from '../../shared/coach';
import type { CheckIn, Commitment, CommitmentState, EntryContent, JournalEntry, JournalShare, SyncState, Tombstone, UploadAttempt } from './types';

type Obj = Record<string, unknown>;
const SYNC_STATES: SyncState[] = ['synced', 'pending', 'conflict', 'deleted-elsewhere', 'tampered', 'too-large'];
/** Server ids are 128-bit, tokens 256-bit, both base64url. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isRevision = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isId = (v: unknown): v is string => isString(v) && ID_PATTERN.test(v);
const isToken = (v: unknown): v is string => isString(v) && TOKEN_PATTERN.test(v);

function isFollowUp(v: unknown): boolean {
  return isObject(v) && isString(v['question']) && isString(v['answer']) && typeof v['skipped'] === 'boolean' && isCoachSource(v['source']);
}

function isPromptAnswer(v: unknown): boolean {
  return isObject(v) && isString(v['answer']) && Array.isArray(v['followUps']) && v['followUps'].every(isFollowUp);
}

function isSummary(v: unknown): boolean {
  return isObject(v) && isString(v['text']) && isString(v['createdAt']) && isCoachSource(v['source']);
}

const COMMITMENT_STATES: CommitmentState[] = ['open', 'done', 'dropped'];
const isState = (v: unknown) => COMMITMENT_STATES.includes(v as CommitmentState);
const isDay = (v: unknown) => isString(v) && /^\d{4}-\d{2}-\d{2}$/.test(v);
/** Commitment ids are 96-bit, base64url. */
const COMMITMENT_ID = /^[A-Za-z0-9_-]{16}$/;

export function isCommitment(v: unknown): v is Commitment {
  return (
    isObject(v) &&
    isString(v['id']) &&
    COMMITMENT_ID.test(v['id']) &&
    isString(v['source']) &&
    isString(v['text']) &&
    (v['due'] === null || isDay(v['due'])) &&
    isState(v['state']) &&
    isString(v['note']) &&
    isString(v['updatedAt'])
  );
}

export function isCheckIn(v: unknown): v is CheckIn {
  return isObject(v) && isString(v['commitmentId']) && isString(v['text']) && isState(v['state']) && isString(v['note']);
}

/** Optional lists: absent in entries saved before commitments existed; when there, every item must fit. */
const isOptionalList = (v: unknown, item: (x: unknown) => boolean) => v === undefined || (Array.isArray(v) && v.every(item));

/** A saved reflection's content, as stored locally or decrypted from the server. */
export function isEntryContent(v: unknown): v is EntryContent {
  return (
    isObject(v) &&
    v['v'] === 1 &&
    isString(v['setId']) &&
    isString(v['setTitle']) &&
    Array.isArray(v['prompts']) &&
    v['prompts'].every((p) => isObject(p) && isString(p['id']) && isString(p['text'])) &&
    isObject(v['answers']) &&
    Object.values(v['answers']).every(isPromptAnswer) &&
    (v['summary'] === null || isSummary(v['summary'])) &&
    isString(v['savedAt']) &&
    isOptionalList(v['commitments'], isCommitment) &&
    isOptionalList(v['checkIns'], isCheckIn)
  );
}

function isAttempt(v: unknown): v is UploadAttempt {
  return isObject(v) && isRevision(v['revision']) && isString(v['iv']) && isCount(v['edits']);
}

export function isEntry(v: unknown): v is JournalEntry {
  return (
    isObject(v) &&
    isString(v['localId']) &&
    isId(v['id']) &&
    isToken(v['token']) &&
    (v['revision'] === null || isRevision(v['revision'])) &&
    isCount(v['highestSeen']) &&
    (v['serverRevision'] === null || isRevision(v['serverRevision'])) &&
    isCount(v['edits']) &&
    Array.isArray(v['attempts']) &&
    v['attempts'].every(isAttempt) &&
    SYNC_STATES.includes(v['sync'] as SyncState) &&
    isEntryContent(v['content']) &&
    isString(v['createdAt']) &&
    isString(v['updatedAt'])
  );
}

export function isShare(v: unknown): v is JournalShare {
  return (
    isObject(v) &&
    isId(v['id']) &&
    isToken(v['token']) &&
    isString(v['link']) &&
    isString(v['expiresAt']) &&
    isString(v['createdAt']) &&
    (v['entryLocalId'] === null || isString(v['entryLocalId'])) &&
    isString(v['setTitle'])
  );
}

export function isTombstone(v: unknown): v is Tombstone {
  return isObject(v) && (v['kind'] === 'entry' || v['kind'] === 'share') && isId(v['id']) && isToken(v['token']);
}

/**
 * An entry written by the first journal format (server-chosen ids): the same reflection with the fields renamed.
 * One that never reached the server gets its id and token now, like any new entry.
 */
export function migrateV1Entry(v: unknown, newId: () => string, newToken: () => string): JournalEntry | undefined {
  if (!isObject(v) || !isString(v['localId']) || !isEntryContent(v['content']) || !isString(v['createdAt']) || !isString(v['updatedAt'])) return undefined;
  const onServer = isId(v['serverId']) && isToken(v['ownerToken']) && isRevision(v['revision']);
  const revision = onServer ? (v['revision'] as number) : null;
  const sync = onServer && (v['sync'] === 'synced' || v['sync'] === 'conflict') ? v['sync'] : 'pending';
  return {
    localId: v['localId'],
    id: onServer ? (v['serverId'] as string) : newId(),
    token: onServer ? (v['ownerToken'] as string) : newToken(),
    revision,
    highestSeen: revision ?? 0,
    serverRevision: null,
    edits: 0,
    attempts: [],
    sync,
    content: v['content'],
    createdAt: v['createdAt'],
    updatedAt: v['updatedAt'],
  };
}

/** A share written by the first journal format (`ownerToken` instead of `token`). */
export function migrateV1Share(v: unknown): JournalShare | undefined {
  if (!isObject(v)) return undefined;
  const { ownerToken, ...rest } = v;
  const share: Obj = { ...rest, token: ownerToken };
  return isShare(share) ? share : undefined;
}

/** Any id/token pairs inside an unreadable item, so "Delete everything" can still reach their server copies. */
export function salvageServerCopies(v: unknown): Tombstone[] {
  if (!isObject(v)) return [];
  const id = v['id'] ?? v['serverId'];
  const token = v['token'] ?? v['ownerToken'];
  if (!isId(id) || !isToken(token)) return [];
  return [{ kind: isString(v['link']) ? 'share' : 'entry', id, token }];
}
