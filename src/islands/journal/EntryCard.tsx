// One saved reflection on the journal page: where it stands, the choice it waits for, open, continue, export, delete.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { formatDate } from '../../browser/dates';
import { downloadText } from '../../browser/download';
import { clearDraft, hasContent, loadDraftText, restoreDraft, saveDraft } from '../../browser/runner';
import {
  deleteEntry,
  entryToMarkdown,
  firstLine,
  forgetEntry,
  keepThisVersion,
  sameSet,
  SAVE_MESSAGE,
  saveAgain,
  SYNC_LABEL,
  useServerVersion,
  type JournalEntry,
} from '../../browser/journal';
import type { Draft } from '../../shared/model/draft';
import SummaryView from '../SummaryView';
import Confirm from './Confirm';
import type { JournalPage } from './context';
import EntryCommitments from './EntryCommitments';
import EntryReplies from './EntryReplies';
import ThenAndNow from './ThenAndNow';

/** Every change to an entry moves one of these (a save its updatedAt, an upload its revision or state, Save again its id). */
const sameEntry = (a: JournalEntry, b: JournalEntry) =>
  a.updatedAt === b.updatedAt &&
  a.sync === b.sync &&
  a.revision === b.revision &&
  a.edits === b.edits &&
  a.id === b.id &&
  a.serverRevision === b.serverRevision;

/** One saved reflection: where it stands, the choices it waits for, open, continue, export and delete. */
export default function EntryCard(props: { page: JournalPage; localId: string }) {
  const [open, setOpen] = createSignal(false);
  const [comparing, setComparing] = createSignal(false);
  const [confirming, setConfirming] = createSignal<'continue' | 'delete' | null>(null);
  let continueButton: HTMLButtonElement | undefined;
  let deleteButton: HTMLButtonElement | undefined;
  const find = () => props.page.journal().entries.find((e) => e.localId === props.localId);
  // Keeps the last known entry while the list removes this card, so nothing here reads a deleted entry.
  // Unchanged unless what it shows or acts on changed: a re-read of the journal makes new objects, not new entries.
  const entry = createMemo<JournalEntry>((last) => find() ?? last, find() as JournalEntry, { equals: sameEntry });
  const { env, act, busy } = props.page;
  const done = (state: JournalEntry['sync']) => SAVE_MESSAGE[state];

  /** Opens the entry in the runner, without silently replacing an unsaved draft of another reflection of that set. */
  const continueEntry = () => {
    const { content, localId, revision, updatedAt } = entry();
    const existing = restoreDraft(
      loadDraftText(content.setId),
      content.setId,
      content.prompts.map((p) => p.id),
    );
    // The draft already is this entry, edited since it was saved: keep those edits and just open it.
    if (existing?.journal?.localId === localId && existing.updatedAt >= updatedAt) {
      location.href = `/reflect/${content.setId}/`;
      return;
    }
    // Anything else on this device that the saved version would replace is asked about first: a draft of another
    // entry, or this entry's draft with words the saved version does not have.
    const differs = (d: Draft) =>
      d.journal?.localId !== localId ||
      JSON.stringify(d.answers) !== JSON.stringify(content.answers) ||
      d.summary?.text !== content.summary?.text;
    if (existing && hasContent(existing) && differs(existing) && confirming() !== 'continue') {
      setConfirming('continue');
      return;
    }
    clearDraft(content.setId);
    const draft: Draft = {
      v: 1,
      setId: content.setId,
      phase: content.summary ? 'summary' : 'prompt',
      index: 0,
      answers: content.answers,
      summary: content.summary,
      journal: { localId, baseRevision: revision },
      updatedAt: new Date().toISOString(),
    };
    saveDraft(draft);
    location.href = `/reflect/${content.setId}/`;
  };

  const download = (kind: 'md' | 'json') => {
    const { content, updatedAt } = entry();
    const name = `${content.setId}-${updatedAt.slice(0, 10)}.${kind}`;
    if (kind === 'md') downloadText(name, entryToMarkdown(content));
    else downloadText(name, JSON.stringify(content, null, 2), 'application/json');
  };

  return (
    <li class="card">
      <h3>{entry().content.setTitle}</h3>
      <ul class="meta">
        <li>{formatDate(entry().updatedAt)}</li>
        <li>{SYNC_LABEL[entry().sync]}</li>
      </ul>
      <p class="first-line">{firstLine(entry().content)}</p>
      <EntryReplies page={props.page} localId={props.localId} />
      <Show when={['conflict', 'deleted-elsewhere', 'tampered', 'too-large'].includes(entry().sync)}>
        <div class="error" role="alert">
          <p>{SAVE_MESSAGE[entry().sync]}</p>
          <div class="button-row">
            <Show when={entry().sync === 'conflict'}>
              <button
                type="button"
                disabled={busy()}
                onClick={() =>
                  void act(async () =>
                    (await useServerVersion(env, props.localId)) === 'synced'
                      ? 'The newer version is now on this device.'
                      : done(entry().sync),
                  )
                }
              >
                Use the newer version
              </button>
            </Show>
            <Show when={entry().sync === 'conflict' || entry().sync === 'tampered'}>
              <button
                type="button"
                disabled={busy()}
                onClick={() =>
                  void act(async () =>
                    (await keepThisVersion(env, props.localId)).state === 'synced'
                      ? 'This device’s version is saved.'
                      : done(entry().sync),
                  )
                }
              >
                {entry().sync === 'conflict' ? 'Keep this version' : 'Replace the server’s copy with this one'}
              </button>
            </Show>
            <Show when={entry().sync === 'deleted-elsewhere'}>
              <button
                type="button"
                disabled={busy()}
                onClick={() => void act(async () => done((await saveAgain(env, props.localId)).state))}
              >
                Save again
              </button>
              <button
                type="button"
                disabled={busy()}
                onClick={() => void act(async () => (forgetEntry(env, props.localId), 'Removed from this device.'))}
              >
                Remove it from this device
              </button>
            </Show>
          </div>
        </div>
      </Show>
      <div class="button-row">
        <button type="button" aria-expanded={open()} onClick={() => setOpen(!open())}>
          {open() ? 'Close' : 'Open'}
        </button>
        <button type="button" ref={continueButton} onClick={continueEntry}>
          Continue
        </button>
        <Show when={sameSet(props.page.journal().entries, entry()).length > 0}>
          <button type="button" aria-expanded={comparing()} onClick={() => setComparing(!comparing())}>
            Then and now
          </button>
        </Show>
        <button type="button" onClick={() => download('md')}>
          Export (.md)
        </button>
        <button type="button" onClick={() => download('json')}>
          Export (.json)
        </button>
        <button type="button" class="danger" ref={deleteButton} onClick={() => setConfirming('delete')}>
          Delete
        </button>
      </div>
      <Show when={confirming() === 'continue'}>
        <Confirm
          label="Replace the unsaved draft?"
          yes="Replace the draft"
          keep="Keep the draft"
          onYes={continueEntry}
          onKeep={() => setConfirming(null)}
          returnFocus={() => continueButton}
        >
          You have an unsaved draft of this reflection on this device. Continuing replaces it with the saved version.
        </Confirm>
      </Show>
      <Show when={confirming() === 'delete'}>
        <Confirm
          label="Delete this reflection?"
          yes="Yes, delete it"
          keep="Keep it"
          busy={busy()}
          onYes={() =>
            void act(async () =>
              (await deleteEntry(env, props.localId)).waiting === 0
                ? 'Deleted.'
                : 'Deleted from this device. The server’s copy will be deleted when this browser is back online.',
            )
          }
          onKeep={() => setConfirming(null)}
          returnFocus={() => deleteButton}
        >
          Delete this reflection from this device and from the server? Links shared from it stop working. This cannot be
          undone.
        </Confirm>
      </Show>
      <Show when={comparing()}>
        <ThenAndNow page={props.page} entry={entry()} />
      </Show>
      <Show when={open()}>
        <div class="entry-detail">
          <Show when={entry().content.summary}>
            {(summary) => <SummaryView text={summary().text} source={summary().source} />}
          </Show>
          <EntryCommitments content={entry().content} />
          <h4>Your answers</h4>
          <For each={entry().content.prompts}>
            {(prompt) => (
              <>
                <p class="review-prompt">{prompt.text}</p>
                <p class="review-answer">{entry().content.answers[prompt.id]?.answer.trim() || 'Not answered.'}</p>
              </>
            )}
          </For>
        </div>
      </Show>
    </li>
  );
}
