// A broken guide or prompt set must stop the build with a message naming the file and the field.
// These tests run Astro's real content sync on a throwaway copy of the project with one bad file in it.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve('.');
const FIXTURES = join(ROOT, 'tests/fixtures/content');
let project: string | undefined;

/** A minimal copy of the project: its config, schemas and real content, plus one fixture file. */
async function projectWith(fixture: string, into: 'guides' | 'reflections' | 'templates'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lodestar-content-'));
  for (const file of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'src/content.config.ts',
    'src/shared/schemas/content.ts',
  ]) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await cp(join(ROOT, file), join(dir, file));
  }
  await cp(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  await cp(join(FIXTURES, fixture), join(dir, 'content', into, fixture));
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** CI terminals may still get ANSI colour codes; the assertions read plain text. */
function withoutColour(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Runs `astro sync` and returns its combined output and whether it failed. */
async function sync(dir: string): Promise<{ failed: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', dir],
      { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    return { failed: false, output: withoutColour(stdout + stderr) };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: withoutColour(stdout + stderr) };
  }
}

afterEach(async () => {
  if (project) await rm(project, { recursive: true, force: true });
  project = undefined;
});

describe('content validation at build time', () => {
  it('fails on a guide with an unknown audience, naming the file and the field', async () => {
    project = await projectWith('wrong-audience.md', 'guides');
    const { failed, output } = await sync(project);
    expect(failed).toBe(true);
    expect(output).toContain('content/guides/wrong-audience.md');
    expect(output).toContain('audience: audience must be one of "mentee", "mentor", "both" or "lead"');
  });

  it('fails on a guide with no title, naming the file and the field', async () => {
    project = await projectWith('missing-title.md', 'guides');
    const { failed, output } = await sync(project);
    expect(failed).toBe(true);
    expect(output).toContain('content/guides/missing-title.md');
    expect(output).toMatch(/title\*?\*?: /);
  });

  it('fails on a template whose field has no room to write, naming the file and the field', async () => {
    project = await projectWith('no-room.json', 'templates');
    const { failed, output } = await sync(project);
    expect(failed).toBe(true);
    expect(output).toContain('content/templates/no-room.json');
    expect(output).toContain('sections.0.items.0');
  });

  it('fails on a prompt set whose prompt has no hint, naming the file and the field', async () => {
    project = await projectWith('missing-hint.json', 'reflections');
    const { failed, output } = await sync(project);
    expect(failed).toBe(true);
    expect(output).toContain('content/reflections/missing-hint.json');
    expect(output).toContain('prompts.1.hint');
  });
});
