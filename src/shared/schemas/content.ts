import { z } from 'zod';

/** Who a prompt set is written for: the two sides of a mentorship. */
export const AudienceSchema = z.enum(['mentee', 'mentor', 'both'], {
  error: 'audience must be one of "mentee", "mentor" or "both"',
});
export type Audience = z.infer<typeof AudienceSchema>;

/** Who a guide or a template is for: either side, both, or the lead who runs a mentoring program. */
export const GuideAudienceSchema = z.enum(['mentee', 'mentor', 'both', 'lead'], {
  error: 'audience must be one of "mentee", "mentor", "both" or "lead"',
});
export type GuideAudience = z.infer<typeof GuideAudienceSchema>;

/** Ids are kebab-case so they can live in URLs and file names unchanged. */
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lowercase letters, digits and single dashes)');

/** Frontmatter of a guide in content/guides/*.md. */
export const GuideSchema = z.strictObject({
  title: z.string().min(3, 'title must be at least 3 characters').max(80),
  description: z.string().min(20, 'description must be at least 20 characters').max(200),
  audience: GuideAudienceSchema,
  /** Position in lists and in previous/next navigation; lower comes first. */
  order: z.number().int().positive(),
  /** Ids of prompt sets in content/reflections/ that pair with this guide. */
  reflections: z.array(kebabId).default([]),
  /**
   * First names of the made-up people in this guide's examples. Each example has its own people: a test
   * fails when a name listed here turns up in another guide, where it would stand for someone else.
   */
  people: z.array(z.string().regex(/^[A-Z][a-z]+$/, 'people must be first names, such as "Amara"')).default([]),
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
    /** Opens with "Since last time": the person's open commitments, before the first prompt (when the journal has any). */
    checkIn: z.boolean().optional(),
  })
  .refine((set) => new Set(set.prompts.map((p) => p.id)).size === set.prompts.length, {
    message: 'prompt ids must be unique within a set',
    path: ['prompts'],
  });
export type PromptSet = z.infer<typeof PromptSetSchema>;

/**
 * One thing on a template sheet. A field is a label with room to write: one line sits beside the label,
 * more lines go below it. A check is a tick box; a text is a fixed sentence both people agree to; a table
 * has named columns and empty rows (a needs map, an intake grid).
 */
export const TemplateItemSchema = z.union([
  z.strictObject({
    field: z.string().min(1).max(80),
    lines: z.number().int().min(1, 'lines must be at least 1').max(10).default(1),
    /** A short, muted nudge beside the label, such as "about three months on". */
    hint: z.string().min(3).max(80).optional(),
  }),
  z.strictObject({ check: z.string().min(3).max(160) }),
  z.strictObject({ text: z.string().min(3).max(300) }),
  z.strictObject({
    table: z.strictObject({
      columns: z.array(z.string().min(1).max(40)).min(2).max(4),
      rows: z.number().int().min(1).max(8),
    }),
  }),
]);
export type TemplateItem = z.infer<typeof TemplateItemSchema>;

export const TemplateSectionSchema = z.strictObject({
  heading: z.string().min(2).max(60),
  /** Two columns suit runs of one-line fields (names, dates); the default is one. */
  columns: z.union([z.literal(1), z.literal(2)]).default(1),
  items: z.array(TemplateItemSchema).min(1).max(12),
});
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;

/** A printable, copyable template in content/templates/<id>.json; the file name is the id and the URL. */
export const TemplateSchema = z.strictObject({
  title: z.string().min(3).max(60),
  description: z.string().min(20, 'description must be at least 20 characters').max(200),
  audience: GuideAudienceSchema,
  order: z.number().int().positive(),
  /** Shown on screen above the sheet: when to use it and who fills it in. Not printed. */
  intro: z.string().min(20).max(500),
  sections: z.array(TemplateSectionSchema).min(1).max(8),
});
export type Template = z.infer<typeof TemplateSchema>;
