import { z } from 'zod';

/** Who a guide or a prompt set is written for. */
export const AudienceSchema = z.enum(['mentee', 'mentor', 'both'], {
  error: 'audience must be one of "mentee", "mentor" or "both"',
});
export type Audience = z.infer<typeof AudienceSchema>;

/** Ids are kebab-case so they can live in URLs and file names unchanged. */
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lowercase letters, digits and single dashes)');

/** Frontmatter of a guide in content/guides/*.md. */
export const GuideSchema = z.strictObject({
  title: z.string().min(3, 'title must be at least 3 characters').max(80),
  description: z.string().min(20, 'description must be at least 20 characters').max(200),
  audience: AudienceSchema,
  /** Position in lists and in previous/next navigation; lower comes first. */
  order: z.number().int().positive(),
  /** Ids of prompt sets in content/reflections/ that pair with this guide. */
  reflections: z.array(kebabId).default([]),
});
export type Guide = z.infer<typeof GuideSchema>;

export const PromptSchema = z.strictObject({
  id: kebabId,
  text: z.string().min(10, 'prompt text must be at least 10 characters').max(300),
  /** A quieter nudge shown under the prompt; also feeds the built-in guide's follow-ups. */
  hint: z.string().min(10, 'hint must be at least 10 characters').max(400),
});
export type Prompt = z.infer<typeof PromptSchema>;

/** A guided reflection in content/reflections/<id>.json; the file name is the id. */
export const PromptSetSchema = z
  .strictObject({
    title: z.string().min(3).max(80),
    description: z.string().min(20, 'description must be at least 20 characters').max(200),
    audience: AudienceSchema,
    order: z.number().int().positive(),
    /** Shown before the first prompt. */
    intro: z.string().min(20).max(600),
    prompts: z.array(PromptSchema).min(3, 'a prompt set needs at least 3 prompts').max(12),
    /** Shown on the review step, before the summary. */
    outro: z.string().min(20).max(600),
  })
  .refine((set) => new Set(set.prompts.map((p) => p.id)).size === set.prompts.length, {
    message: 'prompt ids must be unique within a set',
    path: ['prompts'],
  });
export type PromptSet = z.infer<typeof PromptSetSchema>;
