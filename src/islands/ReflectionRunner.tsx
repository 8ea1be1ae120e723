// The reflection runner island: a small shell that restores the draft, wires the store, autosave, cross-tab
// watch and coach flow together, moves focus when the step changes, and shows one step at a time.
import {
  Match,
  Show,
  Switch,
  createEffect,
  createMemo,
  createSignal,
  getOwner,
  lazy,
  on,
  onMount,
  runWithOwner,
} from 'solid-js';
import { clearDraft, hasContent, loadDraftText, restoreDraft, saveDraft } from '../browser/runner';
import { draftKey } from '../browser/storage-keys';
import { newDraft } from '../shared/model/draft';
import CoachSettings from './runner/CoachSettings';
import CoachStatus from './runner/CoachStatus';
import { createAutosave } from './runner/create-autosave';
import type { CheckInFlow } from './runner/create-check-in';
import { createCoachFlow } from './runner/create-coach-flow';
import { loadCoachCalls } from './runner/load-coach-calls';
import { createOnline } from './runner/create-online';
import { createOtherTabWatch } from './runner/create-other-tab-watch';
import { createPreferences } from './runner/create-preferences';
import type { OnDeviceControl } from './runner/create-on-device';
import IntroStep from './runner/IntroStep';
import PromptStep, { SAVE_LINE } from './runner/PromptStep';
import { RunnerContext, type RunnerContextValue } from './runner/runner-context';
import type { RunnerSet } from './runner/runner-set';
import { createRunnerStore } from './runner/runner-store';

export type { RunnerSet } from './runner/runner-set';

// The last two steps, the other-tab notice and "Start again?" load after the page is up (fetched when the browser
// is idle), which keeps the runner's first load small: most of a visit is spent on the prompts.
const later = {
  review: () => import('./runner/ReviewStep'),
  summary: () => import('./runner/SummaryStep'),
  otherTab: () => import('./runner/OtherTabNotice'),
  restart: () => import('./runner/RestartConfirm'),
};
const ReviewStep = lazy(later.review);
const SummaryStep = lazy(later.summary);
const OtherTabNotice = lazy(later.otherTab);
const RestartConfirm = lazy(later.restart);
const CheckInStep = lazy(() => import('./runner/CheckInStep'));

export default function ReflectionRunner(props: { set: RunnerSet }) {
  const set = props.set;
  const promptIds = set.prompts.map((p) => p.id);
  const restored = restoreDraft(loadDraftText(set.id), set.id, promptIds);
  // A set that no longer opens with a check-in goes on at its first prompt.
  if (restored?.phase === 'checkin' && !set.checkIn) Object.assign(restored, { phase: 'prompt', index: 0 });

  const autosave = createAutosave(() => saveDraft(store.snapshot()));
  const store = createRunnerStore(restored ?? newDraft(set.id), {
    setId: set.id,
    promptIds,
    onChange: () => autosave.schedule(),
    hasCheckIn: () => checkIn()?.has() ?? false,
  });
  const draft = store.draft;
  const [announcement, setAnnouncement] = createSignal('');
  const preferences = createPreferences();
  // The check-in ("Since last time") and the journal code behind it load only for the sets that open with one.
  const [checkIn, setCheckIn] = createSignal<CheckInFlow | null>(null);
  const owner = getOwner();
  const checkInReady: Promise<unknown> = set.checkIn
    ? import('./runner/create-check-in')
        .then(({ createCheckIn }) => runWithOwner(owner, () => setCheckIn(createCheckIn(store)))?.loaded)
        .catch(() => undefined)
    : Promise.resolve();
  const begin = async () => {
    await checkInReady;
    store.next();
  };
  // The browser's own model: asked what it has at the person's first click in the runner (Enter and Space on a
  // control click too), never at load, where asking crashed Chromium when the person left at once (model-on-use.ts).
  const [onDevice, setOnDevice] = createSignal<OnDeviceControl | null>(null);
  const firstUse = (event: Event) =>
    loadCoachCalls().then(
      (calls) => calls.askModelOnUse(event, preferences, setOnDevice),
      () => undefined,
    );
  const coach = createCoachFlow({ set, store, preferences, autosave, announce: setAnnouncement });
  const online = createOnline();
  const otherTab = createOtherTabWatch(draftKey(set.id), set.id, promptIds, () => draft);
  const [restoredNotice, setRestoredNotice] = createSignal(Boolean(restored && hasContent(restored)));
  const [confirmingRestart, setConfirmingRestart] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  // Set when the step changed and its heading has not had the focus yet (a lazily loaded step registers later).
  let focusWanted = false;
  const focusHeading = () => {
    if (!focusWanted || !heading?.isConnected) return;
    focusWanted = false;
    heading.focus();
  };
  /** Asks for the focus on the step's heading, now or as soon as the (lazily loaded) heading exists. */
  const focusStepHeading = () => {
    focusWanted = true;
    queueMicrotask(focusHeading);
  };
  const headingRef = (element: HTMLHeadingElement) => {
    heading = element;
    queueMicrotask(focusHeading);
  };

  // Focus moves to the new step's heading when the step changes — and only then: the memo's value is a
  // string, so typing (which changes other fields) never re-runs this.
  const step = createMemo(() => `${draft.phase}:${draft.index}`);
  createEffect(
    on(
      step,
      () => {
        coach.reset();
        checkIn()?.clearNotice();
        focusStepHeading();
      },
      { defer: true },
    ),
  );
  onMount(() => {
    const prefetch = () =>
      void Promise.all([
        ...Object.values(later).map((load) => load()),
        // With it, where the browser has a Prompt API, the code that asks it (model-on-use.ts).
        loadCoachCalls(),
        import('./AiDisclosure'),
        // The built-in guide answers whenever the others cannot, offline too: its code must be here before then.
        import('../shared/built-in-coach'),
      ]).catch(() => undefined);
    if ('requestIdleCallback' in window) requestIdleCallback(prefetch);
    else setTimeout(prefetch, 2000);
  });

  const startAgain = () => {
    coach.request.abort();
    autosave.cancel();
    clearDraft(set.id);
    store.clear();
    checkIn()?.reload();
    otherTab.dismiss();
    setConfirmingRestart(false);
    setRestoredNotice(false);
  };

  const takeOtherTabs = () => {
    const change = otherTab.change();
    if (!change) return;
    if (change.kind === 'cleared') return startAgain();
    // Saved at once: this tab may have saved its own text since the notice came, and storage must hold the
    // version the person chose. (Same timestamp as theirs, so the other tab sees nothing newer to announce.)
    store.replaceWith(change.theirs);
    autosave.flush();
    otherTab.dismiss();
    focusStepHeading();
  };

  const runner: RunnerContextValue = {
    set,
    store,
    autosave,
    coach,
    checkIn,
    begin,
    preferences,
    onDevice,
    online,
    headingRef,
    askToRestart: () => setConfirmingRestart(true),
  };

  return (
    <RunnerContext.Provider value={runner}>
      <div class="runner" onClick={firstUse}>
        <div class="visually-hidden" aria-live="polite">
          {announcement()}
        </div>
        <Show when={!online()}>
          <p class="offline" role="status">
            You are offline. Your writing is still saved on this device, and you can keep writing.
          </p>
        </Show>
        <Show when={otherTab.change()}>
          {(change) => (
            <OtherTabNotice
              change={change()}
              onTakeTheirs={takeOtherTabs}
              onKeepMine={() => {
                otherTab.dismiss();
                // Save it as the newest version, so the other tab is told in turn instead of this being silent.
                store.touch();
                autosave.flush();
                focusStepHeading();
              }}
            />
          )}
        </Show>
        <Show when={restoredNotice() && draft.phase !== 'intro'}>
          <p class="restored" role="status">
            We brought back your draft from this device.{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => {
                setRestoredNotice(false);
                focusStepHeading();
              }}
            >
              Hide this note
            </button>
          </p>
        </Show>

        <Show when={checkIn()?.notice()}>
          {(notice) => (
            <p class="restored" role="status">
              {notice()}
            </p>
          )}
        </Show>

        <Switch>
          <Match when={draft.phase === 'intro'}>
            <IntroStep />
          </Match>
          <Match when={draft.phase === 'checkin'}>
            <Show
              when={checkIn()?.has() && checkIn()}
              fallback={<p class="hint">Looking for your open commitments…</p>}
            >
              {(flow) => (
                <CheckInStep
                  store={store}
                  checkIn={flow()}
                  headingRef={headingRef}
                  saveLine={() => ({ text: SAVE_LINE[autosave.state()], failed: autosave.state() === 'failed' })}
                />
              )}
            </Show>
          </Match>
          <Match when={draft.phase === 'prompt'}>
            <PromptStep />
          </Match>
          <Match when={draft.phase === 'review'}>
            <ReviewStep runner={runner} CoachStatus={CoachStatus} CoachSettings={CoachSettings} />
          </Match>
          <Match when={draft.phase === 'summary' && draft.summary}>
            <SummaryStep runner={runner} CoachStatus={CoachStatus} CoachSettings={CoachSettings} />
          </Match>
        </Switch>

        <Show when={draft.phase !== 'intro' && draft.phase !== 'summary'}>
          <p class="restart">
            <button type="button" class="link-button" onClick={() => setConfirmingRestart(true)}>
              Start this reflection again
            </button>
          </p>
        </Show>
        <Show when={confirmingRestart()}>
          <RestartConfirm
            onConfirm={startAgain}
            onCancel={() => {
              setConfirmingRestart(false);
              focusStepHeading();
            }}
          />
        </Show>
      </div>
    </RunnerContext.Provider>
  );
}
