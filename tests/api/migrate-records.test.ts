// The migration from record format 1 (netlify/lib/migration/), against the real local Blobs store through the real
// @netlify/blobs API, then read back through the real handlers.
//
// The format-1 records are laid out field for field as the first code wrote them (entries and shares
// `{ v: 1, iv, ciphertext, … }`, replies `{ format: 1, … }` as reply-store.ts wrote them until this change), with
// payloads sealed by the browser's own crypto (src/browser/vault-crypto.ts). "Reads the same in the browser" is
// shown at the API: after the migration the handlers answer with the very v, IV, ciphertext and revision (and ETag)
// of the old record, the token hash at rest is unchanged, and the browser's decryptJson opens the answer. What this
// cannot show: a browser's own stored state (its last-seen revisions), which the unchanged revision keeps valid.
import { getStore, setEnvironmentContext } from '@netlify/blobs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import entries from '../../netlify/functions/entries.mts';
import shares from '../../netlify/functions/shares.mts';
import { migrateRecords, needsRerun } from '../../netlify/lib/migration/migrate-records';
import { hashToken } from '../../netlify/lib/tokens';
import { replyAad } from '../../src/shared/model/sealed-payload';
import { decryptJson, encryptJson, newKey } from '../../src/browser/vault-crypto';
import { call, newId, newOwnerToken, putJson } from '../support/api';
import { pointBlobsAt, startLocalBlobs, type LocalBlobs } from '../support/blobs';
import { opaquePayload } from './harness/ciphertext';
import { startStoreProxy } from './harness/store-proxy';

let blobs: LocalBlobs;
beforeEach(async () => {
  // Each test a store of its own: the migration reads whole stores.
  blobs = await startLocalBlobs();
});
afterEach(async () => {
  await blobs.stop();
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const store = (name: 'entries' | 'shares' | 'replies') => getStore({ name, consistency: 'strong' });
/** The entry's URL at the local server itself, past the harness: another instance's write, unseen by it. */
const direct = (id: string) => `${blobs.url}/${blobs.siteID}/site:entries/${id}`;
const iso = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();

/** A format-1 entry as the first code stored it: the browser's v1 ciphertext (no associated data) at the top level. */
async function format1Entry(key: string, text: string, revision = 3) {
  const token = newOwnerToken();
  const sealed = await encryptJson(key, { text });
  const record = {
    v: 1,
    iv: sealed.iv,
    ciphertext: sealed.ciphertext,
    ownerTokenHash: hashToken(token),
    revision,
    createdAt: iso(-86_400_000),
    updatedAt: iso(-3_600_000),
  };
  return { id: newId(), token, record };
}

describe('the migration from format 1', () => {
  it('rewrites format-1 entries, shares and replies once; they then read exactly as before, and open in the browser’s crypto', async () => {
    const key = await newKey();
    const entry = await format1Entry(key, 'an old reflection');
    await store('entries').setJSON(entry.id, entry.record);

    const shareId = newId();
    const shareToken = newOwnerToken();
    const shareSealed = await encryptJson(key, { summary: 'an old summary' });
    const share = {
      v: 1,
      iv: shareSealed.iv,
      ciphertext: shareSealed.ciphertext,
      ownerTokenHash: hashToken(shareToken),
      createdAt: iso(-60_000),
      expiresAt: iso(86_400_000),
    };
    await store('shares').setJSON(shareId, share);
    const replySealed = await encryptJson(
      key,
      { v: 1, text: 'an old reply', writtenAt: iso(-30_000) },
      replyAad(shareId),
    );
    const reply = {
      format: 1,
      id: newId(),
      payload: { ...replySealed, v: 1 },
      createdAt: iso(-30_000),
      writeId: newId(),
    };
    await store('replies').setJSON(`${shareId}/00`, reply);

    // Records already current, and blobs in no known format, are left exactly as they are.
    const currentToken = newOwnerToken();
    const currentId = newId();
    expect(
      (
        await putJson(entries, `/api/entries/${currentId}`, opaquePayload(), {
          ...auth(currentToken),
          'if-none-match': '*',
        })
      ).status,
    ).toBe(201);
    const deletedId = newId();
    expect(
      (
        await putJson(entries, `/api/entries/${deletedId}`, opaquePayload(), {
          ...auth(currentToken),
          'if-none-match': '*',
        })
      ).status,
    ).toBe(201);
    expect(
      (await call(entries, `/api/entries/${deletedId}`, { method: 'DELETE', headers: auth(currentToken) })).status,
    ).toBe(204);
    await store('entries').set('not-json', 'not json {');
    await store('entries').setJSON('newer', { format: 3, sealed: 'x' });
    const untouched = await Promise.all(
      [currentId, deletedId, 'not-json', 'newer'].map((k) => store('entries').get(k)),
    );

    // Before: the functions no longer read format 1.
    expect((await call(entries, `/api/entries/${entry.id}`, { headers: auth(entry.token) })).status).toBe(404);

    const report = await migrateRecords();
    expect(report).toEqual({
      entries: { scanned: 5, rewritten: 1, current: 2, changed: 0, unknown: 2, failed: 0 },
      shares: { scanned: 1, rewritten: 1, current: 0, changed: 0, unknown: 0, failed: 0 },
      replies: { scanned: 1, rewritten: 1, current: 0, changed: 0, unknown: 0, failed: 0 },
    });
    expect(needsRerun(report)).toBe(false);

    // The entry: the same bytes, revision, dates and token hash; its ETag names the same revision; it opens.
    const read = await call(entries, `/api/entries/${entry.id}`, { headers: auth(entry.token) });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"3"');
    const answer = (await read.json()) as { v: 1; iv: string; ciphertext: string; revision: number; updatedAt: string };
    expect(answer).toEqual({
      v: 1,
      iv: entry.record.iv,
      ciphertext: entry.record.ciphertext,
      revision: 3,
      updatedAt: entry.record.updatedAt,
    });
    expect(await decryptJson(key, answer)).toEqual({ text: 'an old reflection' });
    const atRest = (await store('entries').get(entry.id, { type: 'json' })) as Record<string, unknown>;
    expect(atRest).toMatchObject({
      format: 2,
      ownerTokenHash: entry.record.ownerTokenHash,
      revision: 3,
      createdAt: entry.record.createdAt,
    });
    // Its next save goes on from the same revision, as the browser expects.
    expect(
      (
        await putJson(entries, `/api/entries/${entry.id}`, opaquePayload(), { ...auth(entry.token), 'if-match': '"3"' })
      ).headers.get('etag'),
    ).toBe('"4"');

    // The share and its reply, for whoever holds the link.
    const shareRead = await call(shares, `/api/shares/${shareId}`);
    expect(shareRead.status).toBe(200);
    const shareAnswer = (await shareRead.json()) as {
      v: 1;
      iv: string;
      ciphertext: string;
      createdAt: string;
      expiresAt: string;
      replies: { v: 1; iv: string; ciphertext: string; id: string; createdAt: string }[];
    };
    expect(shareAnswer).toEqual({
      v: 1,
      iv: share.iv,
      ciphertext: share.ciphertext,
      createdAt: share.createdAt,
      expiresAt: share.expiresAt,
      replies: [{ ...reply.payload, id: reply.id, createdAt: reply.createdAt }],
    });
    expect(await decryptJson(key, shareAnswer)).toEqual({ summary: 'an old summary' });
    // As src/browser/journal/replies.ts opens a reply: AES-GCM with the reply's associated data.
    const opened = shareAnswer.replies[0] ?? reply.payload;
    expect(
      await decryptJson(key, { v: 2, iv: opened.iv, ciphertext: opened.ciphertext }, replyAad(shareId)),
    ).toMatchObject({ text: 'an old reply' });
    expect((await store('shares').get(shareId, { type: 'json' })) as object).toMatchObject({
      format: 2,
      ownerTokenHash: share.ownerTokenHash,
    });
    // The owner still deletes the reply with the share's token.
    expect((await call(shares, `/api/shares/${shareId}`, { method: 'DELETE', headers: auth(shareToken) })).status).toBe(
      204,
    );

    expect(await Promise.all([currentId, deletedId, 'not-json', 'newer'].map((k) => store('entries').get(k)))).toEqual(
      untouched,
    );
  });

  it('rewrites nothing the second time', async () => {
    const key = await newKey();
    const entry = await format1Entry(key, 'twice');
    await store('entries').setJSON(entry.id, entry.record);
    expect((await migrateRecords()).entries.rewritten).toBe(1);
    const after = await store('entries').get(entry.id);
    expect(await migrateRecords()).toEqual({
      entries: { scanned: 1, rewritten: 0, current: 1, changed: 0, unknown: 0, failed: 0 },
      shares: { scanned: 0, rewritten: 0, current: 0, changed: 0, unknown: 0, failed: 0 },
      replies: { scanned: 0, rewritten: 0, current: 0, changed: 0, unknown: 0, failed: 0 },
    });
    expect(await store('entries').get(entry.id)).toBe(after);
  });

  it('counts without writing on a dry run', async () => {
    const entry = await format1Entry(await newKey(), 'dry');
    await store('entries').setJSON(entry.id, entry.record);
    expect((await migrateRecords({ dryRun: true })).entries).toMatchObject({ scanned: 1, rewritten: 1 });
    expect(await store('entries').get(entry.id, { type: 'json' })).toEqual(entry.record);
  });

  it('works through Netlify’s API with signed URLs, the way `--site` reaches the store (as the local server emulates that API)', async () => {
    const entry = await format1Entry(await newKey(), 'through the API');
    await store('entries').setJSON(entry.id, entry.record);
    // No edge URL: @netlify/blobs asks the API for a signed URL per request, and sends the condition to that URL.
    setEnvironmentContext({ siteID: blobs.siteID, token: blobs.token, apiURL: blobs.url });
    try {
      expect((await migrateRecords()).entries).toMatchObject({ scanned: 1, rewritten: 1 });
      expect((await migrateRecords()).entries).toMatchObject({ scanned: 1, rewritten: 0, current: 1 });
    } finally {
      pointBlobsAt(blobs.url, blobs.siteID, blobs.token);
    }
    expect(await store('entries').get(entry.id, { type: 'json' })).toMatchObject({
      format: 2,
      revision: 3,
      ownerTokenHash: entry.record.ownerTokenHash,
    });
  });

  it('leaves a record changed between its read and its write to the change, and rewrites it on the rerun', async () => {
    const key = await newKey();
    const entry = await format1Entry(key, 'first');
    await store('entries').setJSON(entry.id, entry.record);
    // The harness holds the migration's write until a second read of the key, and gives reads an ETag as
    // production does; the change goes straight to the store in between, as another instance's write would.
    const proxy = await startStoreProxy(blobs.url);
    pointBlobsAt(proxy.url, blobs.siteID, blobs.token);
    try {
      proxy.holdWritesUntilReads(entry.id, 2);
      const migration = migrateRecords();
      while (!proxy.log.some((r) => r.method === 'GET' && r.key === entry.id))
        await new Promise((resolve) => setTimeout(resolve, 5));
      const changed = {
        ...entry.record,
        ...(await encryptJson(key, { text: 'changed meanwhile' })),
        revision: 4,
        updatedAt: iso(),
      };
      const written = await fetch(`${direct(entry.id)}`, {
        method: 'PUT',
        headers: auth(blobs.token),
        body: JSON.stringify(changed),
      });
      expect(written.status).toBe(200);
      await getStore({ name: 'entries', consistency: 'strong' }).get(entry.id);

      const report = await migration;
      expect(report.entries).toMatchObject({ scanned: 1, rewritten: 0, changed: 1 });
      expect(needsRerun(report)).toBe(true);
      expect(await store('entries').get(entry.id, { type: 'json' })).toEqual(changed);

      expect((await migrateRecords()).entries).toMatchObject({ rewritten: 1, changed: 0 });
      const read = await call(entries, `/api/entries/${entry.id}`, { headers: auth(entry.token) });
      expect(read.headers.get('etag')).toBe('"4"');
      expect(await decryptJson(key, (await read.json()) as { v: 1; iv: string; ciphertext: string })).toEqual({
        text: 'changed meanwhile',
      });
    } finally {
      pointBlobsAt(blobs.url, blobs.siteID, blobs.token);
      await proxy.stop();
    }
  });

  it('never brings back a record deleted between its read and its write', async () => {
    const entry = await format1Entry(await newKey(), 'deleted meanwhile');
    await store('entries').setJSON(entry.id, entry.record);
    const proxy = await startStoreProxy(blobs.url);
    pointBlobsAt(proxy.url, blobs.siteID, blobs.token);
    try {
      proxy.holdWritesUntilReads(entry.id, 2);
      const migration = migrateRecords();
      while (!proxy.log.some((r) => r.method === 'GET' && r.key === entry.id))
        await new Promise((resolve) => setTimeout(resolve, 5));
      expect((await fetch(`${direct(entry.id)}`, { method: 'DELETE', headers: auth(blobs.token) })).status).toBe(204);
      await getStore({ name: 'entries', consistency: 'strong' }).get(entry.id);
      expect((await migration).entries).toMatchObject({ rewritten: 0, changed: 1 });
      expect(await store('entries').get(entry.id)).toBeNull();
    } finally {
      pointBlobsAt(blobs.url, blobs.siteID, blobs.token);
      await proxy.stop();
    }
  });
});
