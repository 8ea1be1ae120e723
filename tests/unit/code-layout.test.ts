// Pins the folder rules: where code runs (src/browser and src/islands never pull zod, or the zod schemas in
// src/shared/schemas, into an island bundle; src/shared never touches the DOM or Node), that the model in
// src/shared/model imports nothing above it, and that no files import each other in a circle, type imports included.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

async function sourceFiles(dir: string, pattern = /\.(ts|tsx)$/): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && pattern.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/** Every module a file names: imports and re-exports (`type` ones too), side-effect and dynamic imports. */
function allImports(source: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/gms,
    /^\s*import\s+'([^']+)'/gm,
    /import\(\s*'([^']+)'\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1] ?? ''));
}

/** The file a relative import names (TypeScript's resolution: the extension left out, or a folder's index.ts). */
function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = normalize(join(dirname(from), spec));
  const candidates = [base, ...['.ts', '.tsx', '.mts'].map((ext) => base + ext), join(base, 'index.ts')];
  return candidates.find((path) => /\.(ts|tsx|mts)$/.test(path) && existsSync(path));
}

/** Groups of files that import each other, directly or through others (Tarjan's strongly connected components). */
function importCircles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) circles.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return circles;
}

/** Value imports only: `import type` is erased at build time and costs the bundle nothing. */
function valueImports(source: string): string[] {
  return [
    ...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms),
    ...source.matchAll(/import\(\s*'([^']+)'\s*\)/g),
  ].map((m) => m[1] ?? '');
}

describe('code layout', () => {
  it('keeps zod and the zod schemas out of browser code and islands', async () => {
    const offenders: string[] = [];
    for (const file of [...(await sourceFiles('src/browser')), ...(await sourceFiles('src/islands'))]) {
      const imports = valueImports(await readFile(file, 'utf8'));
      for (const spec of imports)
        if (spec === 'zod' || spec.includes('/schemas/')) offenders.push(`${file} imports ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps src/shared free of browser and Node APIs', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles('src/shared')) {
      const source = await readFile(file, 'utf8');
      if (/\b(document|window|localStorage)\./.test(source)) offenders.push(`${file} uses the DOM`);
      for (const spec of valueImports(source))
        if (spec.startsWith('node:') || spec.startsWith('@netlify/')) offenders.push(`${file} imports ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the model a leaf: src/shared/model imports nothing outside its folder', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles('src/shared/model')) {
      for (const spec of allImports(await readFile(file, 'utf8'))) {
        const target = resolveImport(file, spec);
        if (!target?.startsWith(join('src', 'shared', 'model'))) offenders.push(`${file} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has no import circles in src or netlify, type imports included', async () => {
    const files = [...(await sourceFiles('src')), ...(await sourceFiles('netlify', /\.(ts|tsx|mts)$/))];
    const graph = new Map<string, string[]>();
    for (const file of files) {
      const targets = allImports(await readFile(file, 'utf8')).flatMap((spec) => resolveImport(file, spec) ?? []);
      graph.set(file, [...new Set(targets)]);
    }
    expect(importCircles(graph)).toEqual([]);
  });
});
