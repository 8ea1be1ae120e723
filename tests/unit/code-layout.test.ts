// Pins the folder rule that says where code runs: src/browser and src/islands never pull zod (or the zod
// schemas in src/shared/schemas) into an island bundle, and src/shared never touches the DOM or Node.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/** Value imports only: `import type` is erased at build time and costs the bundle nothing. */
function valueImports(source: string): string[] {
  return [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms), ...source.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? '');
}

describe('code layout', () => {
  it('keeps zod and the zod schemas out of browser code and islands', async () => {
    const offenders: string[] = [];
    for (const file of [...(await sourceFiles('src/browser')), ...(await sourceFiles('src/islands'))]) {
      const imports = valueImports(await readFile(file, 'utf8'));
      for (const spec of imports) if (spec === 'zod' || spec.includes('/schemas/')) offenders.push(`${file} imports ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps src/shared free of browser and Node APIs', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles('src/shared')) {
      const source = await readFile(file, 'utf8');
      if (/\b(document|window|localStorage)\./.test(source)) offenders.push(`${file} uses the DOM`);
      for (const spec of valueImports(source)) if (spec.startsWith('node:') || spec.startsWith('@netlify/')) offenders.push(`${file} imports ${spec}`);
    }
    expect(offenders).toEqual([]);
  });
});
