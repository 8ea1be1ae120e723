import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GuideSchema, PromptSetSchema, TemplateSchema } from './shared/schemas/content';

/** Markdown guides; the file name (without .md) is the URL slug. */
const guides = defineCollection({
  loader: glob({ base: './content/guides', pattern: '**/*.md' }),
  schema: GuideSchema,
});

/** Guided reflections; the file name (without .json) is the set id used by pages and the AI proxy. */
const reflections = defineCollection({
  loader: glob({ base: './content/reflections', pattern: '**/*.json' }),
  schema: PromptSetSchema,
});

/** Printable templates (agreement, agenda, needs map…); the file name is the URL slug under /templates/. */
const templates = defineCollection({
  loader: glob({ base: './content/templates', pattern: '**/*.json' }),
  schema: TemplateSchema,
});

export const collections = { guides, reflections, templates };
