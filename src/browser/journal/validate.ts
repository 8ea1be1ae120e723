// Shape checks for the journal's own bookkeeping as it reads back from localStorage (entries with their sync state,
// shares, tombstones, and the first format's items). What an entry holds is checked by the model's isEntryContent.
// A value that fails is kept as unreadable, never trusted.
import { isEntryContent } from '../../shared/model/entry-content';
import { isId, isOwnerToken as isToken } from '../../shared/model/ids';
import {
  hasFields,
  isObject,
  isOneOf,
  isString,
  listOf,
  nullable,
  type PlainObject as Obj,
} from '../../shared/model/plain';
import type { JournalEntry, JournalShare, SyncState, Tombstone, UploadAttempt } from './types';

const isSyncState = isOneOf<SyncState>(['synced', 'pending', 'conflict', 'deleted-elsewhere', 'tampered', 'too-large']);
const isTombstoneKind = isOneOf<Tombstone['kind']>(['entry', 'share']);

const isRevision = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

const isAttempt = (v: unknown): v is UploadAttempt =>
  hasFields(v, { revision: isRevision, iv: isString, edits: isCount });

export const isEntry = (v: unknown): v is JournalEntry =>
  hasFields(v, {
    localId: isString,
    id: isId,
    token: isToken,
    revision: nullable(isRevision),
    highestSeen: isCount,
    serverRevision: nullable(isRevision),
    edits: isCount,
    attempts: listOf(isAttempt),
    sync: isSyncState,
    content: isEntryContent,
    createdAt: isString,
    updatedAt: isString,
  });

export const isShare = (v: unknown): v is JournalShare =>
  hasFields(v, {
    id: isId,
    token: isToken,
    link: isString,
    expiresAt: isString,
    createdAt: isString,
    entryLocalId: nullable(isString),
    setTitle: isString,
  });

export const isTombstone = (v: unknown): v is Tombstone =>
  hasFields(v, { kind: isTombstoneKind, id: isId, token: isToken });

/**
 * An entry written by the first journal format (server-chosen ids): the same reflection with the fields renamed.
 * One that never reached the server gets its id and token now, like any new entry.
 */
export function migrateV1Entry(v: unknown, newId: () => string, newToken: () => string): JournalEntry | undefined {
  if (
    !isObject(v) ||
    !isString(v['localId']) ||
    !isEntryContent(v['content']) ||
    !isString(v['createdAt']) ||
    !isString(v['updatedAt'])
  )
    return undefined;
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
