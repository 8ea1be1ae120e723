// Many instances racing on one key, as on a deployed site: the entries, shares and replies functions built as a
// deploy builds them, each run in several worker threads (separate module instances: no lock, no memory shared;
// tests/api/harness/instances.ts), against one local Blobs store whose conditional writes are atomic. Concurrent
// replies to one share, a reply's deletes racing new replies, updates to one entry, creates of one id, and deletes
// racing updates. What must hold: no acknowledged (2xx) write is ever lost, and every refusal is a 409 or 412 with a
// JSON error whose message is a sentence (no 5xx, no hang).
//
// What production relies on that this cannot show: that Netlify's store applies onlyIfMatch / onlyIfNew atomically
// across its regions and instances, as its documentation says and the local store here does; and that Netlify
// starts instances that take one request at a time (here each instance takes many at once, which only adds races).
import fc from 'fast-check';
import { getStore, setEnvironmentContext } from '@netlify/blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, newOwnerToken } from '../support/api';
import { opaquePayload } from './harness/ciphertext';
import { startInstances, type Instances } from './harness/instances';

const INSTANCES = 4;
let site: Instances;

beforeAll(async () => {
  site = await startInstances(['entries', 'shares', 'share-replies'], INSTANCES);
  setEnvironmentContext(site.blobsContext);
}, 180_000);
afterAll(async () => {
  await site?.stop();
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
interface Answer {
  status: number;
  body: Record<string, unknown> | undefined;
  etag: string | null;
}
async function send(
  method: string,
  path: string,
  init?: { headers?: Record<string, string>; body?: unknown },
): Promise<Answer> {
  const response = await site.request(method, path, init);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
    etag: response.headers.get('etag'),
  };
}

/** A refusal as the contract makes it: 409 or 412, `{ error: { code, message } }`, the message a sentence. */
function expectClearRefusal(answer: Answer): void {
  expect([409, 412]).toContain(answer.status);
  const error = answer.body?.['error'] as { code?: unknown; message?: unknown } | undefined;
  expect(typeof error?.code).toBe('string');
  expect(error?.message).toMatch(/^[A-Z].{10,}[.!?]$/);
}

async function createdEntry(): Promise<{ id: string; token: string }> {
  const id = newId();
  const token = newOwnerToken();
  expect(
    (
      await send('PUT', `/api/entries/${id}`, {
        headers: { ...auth(token), 'if-none-match': '*' },
        body: opaquePayload(),
      })
    ).status,
  ).toBe(201);
  return { id, token };
}

describe(`${INSTANCES} instances of each function, one atomic store`, () => {
  it('stores exactly 20 of 40 simultaneous replies to one share, lists every acknowledged one, and refuses the rest with 409', async () => {
    const shareId = newId();
    expect(
      (
        await send('PUT', `/api/shares/${shareId}`, {
          headers: { ...auth(newOwnerToken()), 'if-none-match': '*' },
          body: { ...opaquePayload(), expiresInDays: 7 },
        })
      ).status,
    ).toBe(201);
    const payloads = Array.from({ length: 40 }, () => opaquePayload(1));
    const answers = await Promise.all(payloads.map((body) => send('POST', `/api/shares/${shareId}/replies`, { body })));

    const acknowledged = answers.flatMap((a, n) =>
      a.status === 201 ? [{ id: a.body?.['id'], ciphertext: payloads[n]?.ciphertext }] : [],
    );
    expect(acknowledged).toHaveLength(20);
    for (const refused of answers.filter((a) => a.status !== 201)) {
      expectClearRefusal(refused);
      expect((refused.body?.['error'] as { code: string }).code).toBe('too_many_replies');
    }
    const listed = ((await send('GET', `/api/shares/${shareId}`)).body?.['replies'] ?? []) as {
      id: string;
      ciphertext: string;
    }[];
    expect(listed.map(({ id, ciphertext }) => ({ id, ciphertext })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      acknowledged.sort((a, b) => String(a.id).localeCompare(String(b.id))),
    );
  });

  it('frees a deleted reply’s slot for one new reply while the owner’s other deletes of it race; no acknowledged reply goes missing', async () => {
    const shareId = newId();
    const owner = newOwnerToken();
    expect(
      (
        await send('PUT', `/api/shares/${shareId}`, {
          headers: { ...auth(owner), 'if-none-match': '*' },
          body: { ...opaquePayload(), expiresInDays: 7 },
        })
      ).status,
    ).toBe(201);
    const held = new Set<string>();
    for (const answer of await Promise.all(
      Array.from({ length: 20 }, () => send('POST', `/api/shares/${shareId}/replies`, { body: opaquePayload(1) })),
    )) {
      expect(answer.status).toBe(201);
      held.add(String(answer.body?.['id']));
    }
    for (let round = 0; round < 4; round++) {
      const doomed = [...held][round * 3] ?? '';
      // The owner deletes one reply from three devices at once (or retries after a lost answer), while six
      // readers reply to the full share.
      const [deletes, replies] = await Promise.all([
        Promise.all(
          [0, 1, 2].map(() => send('DELETE', `/api/shares/${shareId}/replies/${doomed}`, { headers: auth(owner) })),
        ),
        Promise.all(
          Array.from({ length: 6 }, () => send('POST', `/api/shares/${shareId}/replies`, { body: opaquePayload(1) })),
        ),
      ]);
      // One delete removes it; the others find it gone already (404, the answer for a reply that is not there).
      expect(deletes.map((d) => d.status).sort()).toEqual([204, 404, 404]);
      held.delete(doomed);
      for (const answer of replies) {
        if (answer.status === 201) held.add(String(answer.body?.['id']));
        else expectClearRefusal(answer);
      }
      const listed = ((await send('GET', `/api/shares/${shareId}`)).body?.['replies'] ?? []) as { id: string }[];
      expect(listed.map((r) => r.id).sort()).toEqual([...held].sort());
    }
  });

  it('lets exactly one of 12 simultaneous creates of one id through; the creator’s retry learns it (412), everyone else is told the id is taken (409)', async () => {
    const id = newId();
    const tokens = Array.from({ length: 6 }, () => newOwnerToken());
    const sends = tokens.flatMap((token) => [0, 1].map(() => ({ token, body: opaquePayload() })));
    const answers = await Promise.all(
      sends.map(({ token, body }) =>
        send('PUT', `/api/entries/${id}`, { headers: { ...auth(token), 'if-none-match': '*' }, body }),
      ),
    );

    const winners = answers.flatMap((a, n) => (a.status === 201 ? [sends[n]!] : []));
    expect(winners).toHaveLength(1);
    const winner = winners[0]!;
    answers.forEach((answer, n) => {
      if (answer.status === 201) return;
      expectClearRefusal(answer);
      expect(answer.status).toBe(sends[n]?.token === winner.token ? 412 : 409);
    });
    const stored = await send('GET', `/api/entries/${id}`, { headers: auth(winner.token) });
    expect(stored.body).toMatchObject({ ...winner.body, revision: 1 });
  });

  // The property: any mix of updates (each naming the revision its client last saw, or *) and deletes (If-Match,
  // or none) sent at once to one entry. Clients catch up from every 412, as the browser does, and try again.
  type Op = { kind: 'update'; tag: 'seen' | 'star' } | { kind: 'delete'; tag: 'seen' | 'none' };
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('update' as const),
        tag: fc.constantFrom('seen' as const, 'star' as const),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('delete' as const),
        tag: fc.constantFrom('seen' as const, 'none' as const),
      }),
    },
  );

  it('never loses an acknowledged update: the acknowledged revisions run 2, 3, … without a gap, the last holds the last write, and a delete keeps the revision it removed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 6, maxLength: 24 }), async (ops) => {
        const { id, token } = await createdEntry();
        const acknowledged = new Map<number, string>();
        const deletes: Answer[] = [];

        await Promise.all(
          ops.map(async (o) => {
            let seen = 1;
            // A client keeps going after a 412 with the revision it learned, a few times, as a sync loop would.
            for (let attempt = 0; attempt < 4; attempt++) {
              const ifMatch =
                o.tag === 'seen' ? { 'if-match': `"${seen}"` } : o.tag === 'star' ? { 'if-match': '*' } : {};
              if (o.kind === 'delete') {
                const answer = await send('DELETE', `/api/entries/${id}`, { headers: { ...auth(token), ...ifMatch } });
                if (answer.status === 404) return; // deleted already by another client: nothing to refuse
                if (answer.status === 204) return void deletes.push(answer);
                expectClearRefusal(answer);
                seen = Number(answer.body?.['currentRevision']);
                continue;
              }
              const body = opaquePayload();
              const answer = await send('PUT', `/api/entries/${id}`, { headers: { ...auth(token), ...ifMatch }, body });
              if (answer.status === 404) return; // the entry was deleted meanwhile
              if (answer.status === 200) {
                const revision = Number(answer.body?.['revision']);
                expect(acknowledged.has(revision), `revision ${revision} acknowledged twice`).toBe(false);
                acknowledged.set(revision, body.ciphertext);
                expect(answer.etag).toBe(`"${revision}"`);
                return;
              }
              expectClearRefusal(answer);
              if (answer.status === 412) {
                expect(answer.body?.['currentRevision']).toBeGreaterThanOrEqual(seen);
                seen = Number(answer.body?.['currentRevision']);
              }
            }
          }),
        );

        const revisions = [...acknowledged.keys()].sort((a, b) => a - b);
        expect(revisions).toEqual(revisions.map((_, n) => n + 2));
        const last = revisions.at(-1) ?? 1;
        expect(deletes.length).toBeLessThanOrEqual(1);
        const atRest = (await getStore({ name: 'entries', consistency: 'strong' }).get(id, { type: 'json' })) as Record<
          string,
          unknown
        >;
        if (deletes.length === 1) {
          // The delete removed the last acknowledged revision, no earlier one: nothing acknowledged was lost under it.
          expect(atRest).toMatchObject({ tombstone: true, revision: last });
        } else {
          const read = await send('GET', `/api/entries/${id}`, { headers: auth(token) });
          expect(read.body).toMatchObject({
            revision: last,
            ...(last > 1 ? { ciphertext: acknowledged.get(last) } : {}),
          });
        }
      }),
      { numRuns: 12 },
    );
  });
});
