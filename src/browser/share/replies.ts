// Replies for whoever holds a share's link (the /s/ page): writing one (encrypted in their browser with the link's
// key, bound to the share by replyAad, sent as ciphertext) and opening the thread with the same key.
import { REPLY_MAX_BYTES, REPLY_MAX_CHARS } from '../../shared/model/limits';
import { isObject } from '../../shared/model/plain';
import { replyAad } from '../../shared/model/sealed-payload';
import { isReplyContent, type ReplyContent } from '../../shared/model/share-content';
import * as api from '../vault-api';
import { decryptJson, encryptJson } from '../vault-crypto';

/** A reply in the viewer's thread; `text: null` when it does not open with this link's key. */
export interface ThreadReply {
  id: string;
  createdAt: string;
  text: string | null;
}

/** A reply that was not sent, with a sentence that says why and what to do; the person's text is kept. */
export class ReplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplyError';
  }
}

/** Oldest first, then by id: the order every list of replies is shown in. */
export const byAge = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

async function openOne(key: string, shareId: string, reply: api.SealedReply): Promise<ThreadReply> {
  try {
    // Reply format 1 is always AES-GCM with associated data: what the cipher module calls its format 2.
    const plain = await decryptJson(key, { v: 2, iv: reply.iv, ciphertext: reply.ciphertext }, replyAad(shareId));
    const text = isReplyContent(plain) ? plain.text : null;
    return { id: reply.id, createdAt: reply.createdAt, text };
  } catch {
    return { id: reply.id, createdAt: reply.createdAt, text: null };
  }
}

/** Opens a share's replies with the link's key, oldest first; one that does not open is kept with `text: null`. */
export async function openReplies(key: string, shareId: string, replies: api.SealedReply[]): Promise<ThreadReply[]> {
  return (await Promise.all(replies.map((r) => openOne(key, shareId, r)))).sort(byAge);
}

/**
 * A fetch that keeps a copy of the last answer, so the viewer reads the replies from the same GET that brought the
 * summary (openShare reads the summary; the thread reads `replies` from this copy).
 */
export function recordingFetch(base: api.Fetch): {
  fetch: api.Fetch;
  lastBody: () => Promise<Record<string, unknown>>;
} {
  let last: Response | undefined;
  return {
    fetch: async (input, init) => {
      const response = await base(input, init);
      last = response.clone();
      return response;
    },
    lastBody: async () => {
      const body: unknown = await last?.json().catch(() => undefined);
      return isObject(body) ? body : {};
    },
  };
}

/** Encrypts and sends a reader's reply; the sentence in a ReplyError says what to do, and the text stays with them. */
export async function sendReply(fetcher: api.Fetch, shareId: string, key: string, text: string): Promise<ThreadReply> {
  const trimmed = text.trim();
  if (!trimmed) throw new ReplyError('Write your reply first, then send it.');
  if (trimmed.length > REPLY_MAX_CHARS)
    throw new ReplyError(
      `This reply is longer than ${REPLY_MAX_CHARS.toLocaleString('en')} characters. Shorten it, then send it again.`,
    );
  const content: ReplyContent = { v: 1, text: trimmed, writtenAt: new Date().toISOString() };
  const { iv, ciphertext } = await encryptJson(key, content, replyAad(shareId));
  const sealed = { v: 1 as const, iv, ciphertext };
  if (JSON.stringify(sealed).length > REPLY_MAX_BYTES)
    throw new ReplyError('This reply is too long to send. Shorten it, then send it again.');
  let answer: api.ReplySend;
  try {
    answer = await api.postReply(fetcher, shareId, sealed);
  } catch (error) {
    throw new ReplyError(sendFailure(error));
  }
  if (answer.kind === 'not-found')
    throw new ReplyError(
      'This link is no longer available, so your reply was not sent. Your text is still here; copy it if you want to keep it.',
    );
  return { id: answer.id, createdAt: answer.createdAt, text: trimmed };
}

function sendFailure(error: unknown): string {
  if (error instanceof api.OfflineError)
    return 'You seem to be offline, so your reply was not sent. It is still here; send it again when you are back online.';
  if (error instanceof api.ApiError && error.status === 413)
    return 'This reply is too long to send. Shorten it, then send it again.';
  if (error instanceof api.ApiError && error.status >= 400 && error.status < 500)
    return `${error.message} Your text is still here.`;
  return 'The server could not take your reply just now. It is still here; try again in a moment.';
}
