// Opening a shared summary for whoever holds its link (the /s/ page): the link's fragment, the fetch, and the check
// that the ciphertext opens with the link's key and id. The viewer believes the sealed expiry, not the server's.
import { ID_PATTERN, LINK_KEY_PATTERN } from '../../shared/model/ids';
import { shareAad } from '../../shared/model/sealed-payload';
import { isShareContent, type ShareContent } from '../../shared/model/share-content';
import * as api from '../vault-api';
import { decryptJson } from '../vault-crypto';

/** The server sets its own expiry from its clock; beyond this difference the stored expiry was changed. */
const EXPIRY_TOLERANCE_MS = 60 * 60 * 1000;

/** Splits a share link's fragment ("<id>.<key>") into its parts, or undefined when it cannot be one. */
export function parseShareFragment(hash: string): { id: string; key: string } | undefined {
  const [id = '', key = '', ...rest] = hash.replace(/^#/, '').split('.');
  return rest.length === 0 && ID_PATTERN.test(id) && LINK_KEY_PATTERN.test(key) ? { id, key } : undefined;
}

export type OpenedShare =
  /** Absent, revoked, expired, or a link that is not one: all look the same to the reader. */
  | { kind: 'unavailable' }
  /** The ciphertext does not open with this link's key and id: changed on the server, or a damaged link. */
  | { kind: 'changed' }
  /** `serverExpiryChanged`: the server's record of the expiry does not match the sealed one (shown instead). */
  | { kind: 'ready'; content: ShareContent; serverExpiryChanged: boolean };

/** Fetches and opens a shared summary for its reader. Only "no answer at all" throws (OfflineError). */
export async function openShare(fetcher: api.Fetch, hash: string, now = new Date()): Promise<OpenedShare> {
  const parts = parseShareFragment(hash);
  if (!parts) return { kind: 'unavailable' };
  const stored = await api.fetchShare(fetcher, parts.id).catch((error: unknown) => {
    if (error instanceof api.ApiError) return { kind: 'not-found' } as const;
    throw error;
  });
  if (stored.kind === 'not-found') return { kind: 'unavailable' };
  let plain: unknown;
  try {
    plain = await decryptJson(parts.key, stored.payload, shareAad(parts.id));
  } catch {
    return { kind: 'changed' };
  }
  if (!isShareContent(plain, stored.payload.v)) return { kind: 'changed' };
  // A first-format share has no sealed expiry: the server's is all there is.
  const content = (
    stored.payload.v === 1 ? { ...(plain as object), v: 2, expiresAt: stored.expiresAt } : plain
  ) as ShareContent;
  if (Date.parse(content.expiresAt) <= now.getTime()) return { kind: 'unavailable' };
  const serverExpiry = Date.parse(stored.expiresAt);
  const serverExpiryChanged =
    !Number.isNaN(serverExpiry) && Math.abs(serverExpiry - Date.parse(content.expiresAt)) > EXPIRY_TOLERANCE_MS;
  return { kind: 'ready', content, serverExpiryChanged };
}
