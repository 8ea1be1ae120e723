// A reflection's summary: the guide's five sections, which the person may edit; kept in drafts and saved entries.
import { isCoachSource, type CoachSource } from './coach-source';
import { hasFields, isBoolean, isString, optional } from './plain';

export interface Summary {
  /** "## Section" headings and "- " bullets (see summary-format); the person may edit it freely. */
  text: string;
  source: CoachSource;
  createdAt: string;
  /** Digest of the answers it was written from: when they change, the summary may be out of date. */
  basedOn?: string;
  /** True once the person changed the coach's words. */
  edited?: boolean;
}

export const isSummary = (v: unknown): v is Summary =>
  hasFields(v, {
    text: isString,
    source: isCoachSource,
    createdAt: isString,
    basedOn: optional(isString),
    edited: optional(isBoolean),
  });
