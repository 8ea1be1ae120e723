import { For, Match, Show, Switch, createEffect, createSignal, on, onCleanup, onMount, untrack, type Component } from 'solid-js';
import type { CoachChoice, Tone } from '../shared/coach';
import type { Prompt } from '../shared/schemas/content';
import { downloadText, today } from '../browser/download';
import { clearDraft, draftKey, loadDraftText, loadPreferences, saveDraft, savePreferences, type Preferences } from '../browser/draft-store';
import { CoachError, askFollowUp, askSummary, type CoachReply } from '../browser/coach-client';
import { ANSWER_MAX_CHARS } from '../shared/limits';
import { enableOfflineUse } from '../browser/offline';
import {
  addFollowUp,
  answerFollowUp,
  answerOf,
  begin,
  canGoDeeper,
  earlierExchanges,
  goBack,
  goNext,
  goTo,
  hasAnyAnswer,
  hasContent,
  linkToJournal,
  newDraft,
  restoreDraft,
  setAnswer,
  setSummary,
  skipFollowUp,
  summaryAnswers,
  type Draft,
  
} from '../browser/runner-state';
import { summaryToMarkdown, parseSummary } from '../shared/summary-format';
import AiDisclosure from './AiDisclosure';
import SummaryView from './SummaryView';

type SaveAndShareProps = Parameters<typeof import('./SaveAndShare').default>[0];

export interface RunnerSet {
  id: string;
  title: string;
  intro: string;
  outro: string;
  prompts: Prompt[];
}

interface Props {
  set: RunnerSet;
}

/** Debounce for saving to the browser: quick enough that nothing is lost, slow enough not to thrash storage. */
const SAVE_DELAY_MS = 400;

const FALLBACK_NOTICE: Record<NonNullable<CoachReply['fallback']>, string> = {
  'no-key': 'The AI guide is not set up on this site, so the built-in guide answered.',
  'upstream-error': 'The AI guide did not answer, so the built-in guide answered instead.',
  timeout: 'The AI guide took too long, so the built-in guide answered instead.',
};

type Pending = { kind: 'follow-up' | 'summary'; text: string; promptId?: string };
type Failure = { message: string; retry: () => void };

/** Walks a person through one prompt set: prompts, follow-ups, review and summary. Everything autosaves. */
export default function ReflectionRunner(props: Props) {
  const set = props.set;
  const promptIds = set.prompts.map((p) => p.id);
  const restored = restoreDraft(loadDraftText(set.id), set.id, promptIds);

  const [draft, setDraft] = createSignal<Draft>(restored ?? newDraft(set.id));
  const [prefs, setPrefs] = createSignal<Preferences>(loadPreferences());
  const [saveState, setSaveState] = createSignal<'saved' | 'saving' | 'failed'>('saved');
  const [online, setOnline] = createSignal(typeof navigator === 'undefined' ? true : navigator.onLine);
  const [pending, setPending] = createSignal<Pending | null>(null);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [awaitingChoice, setAwaitingChoice] = createSignal<{ scope: 'follow-up' | 'summary'; then: () => void } | null>(null);
  const [confirmingRestart, setConfirmingRestart] = createSignal(false);
  const [announcement, setAnnouncement] = createSignal('');
  const [restoredNotice, setRestoredNotice] = createSignal(Boolean(restored && hasContent(restored)));
  const [copyStatus, setCopyStatus] = createSignal('');
  const [newerElsewhere, setNewerElsewhere] = createSignal<Draft | null>(null);
  // Saving and sharing pull in the crypto and journal code: fetched only once a summary is on screen.
  const [saveAndShare, setSaveAndShare] = createSignal<Component<SaveAndShareProps> | null>(null);
  createEffect(() => {
    if (draft().phase === 'summary' && !untrack(saveAndShare)) void import('./SaveAndShare').then((m) => setSaveAndShare(() => m.default));
  });
  let heading: HTMLHeadingElement | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;

  const flushSave = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    setSaveState(saveDraft(draft()) ? 'saved' : 'failed');
  };

  /** Every change goes through here: the state updates at once, the browser copy shortly after. */
  const update = (change: (current: Draft) => Draft) => {
    setDraft(change);
    setSaveState('saving');
    clearTimeout(saveTimer);
    saveTimer = setTimeout(flushSave, SAVE_DELAY_MS);
  };

  const currentPrompt = () => set.prompts[draft().index] ?? set.prompts[0]!;
  const count = set.prompts.length;

  // Move focus to the new step's heading when the person moves, not on first load.
  createEffect(
    on(
      () => [draft().phase, draft().index] as const,
      () => {
        setFailure(null);
        setNotice(null);
        setAwaitingChoice(null);
        queueMicrotask(() => heading?.focus());
      },
      { defer: true },
    ),
  );

  onMount(() => {
    enableOfflineUse();
    const goOnline = () => setOnline(true);
    const goOffline = () => setOnline(false);
    const hide = () => {
      if (saveTimer) flushSave();
    };
    const visibility = () => document.visibilityState === 'hidden' && hide();
    // Another tab changed this reflection's draft. Say so and let the person choose; never swap text silently.
    const otherTab = (event: StorageEvent) => {
      if (event.key !== draftKey(set.id)) return;
      const theirs = restoreDraft(event.newValue, set.id, promptIds);
      setNewerElsewhere(theirs && theirs.updatedAt > draft().updatedAt ? theirs : null);
    };
    window.addEventListener('storage', otherTab);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    window.addEventListener('pagehide', hide);
    document.addEventListener('visibilitychange', visibility);
    onCleanup(() => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('pagehide', hide);
      document.removeEventListener('visibilitychange', visibility);
      window.removeEventListener('storage', otherTab);
      hide();
      inFlight?.abort();
    });
  });

  const updatePrefs = (change: Partial<Preferences>) => {
    const next = { ...prefs(), ...change };
    setPrefs(next);
    savePreferences(next);
  };
  const choose = (guide: CoachChoice) => updatePrefs({ guide });
  const chooseTone = (tone: Tone) => updatePrefs({ tone });

  /** Runs an AI action, first showing what is sent if the AI guide might be used and the person has not seen it. */
  const withGuideChoice = (scope: 'follow-up' | 'summary', action: () => void) => {
    if (prefs().guide === 'built-in' || (prefs().guide === 'ai' && prefs().disclosed)) return action();
    setAwaitingChoice({ scope, then: action });
    queueMicrotask(() => document.getElementById('disclosure-title')?.focus());
  };

  const describeFailure = (error: unknown) =>
    error instanceof CoachError ? error.message : 'Something went wrong. Your writing is saved on this device. Try again.';

  const requestFollowUp = async () => {
    const prompt = currentPrompt();
    if (!canGoDeeper(draft(), prompt.id) || pending()) return;
    setFailure(null);
    setNotice(null);
    setPending({ kind: 'follow-up', text: '', promptId: prompt.id });
    const controller = new AbortController();
    inFlight = controller;
    try {
      const result = await askFollowUp(
        {
          guide: prefs().guide ?? 'built-in',
          tone: prefs().tone,
          setId: set.id,
          prompt,
          answer: answerOf(draft(), prompt.id).answer,
          earlier: earlierExchanges(draft(), prompt.id),
        },
        (text) => setPending({ kind: 'follow-up', text, promptId: prompt.id }),
        controller.signal,
      );
      if (controller.signal.aborted) return; // "Start again" cleared this reflection meanwhile
      update((d) => addFollowUp(d, prompt.id, result.text, result.source));
      if (result.fallback) setNotice(FALLBACK_NOTICE[result.fallback]);
      setAnnouncement(result.source === 'safety' ? result.text : `Your guide asks: ${result.text}`);
      queueMicrotask(() => {
        const fields = document.querySelectorAll<HTMLTextAreaElement>('.follow-up textarea');
        fields[fields.length - 1]?.focus();
      });
    } catch (error) {
      if (!controller.signal.aborted) setFailure({ message: describeFailure(error), retry: () => void requestFollowUp() });
    } finally {
      if (inFlight === controller) setPending(null);
    }
  };

  const requestSummary = async () => {
    if (!hasAnyAnswer(draft()) || pending()) return;
    setFailure(null);
    setNotice(null);
    setPending({ kind: 'summary', text: '' });
    const controller = new AbortController();
    inFlight = controller;
    try {
      const result = await askSummary(
        { guide: prefs().guide ?? 'built-in', tone: prefs().tone, setId: set.id, prompts: set.prompts, answers: summaryAnswers(draft(), promptIds) },
        (text) => setPending({ kind: 'summary', text }),
        controller.signal,
      );
      if (controller.signal.aborted) return;
      update((d) => setSummary(d, result.text, result.source));
      flushSave();
      if (result.fallback) setNotice(FALLBACK_NOTICE[result.fallback]);
      setAnnouncement('Your summary is ready.');
    } catch (error) {
      if (!controller.signal.aborted) setFailure({ message: describeFailure(error), retry: () => void requestSummary() });
    } finally {
      if (inFlight === controller) setPending(null);
    }
  };

  const startAgain = () => {
    inFlight?.abort();
    setPending(null);
    clearTimeout(saveTimer);
    clearDraft(set.id);
    setDraft(newDraft(set.id));
    setConfirmingRestart(false);
    setRestoredNotice(false);
    setSaveState('saved');
  };

  const summaryMarkdown = () => {
    const summary = draft().summary;
    return summary ? summaryToMarkdown(set.title, parseSummary(summary.text), new Date(summary.createdAt)) : '';
  };

  const copySummary = async () => {
    try {
      await navigator.clipboard.writeText(summaryMarkdown());
      setCopyStatus('Copied to the clipboard.');
    } catch {
      setCopyStatus('Your browser did not allow copying. Use Download instead.');
    }
  };

  const downloadSummary = () => downloadText(`${set.id}-${today()}.md`, summaryMarkdown());

  const saveLine = () =>
    saveState() === 'failed'
      ? 'Your browser would not save this draft (storage may be full or blocked). Copy your text somewhere safe.'
      : saveState() === 'saving'
        ? 'Saving…'
        : 'Saved on this device';

  const guideSettings = (
    <details class="runner-settings">
      <summary>Guide settings</summary>
      <fieldset>
        <legend>Who asks the follow-up questions</legend>
        <label>
          <input type="radio" name="guide" checked={prefs().guide === 'ai'} onChange={() => choose('ai')} /> The AI guide (Google Gemini, through our server)
        </label>
        <label>
          <input type="radio" name="guide" checked={prefs().guide === 'built-in'} onChange={() => choose('built-in')} /> The built-in guide (nothing leaves this device)
        </label>
      </fieldset>
      <fieldset>
        <legend>Tone</legend>
        <label>
          <input type="radio" name="tone" checked={prefs().tone === 'gentle'} onChange={() => chooseTone('gentle')} />{' '}
          Gentle: unhurried, with room for feelings
        </label>
        <label>
          <input type="radio" name="tone" checked={prefs().tone === 'direct'} onChange={() => chooseTone('direct')} />{' '}
          Direct: names patterns and asks the sharper question
        </label>
      </fieldset>
    </details>
  );

  const failureBlock = () => (
    <Show when={failure()}>
      {(f) => (
        <div class="error" role="alert">
          <p>{f().message}</p>
          <div class="button-row">
            <button type="button" onClick={() => f().retry()}>
              Try again
            </button>
            <button type="button" onClick={() => setFailure(null)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </Show>
  );

  const disclosureBlock = () => (
    <Show when={awaitingChoice()}>
      {(waiting) => (
        <AiDisclosure
          scope={waiting().scope}
          onChoose={(choice) => {
            updatePrefs({ guide: choice, disclosed: true });
            const then = waiting().then;
            setAwaitingChoice(null);
            then();
          }}
        />
      )}
    </Show>
  );

  return (
    <div class="runner">
      <div class="visually-hidden" aria-live="polite">
        {announcement()}
      </div>
      <Show when={!online()}>
        <p class="offline" role="status">
          You are offline. Your writing is still saved on this device, and you can keep writing.
        </p>
      </Show>
      <Show when={newerElsewhere()}>
        {(theirs) => (
          <div class="notice" role="status">
            <p>This reflection was changed in another tab. What you see here is still this tab's version.</p>
            <div class="button-row">
              <button
                type="button"
                onClick={() => {
                  clearTimeout(saveTimer);
                  saveTimer = undefined;
                  setDraft(theirs());
                  setNewerElsewhere(null);
                  setSaveState('saved');
                }}
              >
                Show the other tab's version
              </button>
              <button type="button" onClick={() => setNewerElsewhere(null)}>
                Keep this version
              </button>
            </div>
          </div>
        )}
      </Show>
      <Show when={restoredNotice() && draft().phase !== 'intro'}>
        <p class="restored" role="status">
          We brought back your draft from this device.{' '}
          <button type="button" class="link-button" onClick={() => setRestoredNotice(false)}>
            Hide this note
          </button>
        </p>
      </Show>

      <Switch>
        <Match when={draft().phase === 'intro'}>
          <section aria-labelledby="runner-heading">
            <h2 id="runner-heading" ref={heading} tabindex="-1">
              Before you begin
            </h2>
            <p class="hint">
              {count} prompts. Write as much or as little as you like. Everything you type is saved on this device as you go.
            </p>
            {guideSettings}
            <div class="button-row">
              <button type="button" class="primary" onClick={() => update(begin)}>
                {hasContent(draft()) ? 'Continue' : 'Begin'}
              </button>
            </div>
          </section>
        </Match>

        <Match when={draft().phase === 'prompt'}>
          <section aria-labelledby="runner-heading" class="prompt-step">
            <p class="progress-label" id="progress-label">
              Prompt {draft().index + 1} of {count}
            </p>
            <progress max={count} value={draft().index + 1} aria-labelledby="progress-label" />
            <h2 id="runner-heading" ref={heading} tabindex="-1" class="prompt-text">
              {currentPrompt().text}
            </h2>
            <p class="hint" id="prompt-hint">
              {currentPrompt().hint}
            </p>
            <label for="answer" class="visually-hidden">
              Your answer
            </label>
            <textarea
              id="answer"
              rows="6"
              maxLength={ANSWER_MAX_CHARS}
              aria-describedby="prompt-hint save-status"
              value={answerOf(draft(), currentPrompt().id).answer}
              onInput={(event) => {
                const id = currentPrompt().id;
                const text = event.currentTarget.value;
                update((d) => setAnswer(d, id, text));
              }}
            />
            {/* Not live: "Saving…/Saved" after every pause would chatter; only a failure is announced. */}
            <p class="save-status" id="save-status" role={saveState() === 'failed' ? 'alert' : undefined}>
              {saveLine()}
            </p>

            <For each={answerOf(draft(), currentPrompt().id).followUps}>
              {(followUp, i) => (
                <div class="follow-up">
                  <Show
                    when={followUp.source !== 'safety'}
                    fallback={<SummaryView text={followUp.question} source="safety" />}
                  >
                    <p class="follow-up-question" id={`follow-up-${i()}`}>
                      <span class="guide-label">Your guide asks:</span> {followUp.question}
                    </p>
                    <Show when={!followUp.skipped} fallback={<p class="hint">Skipped.</p>}>
                      <label for={`follow-up-answer-${i()}`} class="visually-hidden">
                        Your answer to the guide's question
                      </label>
                      <textarea
                        id={`follow-up-answer-${i()}`}
                        rows="3"
                        maxLength={ANSWER_MAX_CHARS}
                        aria-describedby={`follow-up-${i()}`}
                        value={followUp.answer}
                        onInput={(event) => {
                          const id = currentPrompt().id;
                          const text = event.currentTarget.value;
                          update((d) => answerFollowUp(d, id, i(), text));
                        }}
                      />
                      <Show when={!followUp.answer.trim()}>
                        <button type="button" class="link-button" onClick={() => update((d) => skipFollowUp(d, currentPrompt().id, i()))}>
                          Skip this question
                        </button>
                      </Show>
                    </Show>
                  </Show>
                </div>
              )}
            </For>

            <Show when={pending()?.kind === 'follow-up' && pending()?.promptId === currentPrompt().id}>
              <div class="follow-up streaming" aria-hidden="true">
                <p class="follow-up-question">
                  <span class="guide-label">Your guide asks:</span> {pending()?.text || 'thinking…'}
                </p>
              </div>
            </Show>
            <Show when={notice()}>
              <p class="notice" role="status">
                {notice()}
              </p>
            </Show>
            {disclosureBlock()}
            {failureBlock()}

            <div class="button-row runner-nav">
              <button type="button" onClick={() => update((d) => goBack(d, count))}>
                Back
              </button>
              <button
                type="button"
                disabled={!canGoDeeper(draft(), currentPrompt().id) || pending() !== null}
                aria-describedby="deeper-hint"
                onClick={() => withGuideChoice('follow-up', () => void requestFollowUp())}
              >
                {pending()?.kind === 'follow-up' ? 'Asking…' : 'Go deeper'}
              </button>
              <button type="button" class="primary" onClick={() => update((d) => goNext(d, count))}>
                {draft().index + 1 === count ? 'Review' : 'Next'}
              </button>
            </div>
            <p class="hint" id="deeper-hint">
              Go deeper asks your guide for one follow-up question about this answer, up to three per prompt.
            </p>
            {guideSettings}
          </section>
        </Match>

        <Match when={draft().phase === 'review'}>
          <section aria-labelledby="runner-heading">
            <h2 id="runner-heading" ref={heading} tabindex="-1">
              Review your answers
            </h2>
            <p>{set.outro}</p>
            <ol class="review-list">
              <For each={set.prompts}>
                {(prompt, i) => (
                  <li>
                    <p class="review-prompt">{prompt.text}</p>
                    <p class="review-answer">{answerOf(draft(), prompt.id).answer.trim() || 'Not answered yet.'}</p>
                    <button type="button" class="link-button" onClick={() => update((d) => goTo(d, i()))}>
                      Edit answer {i() + 1}
                    </button>
                  </li>
                )}
              </For>
            </ol>
            {guideSettings}
            <Show when={pending()?.kind === 'summary'}>
              <div class="streaming" aria-hidden="true">
                <SummaryView text={pending()?.text ?? ''} source="built-in" />
              </div>
            </Show>
            {disclosureBlock()}
            {failureBlock()}
            <Show when={!hasAnyAnswer(draft())}>
              <p class="hint">Write at least one answer, then your guide can summarise it.</p>
            </Show>
            <div class="button-row">
              <button type="button" onClick={() => update((d) => goBack(d, count))}>
                Back
              </button>
              <button
                type="button"
                class="primary"
                disabled={!hasAnyAnswer(draft()) || pending() !== null}
                onClick={() => withGuideChoice('summary', () => void requestSummary())}
              >
                {pending()?.kind === 'summary' ? 'Writing…' : 'Write my summary'}
              </button>
            </div>
          </section>
        </Match>

        <Match when={draft().phase === 'summary' && draft().summary}>
          {(summary) => (
            <section aria-labelledby="runner-heading">
              <h2 id="runner-heading" ref={heading} tabindex="-1">
                Your summary
              </h2>
              <Show when={notice()}>
                <p class="notice" role="status">
                  {notice()}
                </p>
              </Show>
              <SummaryView text={summary().text} source={summary().source} />
              <p class="hint">
                {summary().source === 'gemini'
                  ? 'Written by the AI guide from your answers. It can be wrong: change anything that does not fit before you share it.'
                  : 'Made by the built-in guide from your own words.'}
              </p>
              <Show when={saveAndShare()}>
                {(SaveAndShare) => {
                  const Actions = SaveAndShare();
                  return (
                    <Actions
                      draft={draft()}
                      setTitle={set.title}
                      prompts={set.prompts.map((p) => ({ id: p.id, text: p.text }))}
                      onLinked={(link) => {
                        update((d) => linkToJournal(d, link));
                        flushSave();
                      }}
                    />
                  );
                }}
              </Show>
              <div class="button-row summary-actions">
                <button type="button" onClick={() => void copySummary()}>
                  Copy
                </button>
                <button type="button" onClick={downloadSummary}>
                  Download (.md)
                </button>
                <button type="button" onClick={() => update((d) => goBack(d, count))}>
                  Edit answers
                </button>
                <button type="button" onClick={() => setConfirmingRestart(true)}>
                  Start again
                </button>
              </div>
              <p class="hint" role="status">
                {copyStatus()}
              </p>
            </section>
          )}
        </Match>
      </Switch>

      <Show when={draft().phase !== 'intro' && draft().phase !== 'summary'}>
        <p class="restart">
          <button type="button" class="link-button" onClick={() => setConfirmingRestart(true)}>
            Start this reflection again
          </button>
        </p>
      </Show>
      <Show when={confirmingRestart()}>
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
          <h3 id="confirm-title">Start again?</h3>
          <p id="confirm-text">This clears your answers and summary for this reflection from this device. It cannot be undone.</p>
          <div class="button-row">
            <button type="button" class="danger" onClick={startAgain}>
              Yes, clear and start again
            </button>
            <button
              type="button"
              class="primary"
              ref={(el) => queueMicrotask(() => el.focus())}
              onClick={() => {
                setConfirmingRestart(false);
                queueMicrotask(() => heading?.focus());
              }}
            >
              Keep my answers
            </button>
          </div>
        </div>
      </Show>
    </div>
  );
}
