// A saved reflection's content: exactly what is encrypted and stored for one journal entry (its own format version,
// independent of the cipher's), how it is made from a draft, and the guard a stored or decrypted copy must pass.
import { isAnswers, type PromptAnswer } from './answer';
import { isCheckIn, type CheckIn } from './check-in';
import { isCommitment, type Commitment } from './commitment';
import type { Draft } from './draft';
import { hasFields, isString, listOf, nullable, optional } from './plain';
import { isSummary, type Summary } from './summary';

export interface EntryContent {
  v: 1;
  setId: string;
  setTitle: string;
  prompts: { id: string; text: string }[];
  answers: Record<string, PromptAnswer>;
  summary: Summary | null;
  savedAt: string;
  /** The summary's "Next steps" as the person's commitments (absent in entries saved before commitments existed). */
  commitments?: Commitment[];
  /** What the person said happened to earlier commitments, when this reflection opened with them. */
  checkIns?: CheckIn[];
}

/** The content saved for a draft: what the person sees, including a summary they edited. */
export function entryContentFrom(
  draft: Draft,
  setTitle: string,
  prompts: { id: string; text: string }[],
): EntryContent {
  const checkIns = draft.checkIns?.length ? { checkIns: draft.checkIns } : {};
  return {
    v: 1,
    setId: draft.setId,
    setTitle,
    prompts,
    answers: draft.answers,
    summary: draft.summary,
    savedAt: new Date().toISOString(),
    ...checkIns,
  };
}

/** A saved reflection's content, as stored locally or decrypted from the server. */
const isPrompt = (p: unknown) => hasFields(p, { id: isString, text: isString });

export const isEntryContent = (v: unknown): v is EntryContent =>
  hasFields(v, {
    v: (version) => version === 1,
    setId: isString,
    setTitle: isString,
    prompts: listOf(isPrompt),
    answers: isAnswers,
    summary: nullable(isSummary),
    savedAt: isString,
    // Absent in entries saved before commitments and check-ins existed; when there, every item must fit.
    commitments: optional(listOf(isCommitment)),
    checkIns: optional(listOf(isCheckIn)),
  });
