// What a stored draft must look like (runner-state.ts restores a draft only when it passes); anything else in
// localStorage is ignored, not trusted. Hand-written rather than zod: this runs in the island, where zod would be
// most of its JavaScript.
import { isCoachSource } from '../shared/coach';
import type { Draft, FollowUp, JournalLink, PromptAnswer, Summary } from './runner-state';

const PHASES = ['intro', 'checkin', 'prompt', 'review', 'summary'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function isFollowUp(v: unknown): v is FollowUp {
  return isObject(v) && isString(v['question']) && isString(v['answer']) && typeof v['skipped'] === 'boolean' && isCoachSource(v['source']);
}

function isPromptAnswer(v: unknown): v is PromptAnswer {
  return isObject(v) && isString(v['answer']) && Array.isArray(v['followUps']) && v['followUps'].every(isFollowUp);
}

function isSummary(v: unknown): v is Summary {
  return (
    isObject(v) &&
    isString(v['text']) &&
    isString(v['createdAt']) &&
    isCoachSource(v['source']) &&
    (v['basedOn'] === undefined || isString(v['basedOn'])) &&
    (v['edited'] === undefined || typeof v['edited'] === 'boolean')
  );
}

function isJournalLink(v: unknown): v is JournalLink {
  return isObject(v) && isString(v['localId']) && (v['baseRevision'] === null || typeof v['baseRevision'] === 'number');
}

/** True when a parsed value has exactly the shape of a Draft. */
export function isDraft(v: unknown): v is Draft {
  return (
    isObject(v) &&
    v['v'] === 1 &&
    isString(v['setId']) &&
    PHASES.includes(v['phase'] as string) &&
    typeof v['index'] === 'number' &&
    Number.isFinite(v['index']) &&
    isObject(v['answers']) &&
    Object.values(v['answers']).every(isPromptAnswer) &&
    (v['summary'] === null || isSummary(v['summary'])) &&
    (v['previousSummary'] === undefined || v['previousSummary'] === null || isSummary(v['previousSummary'])) &&
    (v['journal'] === undefined || v['journal'] === null || isJournalLink(v['journal'])) &&
    isString(v['updatedAt'])
  );
}
