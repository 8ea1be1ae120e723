// `npm run migrate:records` as an operator runs it, on a local store folder: what it prints, its exit status, and
// that a second run rewrites nothing. The migration's own behaviour is in migrate-records.test.ts. Against Netlify
// (--site) the same code runs through Netlify's API with the operator's token, which no test here can reach.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getStore, setEnvironmentContext } from '@netlify/blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBlobs } from '../../scripts/local-server/blobs.mjs';
import { hashToken } from '../../netlify/lib/tokens';
import { newId, newOwnerToken } from '../support/api';
import { opaquePayload } from './harness/ciphertext';

const run = promisify(execFile);
let folder = '';

/** Runs the script; resolves with its output and exit status whatever the status. */
async function migrate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/migrate-records.mjs', ...args], {
      cwd: process.cwd(),
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'lodestar-migrate-cli-'));
  // Two format-1 entries in the folder, written through the local server the script will start on it.
  const local = await startBlobs(process.cwd(), folder);
  setEnvironmentContext(local.context);
  const { v, iv, ciphertext } = opaquePayload(1);
  const now = new Date().toISOString();
  for (const id of [newId(), newId()]) {
    await getStore({ name: 'entries', consistency: 'strong' }).setJSON(id, {
      v,
      iv,
      ciphertext,
      ownerTokenHash: hashToken(newOwnerToken()),
      revision: 2,
      createdAt: now,
      updatedAt: now,
    });
  }
  await local.stop();
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('npm run migrate:records -- --local <folder>', () => {
  it('rewrites the format-1 records, says how many, and exits 0; the second run rewrites none', async () => {
    const first = await migrate('--local', folder);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('entries: 2 scanned, 2 rewritten, 0 already current');
    expect(first.stdout).toContain('Rewrote 2 record(s).');
    const second = await migrate('--local', folder);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('entries: 2 scanned, 0 rewritten, 2 already current');
    expect(second.stdout).toContain('Rewrote 0 record(s).');
  });

  it('exits 1 with the usage when it is not told which store', async () => {
    const answer = await migrate();
    expect(answer.code).toBe(1);
    expect(answer.stderr).toContain('Say which store to migrate');
    expect(answer.stderr).toContain('Usage: npm run migrate:records');
  });

  it('exits 1 when --site comes without NETLIFY_AUTH_TOKEN', async () => {
    const saved = process.env['NETLIFY_AUTH_TOKEN'];
    delete process.env['NETLIFY_AUTH_TOKEN'];
    try {
      const answer = await migrate('--site', 'some-site-id');
      expect(answer.code).toBe(1);
      expect(answer.stderr).toContain('NETLIFY_AUTH_TOKEN is not set.');
    } finally {
      if (saved !== undefined) process.env['NETLIFY_AUTH_TOKEN'] = saved;
    }
  });
});
