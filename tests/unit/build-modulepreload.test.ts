// The island module preloads of a built page, in a production build: scripts/modulepreload.mjs names each module as
// the page and its importers do (`?dpl=<deploy id>` included), and scripts/check-modulepreload.mjs fails the build
// when a page lacks one. Both run here on a small built site written to a temporary folder.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const DPL = '?dpl=64f0c0ffee0123456789abcd';

let dist: string | undefined;
afterEach(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
  dist = undefined;
});

/** A built site: `files` by path inside dist/. */
async function site(files: Record<string, string>): Promise<string> {
  dist = await mkdtemp(join(tmpdir(), 'lodestar-preload-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dist, path, '..'), { recursive: true });
    await writeFile(join(dist, path), text);
  }
  return dist;
}

/** A page with one island, as Astro writes it. */
const islandPage = (query: string, head = '') =>
  `<html><head><link rel="stylesheet" href="/_astro/a.css">${head}</head><body><astro-island uid="1" component-url="/_astro/Island.js${query}" renderer-url="/_astro/client.js${query}"></astro-island></body></html>`;

/** The island's modules: the island imports solid statically and a dialog on demand; the renderer imports solid. */
const modules = (query: string) => ({
  '_astro/Island.js': `import{a}from"./solid.js${query}";const d=()=>import("./Dialog.js${query}");export default a;`,
  '_astro/client.js': `import{a}from"./solid.js${query}";export default a;`,
  '_astro/solid.js': 'export const a=1;',
  '_astro/Dialog.js': 'export default 2;',
});

async function script(name: string, dir: string): Promise<{ failed: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [resolve(`scripts/${name}`), dir]);
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  }
}

const preloads = (html: string) =>
  [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map(([, href]) => href);

describe('scripts/modulepreload.mjs', () => {
  it('preloads the static module graph with each URL as the page and its importers write it, ?dpl= included', async () => {
    const dir = await site({ 'journal/index.html': islandPage(DPL), ...modules(DPL) });
    const { output } = await script('modulepreload.mjs', dir);
    expect(output).toContain('preloaded on 1 pages');
    const html = await readFile(join(dir, 'journal/index.html'), 'utf8');
    expect(preloads(html)).toEqual([`/_astro/Island.js${DPL}`, `/_astro/client.js${DPL}`, `/_astro/solid.js${DPL}`]);
  });

  it('preloads the same modules without a query when the build has no deploy id', async () => {
    const dir = await site({ 'journal/index.html': islandPage(''), ...modules('') });
    await script('modulepreload.mjs', dir);
    expect(preloads(await readFile(join(dir, 'journal/index.html'), 'utf8'))).toEqual([
      '/_astro/Island.js',
      '/_astro/client.js',
      '/_astro/solid.js',
    ]);
  });
});

describe('scripts/check-modulepreload.mjs', () => {
  it('passes a page that preloads every island module by its exact URL', async () => {
    const dir = await site({ 'journal/index.html': islandPage(DPL), ...modules(DPL) });
    await script('modulepreload.mjs', dir);
    const { failed, output } = await script('check-modulepreload.mjs', dir);
    expect(output).toContain('all 1 pages with islands preload their island modules (3 links)');
    expect(failed).toBe(false);
  });

  it('fails on a page with islands and no preload links, naming the page and the module', async () => {
    const dir = await site({ 'journal/index.html': islandPage(DPL), ...modules(DPL) });
    const { failed, output } = await script('check-modulepreload.mjs', dir);
    expect(failed).toBe(true);
    expect(output).toContain(`journal/index.html: island module /_astro/Island.js${DPL} has no modulepreload link`);
  });

  it('fails on links that drop the ?dpl= the page imports with', async () => {
    const head = ['Island', 'client', 'solid']
      .map((name) => `<link rel="modulepreload" href="/_astro/${name}.js" fetchpriority="low" data-island-preload>`)
      .join('');
    const dir = await site({ 'journal/index.html': islandPage(DPL, head), ...modules(DPL) });
    const { failed, output } = await script('check-modulepreload.mjs', dir);
    expect(failed).toBe(true);
    expect(output).toContain(`island module /_astro/client.js${DPL} has no modulepreload link`);
  });

  it('fails when a preloaded module imports one that is not preloaded', async () => {
    const head = [`/_astro/Island.js${DPL}`, `/_astro/client.js${DPL}`]
      .map((href) => `<link rel="modulepreload" href="${href}">`)
      .join('');
    const dir = await site({ 'journal/index.html': islandPage(DPL, head), ...modules(DPL) });
    const { failed, output } = await script('check-modulepreload.mjs', dir);
    expect(failed).toBe(true);
    expect(output).toContain(`/_astro/solid.js${DPL} (imported by /_astro/Island.js${DPL}) has no modulepreload link`);
  });

  it('fails on a preload that names no built file', async () => {
    const head = [
      `/_astro/Island.js${DPL}`,
      `/_astro/client.js${DPL}`,
      `/_astro/solid.js${DPL}`,
      `/_astro/gone.js${DPL}`,
    ]
      .map((href) => `<link rel="modulepreload" href="${href}">`)
      .join('');
    const dir = await site({ 'journal/index.html': islandPage(DPL, head), ...modules(DPL) });
    const { failed, output } = await script('check-modulepreload.mjs', dir);
    expect(failed).toBe(true);
    expect(output).toContain(`modulepreload /_astro/gone.js${DPL} names no file`);
  });
});
