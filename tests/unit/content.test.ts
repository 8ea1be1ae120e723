import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { GuideSchema, PromptSetSchema } from '../../src/shared/schemas/content';
import { PROMPT_SETS } from '../../src/shared/schemas/prompt-sets';

const GUIDES_DIR = 'content/guides';
const SETS_DIR = 'content/reflections';

async function readGuide(file: string) {
  const text = await readFile(join(GUIDES_DIR, file), 'utf8');
  const match = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return { frontmatter: parseYaml(match[1] ?? '') as unknown, body: match[2] ?? '' };
}

const guideFiles = (await readdir(GUIDES_DIR)).filter((f) => f.endsWith('.md'));
const setFiles = (await readdir(SETS_DIR)).filter((f) => f.endsWith('.json'));

describe('guides in content/guides', () => {
  it('has at least twenty guides', () => {
    expect(guideFiles.length).toBeGreaterThanOrEqual(20);
  });

  it('has a program lead track of three or four guides', async () => {
    const audiences = await Promise.all(
      guideFiles.map(async (f) => GuideSchema.parse((await readGuide(f)).frontmatter).audience),
    );
    const leads = audiences.filter((a) => a === 'lead').length;
    expect(leads).toBeGreaterThanOrEqual(3);
    expect(leads).toBeLessThanOrEqual(4);
  });

  it.each(guideFiles)('%s matches the guide schema', async (file) => {
    const { frontmatter } = await readGuide(file);
    const result = GuideSchema.safeParse(frontmatter);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(guideFiles)('%s links only to prompt sets that exist', async (file) => {
    const { frontmatter } = await readGuide(file);
    const { reflections } = GuideSchema.parse(frontmatter);
    for (const id of reflections) expect(PROMPT_SETS.has(id), `${file} → ${id}`).toBe(true);
  });

  it('gives every guide a distinct order', async () => {
    const orders = await Promise.all(
      guideFiles.map(async (f) => GuideSchema.parse((await readGuide(f)).frontmatter).order),
    );
    expect(new Set(orders).size).toBe(orders.length);
  });

  it.each(guideFiles)('%s uses no exclamation marks and no first-level heading', async (file) => {
    const { body } = await readGuide(file);
    expect(body).not.toMatch(/^# /m);
    expect(body).not.toContain('!');
  });
});

describe('prompt sets in content/reflections', () => {
  it.each(setFiles)('%s matches the prompt-set schema', async (file) => {
    const raw: unknown = JSON.parse(await readFile(join(SETS_DIR, file), 'utf8'));
    expect(PromptSetSchema.safeParse(raw).error?.issues ?? []).toEqual([]);
  });

  it('registers every file for the server, and nothing else', () => {
    const ids = setFiles.map((f) => f.replace(/\.json$/, '')).sort();
    expect([...PROMPT_SETS.keys()].sort()).toEqual(ids);
  });
});

describe('the prompt-set schema', () => {
  const valid = {
    title: 'A set',
    description: 'A description that is long enough.',
    audience: 'both',
    order: 1,
    intro: 'An introduction that is long enough.',
    prompts: [
      { id: 'one', text: 'What happened first?', hint: 'Think of a moment.' },
      { id: 'two', text: 'What happened next?', hint: 'Think of a moment.' },
      { id: 'three', text: 'What will you try?', hint: 'Think of a moment.' },
    ],
    outro: 'An outro that is long enough too.',
  };

  it('accepts a valid set', () => {
    expect(PromptSetSchema.safeParse(valid).success).toBe(true);
  });

  it('rejects duplicate prompt ids and says so', () => {
    const prompts = [valid.prompts[0], valid.prompts[0], valid.prompts[2]];
    const result = PromptSetSchema.safeParse({ ...valid, prompts });
    expect(result.error?.issues[0]?.message).toBe('prompt ids must be unique within a set');
  });

  it('rejects a prompt without a hint, naming the field', () => {
    const prompts = [{ id: 'one', text: 'What happened first?' }, ...valid.prompts.slice(1)];
    const issue = PromptSetSchema.safeParse({ ...valid, prompts }).error?.issues[0];
    expect(issue?.path).toEqual(['prompts', 0, 'hint']);
  });

  it('rejects unknown fields', () => {
    expect(PromptSetSchema.safeParse({ ...valid, colour: 'blue' }).success).toBe(false);
  });
});
