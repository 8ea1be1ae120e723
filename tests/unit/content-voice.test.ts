// The house voice in every guide, prompt set and template: no exclamation marks, no emoji; each prompt is
// one open question with one hint; and the made-up people in examples are never reused across guides.
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { GuideSchema } from '../../src/shared/schemas/content';
import { PROMPT_SETS } from '../../src/shared/schemas/prompt-sets';

const guideFiles = (await readdir('content/guides')).filter((f) => f.endsWith('.md'));
const guides = await Promise.all(
  guideFiles.map(async (file) => {
    const text = await readFile(`content/guides/${file}`, 'utf8');
    const [, frontmatter = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    return { file, body, data: GuideSchema.parse(parseYaml(frontmatter)) };
  }),
);
const allText = [
  ...guides.map((g) => [g.file, g.body] as const),
  ...(await Promise.all(
    (await readdir('content/templates')).map(
      async (f) => [f, await readFile(`content/templates/${f}`, 'utf8')] as const,
    ),
  )),
  ...(await Promise.all(
    (await readdir('content/reflections')).map(
      async (f) => [f, await readFile(`content/reflections/${f}`, 'utf8')] as const,
    ),
  )),
];

describe('the voice of all content', () => {
  it.each(allText)('%s has no exclamation marks and no emoji', (_file, text) => {
    expect(text).not.toContain('!');
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});

describe('prompts', () => {
  const prompts = [...PROMPT_SETS.values()].flatMap((set) =>
    set.prompts.map((p) => [`${set.id}/${p.id}`, p.text] as const),
  );
  const question = (text: string) => text.slice(text.search(/[^.?]*\?$/)).trim();

  it.each(prompts)('%s asks exactly one question, at the end', (_id, text) => {
    expect(text.match(/\?/g)).toHaveLength(1);
    expect(text.endsWith('?')).toBe(true);
  });

  it.each(prompts)('%s asks an open question, not a yes/no one', (_id, text) => {
    expect(question(text)).not.toMatch(
      /^(do|does|did|is|are|was|were|can|could|have|has|had|will|would|should|may|might)\b/i,
    );
    expect(question(text)).toMatch(/\b(what|how|who|where|when|which)\b/i);
  });

  it.each(prompts)('%s asks one thing, with "what" or "how" rather than "why"', (_id, text) => {
    expect(text).not.toMatch(/\b(and|or)\s+(what|how|who|where|when|which|why)\b/i);
    expect(text).not.toMatch(/\band by when\b/i);
    expect(text).not.toMatch(/\bwhy\b/i);
  });
});

describe('people in examples', () => {
  it.each(guides.filter((g) => g.data.people.length > 0).map((g) => [g.file, g] as const))(
    '%s names each of its people in its body',
    (_file, guide) => {
      for (const name of guide.data.people) expect(guide.body).toMatch(new RegExp(`\\b${name}\\b`));
    },
  );

  it.each(guides.map((g) => [g.file, g] as const))(
    '%s lists everyone its sample messages greet or are signed by',
    (_file, guide) => {
      const greeted = [...guide.body.matchAll(/\b(?:Hi|Dear|Hello)\s+([A-Z][a-z]+)\b/g)].map((m) => m[1]);
      const signed = [
        ...guide.body.matchAll(/^>\s*(?:(?:Best wishes|Best|Thanks again|Thanks|Regards),?\s*)?([A-Z][a-z]+)\s*$/gm),
      ].map((m) => m[1]);
      const unlisted = [...new Set([...greeted, ...signed])].filter(
        (name) => name && !guide.data.people.includes(name),
      );
      expect(unlisted).toEqual([]);
    },
  );

  it('never lets a guide use a name that another guide lists for its own example', () => {
    const clashes = guides.flatMap((owner) =>
      owner.data.people.flatMap((name) =>
        guides
          .filter((other) => other !== owner && new RegExp(`\\b${name}\\b`).test(other.body))
          .map((other) => `${name}: ${owner.file} and ${other.file}`),
      ),
    );
    expect(clashes).toEqual([]);
  });
});
