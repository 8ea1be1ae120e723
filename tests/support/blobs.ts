// A real, file-backed Netlify Blobs server on a temp folder (the local server's: loopback only, conditional writes
// applied atomically, as Netlify's store does), wired into @netlify/blobs' environment context.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setEnvironmentContext } from '@netlify/blobs';
import { startBlobsServer } from '../../scripts/local-server/blobs.mjs';

export interface LocalBlobs {
  directory: string;
  /** The server's own address and token, for a harness that sits in front of it (tests/api/harness). */
  url: string;
  token: string;
  siteID: string;
  /** Every file the server wrote, as text: for scanning what is at rest. */
  allFiles(): Promise<{ path: string; text: string }[]>;
  stop(): Promise<void>;
}

/** Points @netlify/blobs (in this process) at a store: the local server, or a harness in front of it. */
export function pointBlobsAt(url: string, siteID: string, token: string): void {
  // `consistency: 'strong'` (what storage.ts asks for) needs uncachedEdgeURL.
  setEnvironmentContext({ edgeURL: url, uncachedEdgeURL: url, siteID, token });
}

export async function startLocalBlobs(): Promise<LocalBlobs> {
  const directory = await mkdtemp(join(tmpdir(), 'lodestar-blobs-'));
  const token = 'local-blobs-token';
  const server = await startBlobsServer({ directory, token });
  const url = server.url;
  const siteID = 'lodestar-test-site';
  pointBlobsAt(url, siteID, token);

  async function walk(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const nested = await Promise.all(
      entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
    );
    return nested.flat();
  }

  return {
    directory,
    url,
    token,
    siteID,
    allFiles: async () =>
      Promise.all((await walk(directory)).map(async (path) => ({ path, text: await readFile(path, 'utf8') }))),
    stop: async () => {
      await server.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** For API tests: a local Blobs server for the whole file, stopped afterwards. */
export function useLocalBlobs(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
}): () => LocalBlobs {
  let blobs: LocalBlobs | undefined;
  hooks.beforeAll(async () => {
    blobs = await startLocalBlobs();
  });
  hooks.afterAll(async () => {
    await blobs?.stop();
  });
  return () => {
    if (!blobs) throw new Error('the local Blobs server is not started yet');
    return blobs;
  };
}
