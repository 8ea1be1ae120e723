// Entity tags and the conditional-request headers that carry them, as RFC 9110 defines them (sections 8.8.3,
// 13.1.1, 13.1.2): If-Match uses the strong comparison, If-None-Match the weak one, both take a list or "*".

/** One entity-tag: `"abc"` (strong) or `W/"abc"` (weak); `opaque` is the text between the quotes. */
export interface EntityTag {
  weak: boolean;
  opaque: string;
}

/**
 * A parsed If-Match or If-None-Match field: `any` for "*", a list of tags, or `invalid` for a value that is
 * not valid syntax (e.g. `abc` without quotes). An invalid field is never treated as "*".
 */
export type EntityTagCondition = { kind: 'any' } | { kind: 'list'; tags: EntityTag[] } | { kind: 'invalid' };

// etagc = %x21 / %x23-7E / obs-text: any visible character except the double quote, or a byte above 0x7F.
const ENTITY_TAG = /^(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"$/;

/** Parses a conditional header's value; `null` when the header is absent. */
export function parseEntityTagCondition(value: string | null): EntityTagCondition | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '*') return { kind: 'any' };
  const tags: EntityTag[] = [];
  // A quoted tag may contain a comma, so split on commas outside quotes. Empty list elements are allowed
  // and ignored (RFC 9110 section 5.6.1).
  for (const member of splitOutsideQuotes(trimmed)) {
    const text = member.trim();
    if (text === '') continue;
    const match = ENTITY_TAG.exec(text);
    if (!match) return { kind: 'invalid' };
    tags.push({ weak: match[1] !== undefined, opaque: match[2] ?? '' });
  }
  return tags.length > 0 ? { kind: 'list', tags } : { kind: 'invalid' };
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** Strong comparison: both tags strong and their opaque parts identical. */
export function strongMatch(a: EntityTag, b: EntityTag): boolean {
  return !a.weak && !b.weak && a.opaque === b.opaque;
}

/** Weak comparison: the opaque parts identical, whether or not either tag is weak. */
export function weakMatch(a: EntityTag, b: EntityTag): boolean {
  return a.opaque === b.opaque;
}

/**
 * Evaluates If-Match against an existing representation's tag (section 13.1.1): true for "*" or when any
 * listed tag matches strongly. An unparseable field matches nothing, so the request fails with 412.
 */
export function ifMatchPasses(condition: EntityTagCondition, current: EntityTag): boolean {
  if (condition.kind === 'any') return true;
  if (condition.kind === 'invalid') return false;
  return condition.tags.some((tag) => strongMatch(tag, current));
}

/**
 * True when If-None-Match names the existing representation (section 13.1.2): "*" or any listed tag
 * matching weakly. For GET that means 304 Not Modified. An unparseable field names nothing.
 */
export function ifNoneMatchMatches(condition: EntityTagCondition, current: EntityTag): boolean {
  if (condition.kind === 'any') return true;
  if (condition.kind === 'invalid') return false;
  return condition.tags.some((tag) => weakMatch(tag, current));
}

/** The strong tag of an entry revision: revision 3 is `"3"`. */
export function revisionTag(revision: number): EntityTag {
  return { weak: false, opaque: String(revision) };
}

/** The ETag header value of an entry revision. */
export function revisionETag(revision: number): string {
  return `"${revision}"`;
}
