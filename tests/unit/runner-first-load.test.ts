// Pins how the reflection runner's first load stays one file: a module that loads later (the review, the summary,
// the check-in, the coach) imports nothing of the runner's own first-load code. The bundler groups modules by who
// imports them, so one such import would split that code into a file of its own, and every file costs the first
// load bytes (its budget is 20 KB gzipped; bench/run.mjs measures it). Type imports cost nothing and are allowed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SHELL = 'src/islands/ReflectionRunner.tsx';

/** The runner's own code: what only the runner loads (modules in src/browser and src/shared are shared with other pages). */
const isRunnerCode = (file: string) => file === SHELL || file.startsWith('src/islands/runner/');

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null; // a package: not ours to place
  const base = relative('.', join(dirname(from), spec));
  const file = ['', '.ts', '.tsx', '/index.ts']
    .map((ext) => base + ext)
    .find((f) => existsSync(f) && statSync(f).isFile());
  if (!file) throw new Error(`${from}: cannot resolve ${spec}`);
  return file;
}

/** Value imports and re-exports (static) and import() calls (dynamic) of one file, resolved to files. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const source = readFileSync(file, 'utf8');
  const specs = (re: RegExp) =>
    [...source.matchAll(re)].map((m) => resolve(file, m[1] ?? m[2] ?? '')).filter((f): f is string => f !== null);
  return {
    static: specs(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'/gms),
    dynamic: specs(/import\(\s*'([^']+)'\s*\)/g),
  };
}

/** Every file a module loads with it (static imports, followed), and the import() targets found on the way. */
function closure(start: string): { files: Set<string>; later: Set<string> } {
  const files = new Set<string>();
  const later = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const { static: statics, dynamic } = importsOf(file);
    queue.push(...statics);
    for (const target of dynamic) later.add(target);
  }
  return { files, later };
}

describe('the runner’s first load', () => {
  const first = closure(SHELL);

  it('loads the steps people see later on demand, not up front', () => {
    const firstRunnerCode = [...first.files].filter(isRunnerCode);
    const later = [
      'ReviewStep.tsx',
      'SummaryStep.tsx',
      'CheckInStep.tsx',
      'create-check-in.ts',
      'coach-calls.ts',
      'RestartConfirm.tsx',
      'OtherTabNotice.tsx',
    ];
    for (const file of later) expect(firstRunnerCode).not.toContain(`src/islands/runner/${file}`);
    expect(firstRunnerCode).toContain('src/islands/runner/PromptStep.tsx');
  });

  it('shares none of its own code with a module that loads later', () => {
    const shared: string[] = [];
    const seen = new Set<string>();
    const queue = [...first.later];
    while (queue.length > 0) {
      const lazy = queue.pop()!;
      if (seen.has(lazy) || first.files.has(lazy)) continue;
      seen.add(lazy);
      const { files, later } = closure(lazy);
      for (const file of files) if (first.files.has(file) && isRunnerCode(file)) shared.push(`${lazy} imports ${file}`);
      queue.push(...later);
    }
    expect(seen.size).toBeGreaterThan(5);
    expect(shared).toEqual([]);
  });
});
