// The local server's warm functions (scripts/local-server/): built once with Netlify's bundler, run through the
// production bootstrap in worker threads, over real HTTP, against a real local Blobs server. The fixture functions
// in tests/fixtures/local-server stand in for the site's, so these tests pin the server, not the site's API.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBlobs } from '../../scripts/local-server/blobs.mjs';
import { FunctionHost } from '../../scripts/local-server/function-host.mjs';
import { functionResponse, sendResponse } from '../../scripts/local-server/node-http.mjs';
import { readSiteConfig } from '../../scripts/local-server/site-config.mjs';

const root = process.cwd();
let workDir = '';
let origin = '';
let host: FunctionHost;
let blobs: Awaited<ReturnType<typeof startBlobs>>;
let server: Server;
const savedBlobsContext = process.env['NETLIFY_BLOBS_CONTEXT'];

const text = async (response: Response) => ({ status: response.status, body: await response.text() });

beforeAll(async () => {
  await mkdir(join(root, '.netlify'), { recursive: true });
  // Inside the project, so the fixtures' imports resolve from its node_modules; a copy, so a test can edit it.
  workDir = await mkdtemp(join(root, '.netlify', 'local-server-test-'));
  await cp(join(root, 'tests', 'fixtures', 'local-server'), workDir, { recursive: true });
  // A Blobs context that leads nowhere, as a dev tool might leave on the process: functions must not use it.
  const nowhere = { edgeURL: 'http://127.0.0.1:9', uncachedEdgeURL: 'http://127.0.0.1:9', token: 'x', siteID: 'x' };
  process.env['NETLIFY_BLOBS_CONTEXT'] = Buffer.from(JSON.stringify(nowhere)).toString('base64');
  blobs = await startBlobs(root, join(workDir, 'blobs'));
  const siteConfig = { ...(await readSiteConfig(root)), functionsDirectory: join(workDir, 'functions') };
  host = new FunctionHost({ projectRoot: root, siteConfig, site: blobs.site });
  await host.start();
  server = createServer(async (req, res) => {
    const match = host.match(new URL(req.url ?? '/', origin).pathname, req.method ?? 'GET');
    await sendResponse(
      res,
      match ? await functionResponse(host, match, req, origin) : new Response('no function here', { status: 404 }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await host?.stop();
  await blobs?.stop();
  await rm(workDir, { recursive: true, force: true });
  if (savedBlobsContext === undefined) delete process.env['NETLIFY_BLOBS_CONTEXT'];
  else process.env['NETLIFY_BLOBS_CONTEXT'] = savedBlobsContext;
});

describe('the local server’s warm functions', () => {
  it('routes by config.path and config.method, ignoring a trailing slash, and leaves other paths alone', () => {
    expect(host.match('/fixture/echo/ada', 'GET')?.fn.name).toBe('echo');
    expect(host.match('/fixture/echo/ada/', 'POST')?.route).toBe('/fixture/echo/:name');
    expect(host.match('/fixture/echo/ada', 'DELETE')).toBeUndefined();
    expect(host.match('/guides/', 'GET')).toBeUndefined();
  });

  it('hands the function the request as Netlify’s bootstrap makes it: method, URL, body, params, IP, request id', async () => {
    const response = await fetch(`${origin}/fixture/echo/Ada?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(200);
    const echoed = (await response.json()) as Record<string, unknown>;
    expect(echoed).toMatchObject({
      method: 'POST',
      url: `${origin}/fixture/echo/Ada?x=1`,
      body: '{"a":1}',
      contentType: 'application/json',
      params: { name: 'Ada' },
      ip: '127.0.0.1',
    });
    expect(echoed['requestId']).toBe(response.headers.get('x-nf-request-id'));
  });

  it('keeps a function warm: one module instance serves request after request', async () => {
    const counts: number[] = [];
    for (let i = 0; i < 3; i++)
      counts.push(((await (await fetch(`${origin}/fixture/echo/a`)).json()) as { invocations: number }).invocations);
    expect(counts).toEqual([counts[0], (counts[0] ?? 0) + 1, (counts[0] ?? 0) + 2]);
  });

  it('reaches Netlify Blobs (strong consistency) through the context in its event, not the process environment', async () => {
    expect((await fetch(`${origin}/fixture/store/k1`, { method: 'PUT', body: 'kept' })).status).toBe(204);
    expect(await text(await fetch(`${origin}/fixture/store/k1`))).toEqual({ status: 200, body: 'kept' });
    expect(await text(await fetch(`${origin}/fixture/store/never-written`))).toEqual({ status: 404, body: 'absent' });
  });

  it('answers 100 concurrent writes, every one 2xx, and keeps every value', async () => {
    const keys = Array.from({ length: 100 }, (_, i) => `c${i}`);
    const statuses = await Promise.all(
      keys.map(async (key) => (await fetch(`${origin}/fixture/store/${key}`, { method: 'PUT', body: key })).status),
    );
    expect(statuses.filter((status) => status >= 200 && status < 300)).toHaveLength(100);
    const values = await Promise.all(keys.map(async (key) => (await fetch(`${origin}/fixture/store/${key}`)).text()));
    expect(values).toEqual(keys);
  });

  it('streams: the first chunk reaches the client while the function is still writing', async () => {
    const response = await fetch(`${origin}/fixture/stream`);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // Buffered, this read would wait forever: the function writes its last chunk only after the release call.
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('first ');
    expect(await text(await fetch(`${origin}/fixture/stream/release`))).toEqual({ status: 200, body: 'released' });
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe('last');
  });

  it('answers 500 when a function’s worker dies, and serves the next request from a fresh worker', async () => {
    const crashed = await text(await fetch(`${origin}/fixture/crash?crash`));
    expect(crashed.status).toBe(500);
    expect(crashed.body).toContain('fixture crash');
    expect(await text(await fetch(`${origin}/fixture/crash`))).toEqual({ status: 200, body: 'alive' });
  });

  it('answers 500 naming the error when a function cannot even be imported, and serves the others', async () => {
    const broken = await text(await fetch(`${origin}/fixture/broken`));
    expect(broken.status).toBe(500);
    expect(broken.body).toContain('fixture broken at import');
    expect((await fetch(`${origin}/fixture/echo/a`)).status).toBe(200);
  });

  it('runs a scheduled function at /.netlify/functions/<name> as Netlify’s scheduler does', async () => {
    const response = await fetch(`${origin}/.netlify/functions/scheduled`);
    const run = (await response.json()) as { method: string; event: string; body: { next_run: string } };
    expect(run).toMatchObject({ method: 'POST', event: 'schedule' });
    expect(Date.parse(run.body.next_run)).toBeGreaterThan(Date.now());
  });

  it('rebuilds a function when a file it is made of changes', async () => {
    const file = join(workDir, 'lib', 'greeting.ts');
    await writeFile(file, "export const greeting = 'hello again';\n");
    await host.sourceChanged(file);
    expect(((await (await fetch(`${origin}/fixture/echo/a`)).json()) as { greeting: string }).greeting).toBe(
      'hello again',
    );
  });
});
