// Templates: every file in content/templates matches the schema, and its plain-text version (Copy as text)
// carries every heading, label and tick box of the printed sheet.
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { TemplateSchema } from '../../src/shared/schemas/content';
import { templateToText } from '../../src/data/template-text';

const files = (await readdir('content/templates')).filter((f) => f.endsWith('.json'));
const load = async (file: string) =>
  TemplateSchema.parse(JSON.parse(await readFile(`content/templates/${file}`, 'utf8')));

describe('templates in content/templates', () => {
  it('has the six templates a mentorship uses, and the intake form for leads', () => {
    const ids = files.map((f) => f.replace(/\.json$/, '')).sort();
    expect(ids).toEqual([
      'closing-note',
      'matching-intake-form',
      'meeting-agenda',
      'mentoring-agreement',
      'needs-map',
      'three-month-review',
      'update-for-your-mentor',
    ]);
  });

  it.each(files)('%s matches the template schema', async (file) => {
    const raw: unknown = JSON.parse(await readFile(`content/templates/${file}`, 'utf8'));
    expect(TemplateSchema.safeParse(raw).error?.issues ?? []).toEqual([]);
  });

  it.each(files)('%s copies as text with every heading and label of the sheet', async (file) => {
    const template = await load(file);
    const text = templateToText(template);
    for (const section of template.sections) {
      expect(text).toContain(`${section.heading}\n${'-'.repeat(section.heading.length)}`);
      for (const item of section.items) {
        if ('field' in item) expect(text).toContain(`${item.field}`);
        if ('check' in item) expect(text).toContain(`[ ] ${item.check}`);
        if ('text' in item) expect(text).toContain(item.text);
        if ('table' in item) for (const column of item.table.columns) expect(text).toContain(`${column}:`);
      }
    }
  });

  it('gives every template a distinct order', async () => {
    const orders = await Promise.all(files.map(async (f) => (await load(f)).order));
    expect(new Set(orders).size).toBe(orders.length);
  });
});

describe('templateToText', () => {
  const template = TemplateSchema.parse({
    title: 'A small template',
    description: 'A template used only by this test.',
    audience: 'both',
    order: 1,
    intro: 'Fill this in before the meeting.',
    sections: [
      { heading: 'Who', columns: 2, items: [{ field: 'Mentee' }, { field: 'Date', hint: 'day and month' }] },
      {
        heading: 'Plan',
        items: [{ field: 'Goal', lines: 3 }, { check: 'Agenda sent' }, { text: 'Either of us can end this.' }],
      },
      { heading: 'Map', items: [{ table: { columns: ['Need', 'Who'], rows: 2 } }] },
    ],
  });

  it('writes a title, underlined sections and blanks to fill in', () => {
    expect(templateToText(template)).toBe(
      [
        'A small template',
        '================',
        '',
        'Who',
        '---',
        'Mentee:',
        'Date (day and month):',
        '',
        'Plan',
        '----',
        'Goal:',
        '',
        '[ ] Agenda sent',
        'Either of us can end this.',
        '',
        'Map',
        '---',
        '1. Need:',
        '   Who:',
        '',
        '2. Need:',
        '   Who:',
        '',
      ].join('\n'),
    );
  });

  it('rejects a field with no room to write', () => {
    const bad = { ...template, sections: [{ heading: 'Who', items: [{ field: 'Mentee', lines: 0 }] }] };
    expect(TemplateSchema.safeParse(bad).success).toBe(false);
  });
});
