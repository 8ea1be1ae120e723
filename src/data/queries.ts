// Astro-side lookups over the content collections, shared by pages.
import { getCollection, type CollectionEntry } from 'astro:content';

export type GuideEntry = CollectionEntry<'guides'>;
export type ReflectionEntry = CollectionEntry<'reflections'>;

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
      throw new Error(`content/guides/${guide.id}.md: reflections lists "${id}", but content/reflections/${id}.json does not exist`);
    }
    return set;
  });
}
