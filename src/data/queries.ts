// Astro-side lookups over the content collections, shared by pages.
import { getCollection, type CollectionEntry } from 'astro:content';
import { guideLinkProblems, internalLinks, type KnownPages } from './content-links';

export type GuideEntry = CollectionEntry<'guides'>;
export type ReflectionEntry = CollectionEntry<'reflections'>;
export type TemplateEntry = CollectionEntry<'templates'>;

/** All guides in reading order. */
export async function getGuides(): Promise<GuideEntry[]> {
  const guides = await getCollection('guides');
  return guides.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** All prompt sets in display order. */
export async function getReflections(): Promise<ReflectionEntry[]> {
  const sets = await getCollection('reflections');
  return sets.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/**
 * The prompt sets a guide points to. An id that names no set fails the build,
 * so a typo in frontmatter cannot ship as a broken link.
 */
export async function getRelatedReflections(guide: GuideEntry): Promise<ReflectionEntry[]> {
  const sets = await getReflections();
  return guide.data.reflections.map((id) => {
    const set = sets.find((s) => s.id === id);
    if (!set) {
      throw new Error(
        `content/guides/${guide.id}.md: reflections lists "${id}", but content/reflections/${id}.json does not exist`,
      );
    }
    return set;
  });
}

/** All templates in display order. */
export async function getTemplates(): Promise<TemplateEntry[]> {
  const templates = await getCollection('templates');
  return templates.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The ids of everything the build makes pages for, to check links against. */
export async function getKnownPages(): Promise<KnownPages> {
  const [guides, reflections, templates] = await Promise.all([
    getCollection('guides'),
    getCollection('reflections'),
    getCollection('templates'),
  ]);
  return {
    guides: new Set(guides.map((g) => g.id)),
    reflections: new Set(reflections.map((r) => r.id)),
    templates: new Set(templates.map((t) => t.id)),
  };
}

/**
 * Fails the build when a guide links to a page that does not exist, or links to fewer than two related
 * guides, reflections or templates. Every problem is listed at once, each naming its file.
 */
export async function assertGuideLinks(guides: GuideEntry[]): Promise<void> {
  const known = await getKnownPages();
  const problems = guides.flatMap((guide) => guideLinkProblems(guide.id, guide.body ?? '', known));
  if (problems.length > 0) throw new Error(`Guide links need fixing:\n${problems.join('\n')}`);
}

/** The guides whose body links to this path, in reading order: the "used in" list of a template. */
export async function getGuidesLinkingTo(path: string): Promise<GuideEntry[]> {
  const guides = await getGuides();
  return guides.filter((guide) => internalLinks(guide.body ?? '').some((link) => link.path === path));
}
