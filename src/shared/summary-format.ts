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

/**
 * What a section says when the person's writing gives it nothing: plainly that, and an invitation to add one
 * (the summary is theirs to edit). Never an invented strength or a generic next step.
 */
export const EMPTY_SECTION_TEXT: Record<SummarySectionKey, string> = {
  stoodOut: 'You have not written much yet. Even a sentence per prompt gives you something to look back on.',
  strengths: 'Nothing in your answers names something that went well yet. If something did, add it here.',
  growthEdges: 'You did not name a difficulty. If there is one you want help with, add it here.',
  nextSteps: 'You have not written down a next step yet. If one comes to mind, add it here with a date.',
  questions: 'You have no question for your mentor yet. If one comes to mind, add it here.',
};

const TITLE_TO_KEY = new Map<string, SummarySectionKey>(SUMMARY_SECTIONS.map((s) => [normalise(s.title), s.key]));

function normalise(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim();
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
    const cleaned = (bullet ? (bullet[1] ?? '') : heading ? (heading[1] ?? '') : line).replace(/\*\*(.+?)\*\*/g, '$1');
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

/** Writes sections as summary text: "## Title" lines, paragraphs, "- " bullets, blank lines between. */
export function formatSummary(sections: readonly SummarySection[]): string {
  return (
    sections
      .map((section) => {
        const body = section.blocks.map((b) => (b.kind === 'bullet' ? `- ${b.text}` : b.text));
        const joined = section.blocks.every((b) => b.kind === 'bullet') ? body.join('\n') : body.join('\n\n');
        return `## ${section.title}\n\n${joined}`;
      })
      .join('\n\n') + '\n'
  );
}

/**
 * A summary in exactly the five sections, in order, from text that may not be: a section the writer left out
 * gets its EMPTY_SECTION_TEXT, and text outside any known heading stays where parseSummary puts it.
 */
export function completeSummary(text: string): string {
  const found = parseSummary(text);
  return formatSummary(
    SUMMARY_SECTIONS.map((s) => {
      const section = found.find((f) => f.key === s.key);
      return section && section.blocks.length > 0
        ? section
        : { key: s.key, title: s.title, blocks: [{ kind: 'bullet' as const, text: EMPTY_SECTION_TEXT[s.key] }] };
    }),
  );
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
