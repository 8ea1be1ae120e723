// Property-based test of the entries handler (fast-check): random batches of creates, retried creates,
// updates with fresh, stale, weak, listed, "*" or unparseable tags, deletes, reads, and a stranger's requests,
// from several clients of one journal, each batch sent concurrently to the real handler and a local Blobs
// server. After every batch the invariants below must hold; a deleted id stays a tombstone and is never created again.
import fc from 'fast-check';
import { getStore } from '@netlify/blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import entries from '../../netlify/functions/entries.mts';
import { EntryRecordSchema, EntryTombstoneSchema } from '../../netlify/lib/records';
import type { EncryptedPayload } from '../../src/shared/schemas/vault';
import { call, newId, newOwnerToken, putJson } from '../support/api';
import { useLocalBlobs } from '../support/blobs';
import { opaquePayload } from './harness/ciphertext';

useLocalBlobs({ beforeAll, afterAll });

const CLIENTS = ['tab', 'phone', 'laptop'] as const;
type Client = (typeof CLIENTS)[number];
const TAGS = ['fresh', 'stale', 'future', 'star', 'weak', 'list', 'garbage'] as const;
type Tag = (typeof TAGS)[number];

type Command =
  | { kind: 'create' | 'retryCreate' | 'read'; client: Client; slot: number }
  | { kind: 'update'; client: Client; slot: number; tag: Tag }
  | { kind: 'delete'; client: Client; slot: number; tag: Tag | 'none' }
  | { kind: 'strangerCreate' | 'strangerUpdate'; slot: number };

const SLOTS = 3;
const client = fc.constantFrom(...CLIENTS);
const slot = fc.nat(SLOTS - 1);
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('create' as const, 'retryCreate' as const, 'read' as const),
      client,
      slot,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('update' as const), client, slot, tag: fc.constantFrom(...TAGS) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      client,
      slot,
      tag: fc.constantFrom(...TAGS, 'none' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('strangerCreate' as const, 'strangerUpdate' as const), slot }),
  },
);
/**
 * Commands sent together. A batch never both deletes and creates one id: then every acknowledged delete ends the
 * id at a known point (the racing case is in tombstones.test.ts), and every create after it must be refused.
 */
const batch = fc.array(command, { minLength: 1, maxLength: 4 }).map((commands) => {
  const deleted = new Set(commands.filter((c) => c.kind === 'delete').map((c) => c.slot));
  return commands.filter(
    (c) => !((c.kind === 'create' || c.kind === 'retryCreate' || c.kind === 'strangerCreate') && deleted.has(c.slot)),
  );
});

const ifMatchFor = (tag: Tag, seen: number): string =>
  ({
    fresh: `"${seen}"`,
    stale: `"${seen - 1}"`,
    future: `"${seen + 1}"`,
    star: '*',
    weak: `W/"${seen}"`,
    list: `"x", "${seen}"`,
    garbage: 'abc',
  })[tag];

interface Ack {
  revision: number;
  ciphertext: string;
  batch: number;
}

/** One run: fresh ids, one owner token per id shared by the clients, and the record of what was acknowledged. */
class Run {
  readonly ids = Array.from({ length: SLOTS }, () => newId());
  readonly token = newOwnerToken();
  readonly stranger = newOwnerToken();
  readonly seen = new Map<string, number>();
  readonly lastCreate = new Map<string, EncryptedPayload>();
  /** Acknowledged writes of each slot, until its delete. */
  readonly acks: Ack[][] = Array.from({ length: SLOTS }, () => []);
  /** Slots whose delete was acknowledged: their ids are tombstones for good. */
  readonly gone = new Set<number>();

  headers(extra: Record<string, string>, token = this.token) {
    return { authorization: `Bearer ${token}`, ...extra };
  }

  async send(c: Command): Promise<{
    command: Command;
    status: number;
    etag: string | null;
    body: Record<string, unknown> | null;
    ciphertext?: string;
  }> {
    const path = `/api/entries/${this.ids[c.slot]}`;
    const seenKey = 'client' in c ? `${c.client}/${c.slot}` : '';
    const seen = this.seen.get(seenKey) ?? 0;
    let response: Response;
    let ciphertext: string | undefined;
    if (c.kind === 'strangerCreate' && this.acks[c.slot]!.length === 0 && !this.gone.has(c.slot)) {
      // The stranger only tries ids the journal holds (a free id would simply become the stranger's): here it
      // tries to read instead, which must find nothing.
      response = await call(entries, path, { headers: this.headers({}, this.stranger) });
    } else if (c.kind === 'create' || c.kind === 'retryCreate' || c.kind === 'strangerCreate') {
      const reuse = c.kind === 'retryCreate' ? this.lastCreate.get(seenKey) : undefined;
      const payload = reuse ?? opaquePayload();
      if (c.kind !== 'strangerCreate') this.lastCreate.set(seenKey, payload);
      ciphertext = payload.ciphertext;
      response = await putJson(
        entries,
        path,
        payload,
        this.headers({ 'if-none-match': '*' }, c.kind === 'strangerCreate' ? this.stranger : this.token),
      );
    } else if (c.kind === 'update' || c.kind === 'strangerUpdate') {
      const payload = opaquePayload();
      ciphertext = payload.ciphertext;
      const ifMatch = c.kind === 'update' ? ifMatchFor(c.tag, seen) : '*';
      response = await putJson(
        entries,
        path,
        payload,
        this.headers({ 'if-match': ifMatch }, c.kind === 'strangerUpdate' ? this.stranger : this.token),
      );
    } else if (c.kind === 'delete') {
      response = await call(entries, path, {
        method: 'DELETE',
        headers: this.headers(c.tag === 'none' ? {} : { 'if-match': ifMatchFor(c.tag, seen) }),
      });
    } else {
      response = await call(entries, path, { headers: this.headers(seen > 0 ? { 'if-none-match': `"${seen}"` } : {}) });
    }
    const etag = response.headers.get('etag');
    const text = await response.text();
    // Every answer is a revision the client learns from, 412s included; a 404 or 204 means it is gone.
    if (seenKey && etag) this.seen.set(seenKey, Number(etag.replace(/"/g, '')));
    if (seenKey && (response.status === 404 || response.status === 204)) this.seen.set(seenKey, 0);
    return {
      command: c,
      status: response.status,
      etag,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
      ...(ciphertext ? { ciphertext } : {}),
    };
  }
}

async function storedRecord(id: string): Promise<unknown> {
  return getStore({ name: 'entries', consistency: 'strong' }).get(id, { type: 'json' });
}

describe('the entries handler under random concurrent use', () => {
  it('never acknowledges two writes of one revision, never goes back, never duplicates, never stores anything invalid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(batch, { minLength: 1, maxLength: 20 }), async (batches) => {
        const run = new Run();
        for (const [index, commands] of batches.entries()) {
          const answers = await Promise.all(commands.map((c) => run.send(c)));
          for (const answer of answers) {
            const { command: c, status } = answer;
            // No 5xx, and only the statuses the contract names for each request.
            const allowed = {
              create: [201, 412],
              retryCreate: [201, 412],
              strangerCreate: [409, 404],
              update: [200, 404, 412],
              strangerUpdate: [404],
              delete: [204, 404, 412],
              read: [200, 304, 404],
            }[c.kind];
            // A create on a deleted id is 410, whoever sends it; anything else answers as for an absent id.
            const creates = c.kind === 'create' || c.kind === 'retryCreate' || c.kind === 'strangerCreate';
            const expected = run.gone.has(c.slot) ? (creates ? [410] : allowed.filter((x) => x === 404)) : allowed;
            expect(expected, `${c.kind} answered ${status}`).toContain(status);
          }
          for (let s = 0; s < SLOTS; s++) {
            const mine = answers.filter((a) => a.command.slot === s);
            const before = Math.max(0, ...run.acks[s]!.map((a) => a.revision));
            const written = mine.filter((a) => (a.status === 201 || a.status === 200) && a.command.kind !== 'read');
            for (const w of written) {
              const revision = (w.body as { revision: number }).revision;
              // Revisions only go forward, and each is acknowledged once per generation.
              expect(revision, `${w.command.kind} acknowledged revision ${revision} after ${before}`).toBeGreaterThan(
                before,
              );
              expect(run.acks[s]!.some((a) => a.revision === revision)).toBe(false);
              expect(w.etag).toBe(`"${revision}"`);
              run.acks[s]!.push({ revision, ciphertext: w.ciphertext!, batch: index });
            }
            // A 412 names a revision that was acknowledged to someone, in its ETag and its body alike.
            for (const refused of mine.filter((a) => a.status === 412)) {
              const current = (refused.body as { currentRevision: number }).currentRevision;
              expect(refused.etag).toBe(`"${current}"`);
              expect(run.acks[s]!.some((a) => a.revision === current)).toBe(true);
            }
            // Without faults, every revision the server holds was acknowledged: 1, 2, … with no gaps.
            const revisions = run.acks[s]!.map((a) => a.revision).sort((a, b) => a - b);
            expect(revisions).toEqual(revisions.map((_, i) => i + 1));
            const deletes = mine.filter((a) => a.status === 204);
            expect(deletes.length).toBeLessThanOrEqual(1);
            if (deletes.length === 1) {
              run.acks[s] = [];
              run.gone.add(s);
            }

            // What is stored is the last acknowledged write, in the current format, a tombstone, or nothing at all.
            const stored = await storedRecord(run.ids[s]!);
            if (run.gone.has(s)) {
              expect(Object.keys(EntryTombstoneSchema.parse(stored))).not.toContain('ownerTokenHash');
              continue;
            }
            const last = run.acks[s]!.at(-1);
            if (!last) {
              expect(stored).toBeNull();
              continue;
            }
            const record = EntryRecordSchema.parse(stored);
            expect({ revision: record.revision, ciphertext: record.payload.ciphertext }).toEqual({
              revision: last.revision,
              ciphertext: last.ciphertext,
            });
          }
        }
        // A retried create never made a second copy: the store holds exactly the ids that exist or were deleted, once each.
        const keys = new Set(
          (await getStore({ name: 'entries', consistency: 'strong' }).list()).blobs.map((b) => b.key),
        );
        expect(run.ids.filter((id) => keys.has(id))).toEqual(
          run.ids.filter((_, s) => run.acks[s]!.length > 0 || run.gone.has(s)),
        );
      }),
      { numRuns: 80 },
    );
  }, 180_000);
});
