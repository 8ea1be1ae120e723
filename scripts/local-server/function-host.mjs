// The site's functions, built once with Netlify's bundler and kept warm, one worker thread each; rebuilt when a
// file they are made of changes (the dev server reports changes), with requests waiting for the new build.
import { rmSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { SYNCHRONOUS_FUNCTION_TIMEOUT } from '@netlify/functions';
import { buildFunction, listSiteFunctions } from './functions-build.mjs';
import { matchFunction } from './function-routes.mjs';
import { lambdaEvent } from './lambda-event.mjs';
import { WarmWorker, functionError } from './warm-worker.mjs';

const TIMEOUT_MS = SYNCHRONOUS_FUNCTION_TIMEOUT * 1000;

export class FunctionHost {
  /** name → { source, built, worker, pending (a build in progress), error (of the last build or start), rebuildAgain } */
  #functions = new Map();
  #generation = 0;
  #listed;

  /**
   * @param {object} options
   * @param {string} options.projectRoot
   * @param {Awaited<ReturnType<import('./site-config.mjs').readSiteConfig>>} options.siteConfig
   * @param {{ siteID: string, deployID: string, blobs: string }} options.site  see blobs.mjs
   */
  constructor({ projectRoot, siteConfig, site }) {
    this.projectRoot = projectRoot;
    this.siteConfig = siteConfig;
    this.site = site;
    // Per process, so two local servers in one checkout (dev and preview) never overwrite each other's builds.
    this.buildRoot = join(projectRoot, '.netlify', 'functions-warm', String(process.pid));
  }

  /**
   * Lists the functions, then builds each and starts its worker. Resolves when all are warm, or, with
   * `waitForBuilds: false`, once they are listed (requests then wait for their function's build).
   */
  async start({ waitForBuilds = true } = {}) {
    await removeStaleBuilds(dirname(this.buildRoot));
    // `astro dev` exits on Ctrl-C without closing its server: drop the builds on the way out all the same.
    process.once('exit', () => rmSync(this.buildRoot, { recursive: true, force: true }));
    const builds = this.#scan();
    if (waitForBuilds) await builds;
    else await this.#listed;
  }

  /** The function for a path and method, if any (see function-routes.mjs). */
  match(pathname, method) {
    return matchFunction(
      [...this.#functions.values()].map((entry) => entry.built ?? entry.source),
      pathname,
      method,
    );
  }

  /**
   * Invokes a matched function with a buffered request (see lambda-event.mjs for its shape).
   * @returns {Promise<Response>}
   */
  async invoke(match, request) {
    const entry = this.#functions.get(match.fn.name);
    if (!entry) return functionError(match.fn.name, new Error('it was removed'));
    await entry.pending;
    if (entry.error) return functionError(match.fn.name, entry.error);
    const scheduled = entry.built.schedule !== undefined && match.route === undefined;
    const { event, requestId } = lambdaEvent(scheduled ? asScheduledRun(request) : request, this.site, match.route);
    const response = await entry.worker.invoke(event, TIMEOUT_MS);
    // Netlify's CDN tells the client which request it was, for support and logs.
    response.headers.set('x-nf-request-id', requestId);
    return response;
  }

  /** Called by a file watcher: rebuilds the functions made of `file`, and rescans when a function comes or goes. */
  async sourceChanged(file, kind = 'change') {
    if (kind !== 'change' && file.startsWith(this.siteConfig.functionsDirectory + sep)) return this.#scan();
    const affected = [...this.#functions.values()].filter((entry) => entry.built?.sources.has(file));
    await Promise.all(affected.map((entry) => this.#rebuild(entry)));
  }

  async stop() {
    await Promise.all([...this.#functions.values()].map((entry) => entry.worker?.stop()));
    await rm(this.buildRoot, { recursive: true, force: true });
  }

  async #scan() {
    this.#listed = listSiteFunctions(this.siteConfig.functionsDirectory, this.siteConfig.bundlerConfig);
    const listed = await this.#listed;
    for (const [name, entry] of this.#functions) {
      if (!listed.some((fn) => fn.name === name && fn.mainFile === entry.source.mainFile)) {
        this.#functions.delete(name);
        void entry.worker?.stop();
      }
    }
    const added = listed.filter((fn) => !this.#functions.has(fn.name));
    for (const source of added)
      this.#functions.set(source.name, {
        source,
        built: undefined,
        worker: undefined,
        pending: undefined,
        error: undefined,
        rebuildAgain: false,
      });
    await Promise.all(added.map((source) => this.#rebuild(this.#functions.get(source.name))));
  }

  /** Builds (again) and swaps in a warm worker; a change during a build queues one more build. */
  async #rebuild(entry) {
    if (entry.pending) {
      entry.rebuildAgain = true;
      return entry.pending;
    }
    entry.pending = (async () => {
      do {
        entry.rebuildAgain = false;
        await this.#buildOnce(entry);
      } while (entry.rebuildAgain);
    })();
    try {
      await entry.pending;
    } finally {
      entry.pending = undefined;
    }
  }

  async #buildOnce(entry) {
    const targetDirectory = join(this.buildRoot, String(++this.#generation));
    const started = Date.now();
    try {
      const built = await buildFunction(entry.source, {
        projectRoot: this.projectRoot,
        targetDirectory,
        bundlerConfig: this.siteConfig.bundlerConfig,
      });
      const worker = new WarmWorker(entry.source.name, built.entryFile, workerEnv());
      await worker.start();
      const previous = { worker: entry.worker, directory: entry.built && dirname(dirname(entry.built.entryFile)) };
      Object.assign(entry, { built, worker, error: undefined });
      console.log(`function ${built.name}: built and warm in ${Date.now() - started} ms`);
      void retire(previous.worker, previous.directory);
    } catch (error) {
      entry.error = error instanceof Error ? error : new Error(String(error));
      console.error(`function ${entry.source.name}: could not be built or started: ${entry.error.message}`);
      await rm(targetDirectory, { recursive: true, force: true });
    }
  }
}

/** Starts the host: reads netlify.toml, builds every function, warms every worker. */
export async function startFunctionHost(options) {
  const host = new FunctionHost(options);
  await host.start();
  return host;
}

/**
 * The worker's own process.env: the server's, without any Blobs context a dev tool set on the process, so the only
 * way a function reaches Netlify Blobs is the context in its event, as deployed.
 */
function workerEnv() {
  const env = { ...process.env };
  delete env.NETLIFY_BLOBS_CONTEXT;
  return env;
}

/** A request to a scheduled function's URL runs it as Netlify's scheduler would (a POST with the next run). */
function asScheduledRun(request) {
  const headers = new Headers(request.headers);
  headers.set('user-agent', 'Netlify Clockwork');
  headers.set('x-nf-event', 'schedule');
  headers.set('content-type', 'application/json');
  return {
    ...request,
    method: 'POST',
    headers,
    body: Buffer.from(JSON.stringify({ next_run: new Date(Date.now() + 3_600_000).toISOString() })),
  };
}

/** Stops a replaced worker once its last invocation has finished (at most a minute later), then drops its build. */
async function retire(worker, directory) {
  if (!worker) return;
  for (let waited = 0; worker.busy > 0 && waited < 60_000; waited += 500)
    await new Promise((resolve) => setTimeout(resolve, 500));
  await worker.stop();
  if (directory) await rm(directory, { recursive: true, force: true });
}

/** Builds left behind by local servers that are no longer running (killed before they could clean up). */
async function removeStaleBuilds(parent) {
  const entries = await readdir(parent).catch(() => []);
  await Promise.all(
    entries
      .filter((pid) => !isRunning(Number(pid)))
      .map((pid) => rm(join(parent, pid), { recursive: true, force: true })),
  );
}

function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
