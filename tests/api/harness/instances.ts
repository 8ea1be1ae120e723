// Several instances of the site's functions, as a deployed site runs them: each function built once with Netlify's
// bundler (scripts/local-server/functions-build.mjs, as a deploy builds it) and started in several worker threads,
// each its own module instance (its own per-key locks, its own memory) running through Netlify's production
// bootstrap, all against one local Blobs store whose conditional writes are atomic, as Netlify's are. Requests go
// to the instances in turn, so requests that race on one key race across instances.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBlobs } from '../../../scripts/local-server/blobs.mjs';
import { buildFunction, listSiteFunctions } from '../../../scripts/local-server/functions-build.mjs';
import { matchFunction } from '../../../scripts/local-server/function-routes.mjs';
import { lambdaEvent } from '../../../scripts/local-server/lambda-event.mjs';
import { WarmWorker } from '../../../scripts/local-server/warm-worker.mjs';
import { readSiteConfig } from '../../../scripts/local-server/site-config.mjs';

export interface Instances {
  /** Sends a request to the next instance of the function that answers `path`. */
  request(method: string, path: string, init?: { headers?: Record<string, string>; body?: unknown }): Promise<Response>;
  /** The Blobs context of the shared store, for reading it directly (setEnvironmentContext). */
  blobsContext: { edgeURL: string; uncachedEdgeURL: string; siteID: string; token: string };
  stop(): Promise<void>;
}

/** Builds `names` and starts `perFunction` instances of each. */
export async function startInstances(
  names: string[],
  perFunction: number,
  env: Record<string, string> = {},
): Promise<Instances> {
  const root = process.cwd();
  await mkdir(join(root, '.netlify'), { recursive: true });
  // Inside the project, so the builds' imports resolve from its node_modules.
  const buildDir = await mkdtemp(join(root, '.netlify', 'instances-test-'));
  const blobsDir = await mkdtemp(join(tmpdir(), 'lodestar-instances-blobs-'));
  const blobs = await startBlobs(root, blobsDir);
  const siteConfig = await readSiteConfig(root);
  const listed = (await listSiteFunctions(siteConfig.functionsDirectory, siteConfig.bundlerConfig)).filter((fn) =>
    names.includes(fn.name),
  );
  const built = await Promise.all(
    listed.map((fn) =>
      buildFunction(fn, {
        projectRoot: root,
        targetDirectory: join(buildDir, fn.name),
        bundlerConfig: siteConfig.bundlerConfig,
      }),
    ),
  );
  // The workers' own environment: no Blobs context of the process (the event carries the store's, as deployed).
  const workerEnv: Record<string, string> = { ...(process.env as Record<string, string>), ...env };
  delete workerEnv['NETLIFY_BLOBS_CONTEXT'];
  const pools = new Map(
    built.map((fn) => [
      fn.name,
      Array.from({ length: perFunction }, () => new WarmWorker(fn.name, fn.entryFile, workerEnv)),
    ]),
  );
  await Promise.all([...pools.values()].flat().map((worker) => worker.start()));
  const turn = new Map<string, number>();
  let address = 0;

  return {
    blobsContext: blobs.context,
    async request(method, path, { headers = {}, body } = {}) {
      const match = matchFunction(built, path, method);
      if (!match) throw new Error(`no function answers ${method} ${path}`);
      const pool = pools.get(match.fn.name) ?? [];
      const next = (turn.get(match.fn.name) ?? 0) % pool.length;
      turn.set(match.fn.name, next + 1);
      const bytes = body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body));
      const allHeaders = new Headers(body === undefined ? headers : { 'content-type': 'application/json', ...headers });
      // Each request from an address of its own, as from many readers: the per-address limits are not under test.
      const request = {
        url: `http://localhost${path}`,
        method,
        headers: allHeaders,
        body: bytes,
        clientIp: `10.1.${Math.floor(++address / 250)}.${address % 250}`,
      };
      const { event } = lambdaEvent(request, blobs.site, match.route);
      return pool[next]!.invoke(event, 30_000);
    },
    async stop() {
      await Promise.all([...pools.values()].flat().map((worker) => worker.stop()));
      await blobs.stop();
      await rm(buildDir, { recursive: true, force: true });
      await rm(blobsDir, { recursive: true, force: true });
    },
  };
}
