// The runner's one store: the draft in a Solid store, changed only by path, so a keystroke touches one field
// (and the one text node or textarea bound to it) and nothing else re-renders. Every change calls onChange,
// which the island uses to schedule the autosave.
import { batch } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { answersDigest, stepAfter, stepBefore, type Step } from '../../browser/runner';
import type { FollowUp } from '../../shared/model/answer';
import type { CheckIn } from '../../shared/model/check-in';
import { newDraft, type Draft, type JournalLink } from '../../shared/model/draft';
import { ANSWER_MAX_CHARS } from '../../shared/model/limits';
import type { Summary } from '../../shared/model/summary';

export interface RunnerStoreOptions {
  setId: string;
  promptIds: string[];
  /** Called after every change, e.g. to schedule a save. */
  onChange?: () => void;
  /** True when this reflection opens with a check-in on open commitments (between the intro and the first prompt). */
  hasCheckIn?: () => boolean;
}

export type RunnerStore = ReturnType<typeof createRunnerStore>;

/** Creates the store for one prompt set from a restored draft (or a new one). */
export function createRunnerStore(initial: Draft, options: RunnerStoreOptions) {
  const [draft, setDraft] = createStore<Draft>(structuredClone(initial));
  const count = options.promptIds.length;

  /** Applies a change and stamps it, as one batch so effects see the whole change once. */
  const change = (apply: () => void) => {
    batch(() => {
      apply();
      setDraft('updatedAt', new Date().toISOString());
    });
    options.onChange?.();
  };
  const ensureAnswer = (promptId: string) => {
    if (!draft.answers[promptId]) setDraft('answers', promptId, { answer: '', followUps: [] });
  };
  const moveTo = (step: Step) => change(() => setDraft({ phase: step.phase, index: step.index }));
  const updateFollowUp = (promptId: string, index: number, patch: Partial<FollowUp>) =>
    change(() => setDraft('answers', promptId, 'followUps', index, patch));

  return {
    draft,
    /** The answer text, cut at the limit so the draft never holds what the server would refuse. */
    setAnswer(promptId: string, text: string) {
      change(() => {
        ensureAnswer(promptId);
        setDraft('answers', promptId, 'answer', text.slice(0, ANSWER_MAX_CHARS));
      });
    },
    addFollowUp(promptId: string, question: string, source: FollowUp['source']) {
      change(() => {
        ensureAnswer(promptId);
        setDraft('answers', promptId, 'followUps', (list) => [
          ...list,
          { question, answer: '', skipped: false, source },
        ]);
      });
    },
    answerFollowUp(promptId: string, index: number, text: string) {
      updateFollowUp(promptId, index, { answer: text.slice(0, ANSWER_MAX_CHARS), skipped: false });
    },
    skipFollowUp(promptId: string, index: number) {
      updateFollowUp(promptId, index, { skipped: true });
    },
    next: () => moveTo(stepAfter(draft, count, options.hasCheckIn?.() ?? false)),
    back: () => moveTo(stepBefore(draft, count, options.hasCheckIn?.() ?? false)),
    /** The check-ins the step shows, set once as it opens (kept answers stay as written). */
    startCheckIns(checkIns: CheckIn[]) {
      change(() => setDraft('checkIns', reconcile(structuredClone(checkIns), { key: 'commitmentId' })));
    },
    /** Done / Still open / Dropped for one check-in, by its place in the list. */
    setCheckInState(index: number, state: CheckIn['state']) {
      if (draft.checkIns?.[index]) change(() => setDraft('checkIns', index, 'state', state));
    },
    /** "What happened?": one field, so a keystroke touches nothing else; cut at the limit like an answer. */
    setCheckInNote(index: number, text: string) {
      if (draft.checkIns?.[index]) change(() => setDraft('checkIns', index, 'note', text.slice(0, ANSWER_MAX_CHARS)));
    },
    goToPrompt: (index: number) => moveTo({ phase: 'prompt', index }),
    goToCheckIn: () => moveTo({ phase: 'checkin', index: 0 }),
    /** Back to the summary already written, without writing a new one. */
    showSummary: () => {
      if (draft.summary) moveTo({ phase: 'summary', index: draft.index });
    },
    /**
     * A freshly written summary; the one it replaces is kept so the person can go back to it. `basedOn` is the
     * digest of the answers it was written from (default: as they are now); `show` moves to the summary step.
     */
    setSummary(
      text: string,
      source: Summary['source'],
      { basedOn = answersDigest(draft, options.promptIds), show = true }: { basedOn?: string; show?: boolean } = {},
    ) {
      const replaced = draft.summary ? structuredClone(unwrap(draft.summary)) : null;
      const summary: Summary = { text, source, createdAt: new Date().toISOString(), basedOn };
      change(() =>
        setDraft(
          show ? { summary, previousSummary: replaced, phase: 'summary' } : { summary, previousSummary: replaced },
        ),
      );
    },
    /** The person's own words over the coach's draft. */
    editSummary(text: string) {
      if (draft.summary) change(() => setDraft('summary', { text, edited: true }));
    },
    restorePreviousSummary() {
      const previous = draft.previousSummary;
      if (!previous) return;
      const current = draft.summary ? structuredClone(unwrap(draft.summary)) : null;
      change(() => setDraft({ summary: structuredClone(unwrap(previous)), previousSummary: current }));
    },
    /** Stamps this version as the newest, so other tabs are told about it (e.g. "Keep this version"). */
    touch() {
      change(() => undefined);
    },
    /** Links the draft to its journal entry after a save, so the next save updates that entry. */
    linkToJournal(link: JournalLink) {
      change(() => setDraft('journal', link));
    },
    /** Replaces everything (another tab's version, or a fresh start), keeping unchanged parts' identity. */
    replaceWith(next: Draft) {
      setDraft(reconcile(structuredClone(next)));
      options.onChange?.();
    },
    clear() {
      setDraft(reconcile(newDraft(options.setId)));
    },
    /** A plain copy for saving: no proxies. */
    snapshot: (): Draft => structuredClone(unwrap(draft)),
  };
}
