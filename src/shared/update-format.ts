// The shape of an update for a mentor: three "## " sections in a fixed order. Shared by the composer (browser) and
// the AI endpoint (server), which checks that a tightened update still has them before it is shown.

export const UPDATE_SECTIONS = [
  { key: 'did', title: 'What I did since we last met' },
  { key: 'happened', title: 'What happened' },
  { key: 'help', title: 'What I would like your help with' },
] as const;

export type UpdateSectionKey = (typeof UPDATE_SECTIONS)[number]['key'];

/** Longest draft the AI endpoint accepts (and the composer's text box allows). */
export const UPDATE_MAX_CHARS = 8_000;

/** What an empty section says: plainly that, as a line the person can replace with their own. */
export const EMPTY_UPDATE_TEXT: Record<UpdateSectionKey, string> = {
  did: 'Nothing from these reflections yet. Write here what you did since you last met.',
  happened: 'Nothing from these reflections yet. Write here what happened.',
  help: 'No question for your mentor in these reflections yet. Write here what you would like help with.',
};

export interface UpdateSection {
  title: string;
  /** Paragraphs and "- " bullets, in order, as plain text. */
  blocks: { kind: 'paragraph' | 'bullet'; text: string }[];
}

const headingOf = (line: string) => line.trim().match(/^#{1,4}\s*(.+?)\s*#*$/)?.[1];
const normalise = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim();

/** True when the text has the three headings, each once, in order (the AI may shorten, not restructure). */
export function hasUpdateHeadings(text: string): boolean {
  const titles = text.split('\n').flatMap((line) => {
    const heading = headingOf(line);
    return heading === undefined ? [] : [normalise(heading)];
  });
  const wanted = UPDATE_SECTIONS.map((s) => normalise(s.title));
  const found = titles.filter((t) => wanted.includes(t));
  return found.length === wanted.length && found.every((t, i) => t === wanted[i]);
}

/** Splits an update into its "## " sections for display as text (any heading starts a section; text before one stands alone). */
export function parseUpdate(text: string): UpdateSection[] {
  const sections: UpdateSection[] = [];
  let current: UpdateSection | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const heading = headingOf(line);
    if (heading !== undefined) {
      current = { title: heading, blocks: [] };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { title: '', blocks: [] };
      sections.push(current);
    }
    const bullet = line.match(/^[-*•]\s+(.*)$/);
    current.blocks.push({ kind: bullet ? 'bullet' : 'paragraph', text: bullet ? (bullet[1] ?? '') : line });
  }
  return sections;
}
