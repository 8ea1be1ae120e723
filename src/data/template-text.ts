// The plain-text version of a template, for "Copy as text": something a person can paste into an email or a
// document and fill in. Built from the same data as the printed sheet, so the two never disagree.
import type { Template, TemplateItem } from '../shared/schemas/content';

function underline(text: string, mark: string): string {
  return `${text}\n${mark.repeat(text.length)}`;
}

function itemText(item: TemplateItem): string {
  if ('field' in item) {
    const hint = item.hint ? ` (${item.hint})` : '';
    // A field with room for several lines gets an empty line to write in, so the next label stays apart.
    return item.lines > 1 ? `${item.field}${hint}:\n` : `${item.field}${hint}:`;
  }
  if ('check' in item) return `[ ] ${item.check}`;
  if ('text' in item) return item.text;
  // A table becomes numbered blocks: columns do not survive being pasted into an email.
  const { columns, rows } = item.table;
  return Array.from({ length: rows }, (_, row) =>
    columns.map((column, i) => `${i === 0 ? `${row + 1}.` : '  '} ${column}:`).join('\n'),
  ).join('\n\n');
}

/** The whole template as plain text: title, then each section with its items, ready to fill in. */
export function templateToText(template: Pick<Template, 'title' | 'sections'>): string {
  const sections = template.sections.map((section) =>
    [underline(section.heading, '-'), ...section.items.map(itemText)].join('\n'),
  );
  return `${[underline(template.title, '='), ...sections].join('\n\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
