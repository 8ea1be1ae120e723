// The in-page lock used where Web Locks are missing, and the sentences failures turn into.
import { describe, expect, it } from 'vitest';
import { localLocks } from '../../src/browser/journal/env';
import { explain } from '../../src/browser/journal/messages';
import { RecoveryCodeError } from '../../src/browser/journal/recovery';
import { ApiError, OfflineError } from '../../src/browser/vault-api';
import { DecryptError } from '../../src/browser/vault-crypto';

describe('the in-page lock (where Web Locks are missing)', () => {
  it('runs one holder at a time, in order, and survives a holder that throws', async () => {
    const locks = localLocks();
    const events: string[] = [];
    const hold = (name: string, fail = false) =>
      locks.request('journal', async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setImmediate(resolve));
        events.push(`${name} out`);
        if (fail) throw new Error(name);
      });
    const results = await Promise.allSettled([hold('a'), hold('b', true), hold('c')]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('explain', () => {
  it('says what happened in a sentence for each kind of failure', () => {
    expect(explain(new OfflineError())).toMatch(/^You are offline, so the server was not reached\./);
    expect(explain(new DecryptError())).toMatch(/changed by someone other than you/);
    expect(explain(new RecoveryCodeError('That passphrase does not open this recovery code.'))).toBe(
      'That passphrase does not open this recovery code.',
    );
    expect(explain(new ApiError(503, 'The change could not be saved just now.'))).toBe(
      'The change could not be saved just now.',
    );
  });

  it('never passes on a raw exception message', () => {
    expect(explain(new TypeError("Cannot read properties of undefined (reading 'k')"))).toBe(
      'That did not work, and nothing was lost. Try again in a moment.',
    );
    expect(explain(new DOMException('The operation failed', 'OperationError'))).not.toContain('operation');
  });
});
