// Links inside guide bodies: which internal pages a guide points to, and whether each one exists.
// The guide pages run this at build time (a broken link or a guide with fewer than two links to related
// guides, reflections or templates stops the build); the unit tests run it over content/ directly.

/** A Markdown link to a page on this site, as written. */
export interface InternalLink {
  text: string;
  href: string;
  /** The path without the #fragment or ?query: "/guides/making-the-ask/". */
  path: string;
}

/** What exists on the site, by id, for checking links against. */
export interface KnownPages {
  guides: ReadonlySet<string>;
  reflections: ReadonlySet<string>;
  templates: ReadonlySet<string>;
}

/** Pages that are not made from content: every link to one of these is fine. */
export const STATIC_PAGES: ReadonlySet<string> = new Set([
  '/',
  '/guides/',
  '/reflect/',
  '/templates/',
  '/journal/',
  '/search/',
  '/privacy/',
  '/about/',
]);

/** Guides must link to at least this many related guides, reflections or templates. */
export const MIN_RELATED_LINKS = 2;

const MARKDOWN_LINK = /(?<!!)\[([^\]]+)\]\((\/[^)\s]*)\)/g;

/** Every inline Markdown link whose target starts with "/" (images excluded). */
export function internalLinks(markdown: string): InternalLink[] {
  return [...markdown.matchAll(MARKDOWN_LINK)].map((m) => {
    const href = m[2] ?? '';
    return { text: m[1] ?? '', href, path: href.replace(/[?#].*$/, '') };
  });
}

/** The kind and id a content path names ("/guides/x/" → guide x), or undefined for any other path. */
export function contentTarget(path: string): { kind: keyof KnownPages; id: string } | undefined {
  const match = path.match(/^\/(guides|reflect|templates)\/([a-z0-9-]+)\/$/);
  if (!match) return undefined;
  const kind = match[1] === 'reflect' ? 'reflections' : (match[1] as 'guides' | 'templates');
  return { kind, id: match[2] ?? '' };
}

/** True when the path is a page the build makes. Paths must end in "/", as every built page does. */
export function pageExists(path: string, known: KnownPages): boolean {
  if (STATIC_PAGES.has(path)) return true;
  const target = contentTarget(path);
  return target !== undefined && known[target.kind].has(target.id);
}

/**
 * Problems with one guide's links, as sentences naming the file: each link to a page that does not exist,
 * and too few links to related content. Links to the guide itself do not count as related.
 */
export function guideLinkProblems(guideId: string, markdown: string, known: KnownPages): string[] {
  const file = `content/guides/${guideId}.md`;
  const links = internalLinks(markdown);
  const problems = links
    .filter((link) => !pageExists(link.path, known))
    .map((link) => `${file}: the link "${link.text}" points to ${link.href}, which is not a page on this site.`);
  const related = new Set(
    links
      .filter((link) => pageExists(link.path, known) && contentTarget(link.path) !== undefined)
      .map((link) => link.path)
      .filter((path) => path !== `/guides/${guideId}/`),
  );
  if (related.size < MIN_RELATED_LINKS) {
    problems.push(
      `${file}: links to ${related.size} related guides, reflections or templates; every guide needs at least ${MIN_RELATED_LINKS}.`,
    );
  }
  return problems;
}
