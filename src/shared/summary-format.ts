// The summary's fixed shape. Both guides (Gemini and built-in) write these five sections as Markdown-like text
// ("## Title" lines, "- " bullets); the island parses it into plain data and renders it as text, never as HTML.

export const SUMMARY_SECTIONS = [
  { key: 'stoodOut', title: 'What stood out' },
  { key: 'strengths', title: 'Strengths' },
  { key: 'growthEdges', title: 'Growth edges' },
  { key: 'nextSteps', title: 'Next steps' },
  { key: 'questions', title: 'Questions for your mentor' },
] as const;

export type SummarySectionKey = (typeof SUMMARY_SECTIONS)[number]['key'];

export interface SummarySection {
  key: SummarySectionKey;
  title: string;
  /** Paragraphs and bullet items, in order, as plain text. */
  blocks: { kind: 'paragraph' | 'bullet'; text: string }[];
}

const TITLE_TO_KEY = new Map<string, SummarySectionKey>(SUMMARY_SECTIONS.map((s) => [normalise(s.title), s.key]));

function normalise(title: string): string {
  return title.toLowerCase().replace(/[^a-z ]/g, '').trim();
}

/**
 * Parses summary text (possibly still streaming) into the known sections, in the canonical order.
 * Text before the first known heading, and headings it does not know, are kept in the section before them
 * rather than dropped, so nothing the guide wrote disappears.
 */
export function parseSummary(text: string): SummarySection[] {
  const found = new Map<SummarySectionKey, SummarySection>();
  let current: SummarySection | undefined;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (!line) continue;
    const heading = line.match(/^#{1,4}\s*(.+?)\s*#*$/) ?? line.match(/^\*\*(.+?)\*\*:?$/);
    const key = heading ? TITLE_TO_KEY.get(normalise(heading[1] ?? '')) : undefined;
    if (key) {
      current = found.get(key) ?? { key, title: SUMMARY_SECTIONS.find((s) => s.key === key)?.title ?? '', blocks: [] };
      found.set(key, current);
      continue;
    }
    if (!current) {
      current = { key: 'stoodOut', title: 'What stood out', blocks: [] };
      found.set('stoodOut', current);
    }
    const bullet = line.match(/^(?:[-*•]|\d+[.)])\s+(.*)$/);
    const cleaned = (bullet ? bullet[1] ?? '' : heading ? heading[1] ?? '' : line).replace(/\*\*(.+?)\*\*/g, '$1');
    current.blocks.push({ kind: bullet ? 'bullet' : 'paragraph', text: cleaned });
  }
  return SUMMARY_SECTIONS.flatMap((s) => {
    const section = found.get(s.key);
    return section ? [section] : [];
  });
}

/** True once every section has at least one line: the guide finished the whole shape. */
export function isCompleteSummary(sections: SummarySection[]): boolean {
  return SUMMARY_SECTIONS.every((s) => sections.some((found) => found.key === s.key && found.blocks.length > 0));
}

/** The summary as Markdown, for copying and downloading. */
export function summaryToMarkdown(title: string, sections: SummarySection[], date: Date = new Date()): string {
  const lines = [`# ${title}`, '', `_${date.toISOString().slice(0, 10)}_`, ''];
  for (const section of sections) {
    lines.push(`## ${section.title}`, '');
    for (const block of section.blocks) lines.push(block.kind === 'bullet' ? `- ${block.text}` : block.text);
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
