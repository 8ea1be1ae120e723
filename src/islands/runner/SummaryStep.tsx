// The summary: the coach's draft, which the person may edit (what they see is what is saved and shared), then
// save and share, copy, download, back to the answers, or start again.
import { Show, createSignal, lazy } from 'solid-js';
import { downloadText, today } from '../../browser/download';
import { parseSummary, summaryToMarkdown } from '../../shared/summary-format';
import SummaryView from '../SummaryView';
import type { LaterStepProps } from './runner-context';
import StaleSummaryNotice from './StaleSummaryNotice';
import SummaryEditor from './SummaryEditor';

// Saving and sharing pull in the crypto and journal code: fetched only once a summary is on screen.
const SaveAndShare = lazy(() => import('../SaveAndShare'));

export default function SummaryStep(props: LaterStepProps) {
  const { runner, CoachStatus } = props;
  const { set, store, autosave, headingRef, askToRestart } = runner;
  const draft = store.draft;
  const [editing, setEditing] = createSignal(false);
  const [copyStatus, setCopyStatus] = createSignal('');
  const summary = () => draft.summary!;

  const markdown = () => summaryToMarkdown(set.title, parseSummary(summary().text), new Date(summary().createdAt));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown());
      setCopyStatus('Copied to the clipboard.');
    } catch {
      setCopyStatus('Your browser did not allow copying. Use Download instead.');
    }
  };

  return (
    <section aria-labelledby="runner-heading">
      <h2 id="runner-heading" ref={headingRef} tabindex="-1">
        Your summary
      </h2>
      <CoachStatus />
      <StaleSummaryNotice runner={runner} />
      <Show when={editing()} fallback={<SummaryView text={summary().text} source={summary().source} />}>
        <SummaryEditor
          store={store}
          onDone={() => {
            setEditing(false);
            queueMicrotask(() => document.getElementById('edit-summary')?.focus());
          }}
        />
      </Show>
      <Show when={summary().source !== 'safety'}>
        <p class="hint">
          {summary().edited
            ? 'Your edited summary. What you see here is what is saved and shared.'
            : summary().source === 'gemini'
              ? 'Written by the AI guide from your answers. It can be wrong: change anything that does not fit before you share it.'
              : summary().source === 'on-device'
                ? 'Written on this device by your browser’s own model from your answers. It can be wrong: change anything that does not fit before you share it.'
                : 'Made by the built-in guide from your own words. Change anything that does not fit before you share it.'}
        </p>
        <div class="button-row">
          <Show when={!editing()}>
            <button type="button" id="edit-summary" onClick={() => setEditing(true)}>
              Edit the summary
            </button>
          </Show>
          <Show when={draft.previousSummary && !editing()}>
            <button type="button" onClick={() => store.restorePreviousSummary()}>
              Go back to the previous summary
            </button>
          </Show>
        </div>
      </Show>
      <SaveAndShare
        draft={draft}
        setTitle={set.title}
        prompts={set.prompts.map((p) => ({ id: p.id, text: p.text }))}
        onLinked={(link) => {
          store.linkToJournal(link);
          autosave.flush();
        }}
      />
      <div class="button-row summary-actions">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" onClick={() => downloadText(`${set.id}-${today()}.md`, markdown())}>
          Download (.md)
        </button>
        <button type="button" onClick={() => store.back()}>
          Edit answers
        </button>
        <button type="button" onClick={askToRestart}>
          Start again
        </button>
      </div>
      <p class="hint" role="status">
        {copyStatus()}
      </p>
    </section>
  );
}
