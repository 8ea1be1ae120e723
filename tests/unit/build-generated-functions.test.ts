// scripts/check-generated-functions.mjs fails the build when it wrote a function for Netlify to deploy beside
// netlify/functions (the local server never runs one), as the Astro adapter's `ssr` catch-all was. Run here on a
// project folder written to a temporary place.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);

// The adapter's function, as @astrojs/netlify 8 writes it for a server build.
const SSR_FUNCTION = `import { createHandler } from './.netlify/build/entry.mjs';
export default createHandler({});
export const config = { includedFiles: ['**/*'], name: 'Astro SSR', nodeBundler: 'none', path: '/*', preferStatic: true };
`;

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

/** A project folder holding `files` (a path ending in / is an empty folder). */
async function project(files: Record<string, string>): Promise<string> {
  root = await mkdtemp(join(tmpdir(), 'lodestar-functions-'));
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith('/')) {
      await mkdir(join(root, path), { recursive: true });
      continue;
    }
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

async function check(dir: string): Promise<{ failed: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [resolve('scripts/check-generated-functions.mjs'), dir]);
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  }
}

describe('scripts/check-generated-functions.mjs', () => {
  it('passes when the adapter left its function folders empty', async () => {
    const { failed, output } = await check(
      await project({
        '.netlify/v1/functions/ssr/': '',
        '.netlify/v1/edge-functions/middleware/': '',
        '.netlify/v1/config.json': '{}',
      }),
    );
    expect(output).toContain('generated functions: none');
    expect(failed).toBe(false);
  });

  it("fails on the adapter's ssr catch-all, naming it and its path", async () => {
    const { failed, output } = await check(await project({ '.netlify/v1/functions/ssr/ssr.mjs': SSR_FUNCTION }));
    expect(failed).toBe(true);
    expect(output).toContain('function "ssr" (.netlify/v1/functions/ssr/ssr.mjs) on /*');
  });

  it('fails on a generated edge function', async () => {
    const { failed, output } = await check(
      await project({ '.netlify/v1/edge-functions/middleware/middleware.mjs': 'export default () => {};' }),
    );
    expect(failed).toBe(true);
    expect(output).toContain('edge function file .netlify/v1/edge-functions/middleware/middleware.mjs');
  });
});
