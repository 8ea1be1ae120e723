// Internal links: the rules the guide pages enforce at build time, run over the real content, and the
// dist/ crawler that fails `npm run build` on any link (in any page) that reaches nothing.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { guideLinkProblems, internalLinks, pageExists, type KnownPages } from '../../src/data/content-links';

const run = promisify(execFile);
const ids = async (dir: string, ext: string) =>
  new Set((await readdir(dir)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)));
const known: KnownPages = {
  guides: await ids('content/guides', '.md'),
  reflections: await ids('content/reflections', '.json'),
  templates: await ids('content/templates', '.json'),
};

describe('internalLinks', () => {
  it('finds site links with their path, and skips images and other sites', () => {
    const links = internalLinks(
      'See [the ask](/guides/making-the-ask/#a-worked-example), ![a picture](/x.png) and [MDN](https://developer.mozilla.org/).',
    );
    expect(links).toEqual([
      { text: 'the ask', href: '/guides/making-the-ask/#a-worked-example', path: '/guides/making-the-ask/' },
    ]);
  });
});

describe('guideLinkProblems', () => {
  const site: KnownPages = { guides: new Set(['a', 'b']), reflections: new Set(['r']), templates: new Set(['t']) };

  it('accepts a guide with two links to related pages', () => {
    expect(guideLinkProblems('a', 'Read [b](/guides/b/) and try [r](/reflect/r/).', site)).toEqual([]);
  });

  it('names the file and the link when a link points nowhere', () => {
    const problems = guideLinkProblems('a', 'Read [b](/guides/b/), [r](/reflect/r/) and [gone](/guides/gone/).', site);
    expect(problems).toEqual([
      'content/guides/a.md: the link "gone" points to /guides/gone/, which is not a page on this site.',
    ]);
  });

  it('rejects a link without its trailing slash, which the built site does not serve', () => {
    expect(pageExists('/guides/b', site)).toBe(false);
  });

  it('counts distinct related pages, not links, and never the guide itself', () => {
    const problems = guideLinkProblems(
      'a',
      '[b](/guides/b/), [b again](/guides/b/#x), [me](/guides/a/), [privacy](/privacy/).',
      site,
    );
    expect(problems).toEqual([
      'content/guides/a.md: links to 1 related guides, reflections or templates; every guide needs at least 2.',
    ]);
  });
});

describe('the guides in content/guides', () => {
  it.each([...known.guides])('%s links to at least two related pages, and every link resolves', async (id) => {
    const markdown = await readFile(`content/guides/${id}.md`, 'utf8');
    expect(guideLinkProblems(id, markdown, known)).toEqual([]);
  });

  it('link to every template from at least one guide', async () => {
    const bodies = await Promise.all([...known.guides].map((id) => readFile(`content/guides/${id}.md`, 'utf8')));
    const linked = new Set(bodies.flatMap((b) => internalLinks(b).map((l) => l.path)));
    expect([...known.templates].filter((t) => !linked.has(`/templates/${t}/`))).toEqual([]);
  });
});

describe('scripts/check-links.mjs', () => {
  let dist: string | undefined;
  afterEach(async () => {
    if (dist) await rm(dist, { recursive: true, force: true });
    dist = undefined;
  });

  async function site(pages: Record<string, string>): Promise<string> {
    dist = await mkdtemp(join(tmpdir(), 'lodestar-links-'));
    for (const [path, html] of Object.entries(pages)) {
      await mkdir(join(dist, path, '..'), { recursive: true });
      await writeFile(join(dist, path), html);
    }
    return dist;
  }

  async function check(dir: string): Promise<{ failed: boolean; output: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [resolve('scripts/check-links.mjs'), dir]);
      return { failed: false, output: stdout + stderr };
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      return { failed: true, output: stdout + stderr };
    }
  }

  it('passes when every link reaches a page and its anchor', async () => {
    const dir = await site({
      'index.html':
        '<a href="/guides/x/#part">x</a> <a href="https://example.org/">out</a> <a href="/api/entries">api</a> <a href="#top">top</a><h1 id="top">Home</h1>',
      'guides/x/index.html': '<h2 id="part">Part</h2><a href="../../">home</a>',
    });
    const { failed, output } = await check(dir);
    expect(output).toContain('all 3 internal links');
    expect(failed).toBe(false);
  });

  it('fails on a link to a missing page, naming the page and the link', async () => {
    const dir = await site({ 'index.html': '<a href="/guides/missing/">gone</a>' });
    const { failed, output } = await check(dir);
    expect(failed).toBe(true);
    expect(output).toContain('/: /guides/missing/ (no page at /guides/missing/)');
  });

  it('fails on a link to a missing anchor', async () => {
    const dir = await site({
      'index.html': '<a href="/guides/x/#nope">x</a>',
      'guides/x/index.html': '<h2 id="part">Part</h2>',
    });
    const { failed, output } = await check(dir);
    expect(failed).toBe(true);
    expect(output).toContain('no element with id "nope" on /guides/x/');
  });
});
