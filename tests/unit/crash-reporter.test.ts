// The e2e suite's crash reporter (tests/e2e/crash-reporter.ts) reads Chromium's minidumps: these are laid out as
// crashpad writes its crash keys (each string a little-endian length, the text, then zeros to four bytes), with the
// keys the real dumps of this machine's Chromium 150 carry. What a real dump holds beyond those keys is not built here.
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererCrashes } from '../e2e/crash-reporter';

/** One crashpad string: its length, its text, padding to four bytes. */
function crashpadString(text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(body.length);
  return Buffer.concat([length, body, Buffer.alloc((4 - (body.length % 4)) % 4)]);
}

/** A dump with the given crash keys, among bytes that are not keys. */
const dump = (keys: Record<string, string>) =>
  Buffer.concat([
    Buffer.from('MDMP\x93\xa7\0\0 other streams', 'latin1'),
    ...Object.entries(keys).flatMap(([key, value]) => [crashpadString(key), crashpadString(value)]),
    Buffer.from('\0\0 more streams', 'latin1'),
  ]);

function folderWith(files: Record<string, { keys: Record<string, string>; at: number }>): string {
  const folder = mkdtempSync(join(tmpdir(), 'crash-reports-'));
  for (const [name, { keys, at }] of Object.entries(files)) {
    writeFileSync(join(folder, name), dump(keys));
    utimesSync(join(folder, name), at / 1000, at / 1000);
  }
  return folder;
}

describe('rendererCrashes', () => {
  const start = Date.parse('2026-12-07T00:00:00Z');

  it('finds the renderers that crashed since the start, with their pages, in both folders, and nothing else', () => {
    const pending = folderWith({
      'journal.dmp': { keys: { ptype: 'renderer', 'url-chunk': 'http://127.0.0.1:8899/journal/' }, at: start + 1000 },
      'before.dmp': { keys: { ptype: 'renderer', 'url-chunk': 'http://127.0.0.1:8899/' }, at: start - 1000 },
      'gpu.dmp': { keys: { ptype: 'gpu-process' }, at: start + 1000 },
      'no-page.dmp': { keys: { ptype: 'renderer' }, at: start + 1000 },
      'journal.meta': { keys: {}, at: start + 1000 },
    });
    const completed = folderWith({
      'home.dmp': { keys: { ptype: 'renderer', 'url-chunk': 'http://127.0.0.1:88990/' }, at: start + 1000 },
    });
    expect(rendererCrashes(start, [pending, completed])).toEqual([
      { page: 'http://127.0.0.1:8899/journal/', dump: join(pending, 'journal.dmp') },
      { page: null, dump: join(pending, 'no-page.dmp') },
      { page: 'http://127.0.0.1:88990/', dump: join(completed, 'home.dmp') },
    ]);
  });

  it('finds nothing where no crash was ever recorded', () => {
    expect(rendererCrashes(start, [join(tmpdir(), 'no-such-crash-reports')])).toEqual([]);
  });
});
