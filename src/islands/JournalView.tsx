import { For, Show, createSignal, onCleanup, onMount } from 'solid-js';
import { formatDate } from '../browser/dates';
import { downloadText, today } from '../browser/download';
import { clearDraft, loadDraftText, saveDraft } from '../browser/draft-store';
import {
  deleteEntry,
  deleteEverything,
  entryToMarkdown,
  firstLine,
  importRecoveryCode,
  keepThisVersion,
  loadJournal,
  recoveryCode,
  revokeShare,
  syncPending,
  useServerVersion,
  type Journal,
  type JournalEntry,
} from '../browser/journal';
import { enableOfflineUse } from '../browser/offline';
import { hasContent, restoreDraft, type Draft } from '../browser/runner-state';
import { EntryConflictError, OfflineError } from '../browser/vault-api';
import SummaryView from './SummaryView';


const SYNC_LABEL: Record<JournalEntry['sync'], string> = {
  synced: 'Saved, encrypted, on the server',
  pending: 'On this device only; uploads when you are online',
  conflict: 'Changed on another device or tab',
};

/** Moves focus to a confirmation's safe choice when it appears, so keyboard and screen-reader users land on it. */
const focusWhenShown = (el: HTMLButtonElement) => queueMicrotask(() => el.focus());

/** The person's saved reflections on this device, their shares, export, deletion and moving devices. */
export default function JournalView() {
  const [journal, setJournal] = createSignal<Journal>(loadJournal());
  const [open, setOpen] = createSignal<string | null>(null);
  const [confirming, setConfirming] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [code, setCode] = createSignal('');
  const [importText, setImportText] = createSignal('');
  const [online, setOnline] = createSignal(navigator.onLine);

  const refresh = () => setJournal(loadJournal());
  const entries = () => [...journal().entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  /** Runs an action that talks to the server, with one message for the person whatever happens. */
  const act = async (work: () => Promise<string | void>) => {
    setBusy(true);
    setMessage('');
    try {
      const done = await work();
      if (done) setMessage(done);
    } catch (error) {
      setMessage(error instanceof OfflineError ? 'You are offline. Nothing was changed on the server; try again when you are back online.' : error instanceof Error && !(error instanceof EntryConflictError) ? error.message : 'That did not work. Try again in a moment.');
    } finally {
      setBusy(false);
      setConfirming(null);
      refresh();
      // The button that started this may be gone; keep keyboard focus on the page's status line.
      queueMicrotask(() => document.getElementById('journal-status')?.focus());
    }
  };

  onMount(() => {
    enableOfflineUse();
    const sync = () => {
      setOnline(navigator.onLine);
      if (navigator.onLine) void syncPending().then(refresh);
    };
    const offline = () => setOnline(false);
    window.addEventListener('online', sync);
    window.addEventListener('offline', offline);
    const otherTab = (event: StorageEvent) => (event.key === 'lodestar:journal' || event.key === null) && refresh();
    window.addEventListener('storage', otherTab);
    onCleanup(() => {
      window.removeEventListener('online', sync);
      window.removeEventListener('offline', offline);
      window.removeEventListener('storage', otherTab);
    });
    sync();
  });

  /** Opens a saved entry in the runner, without silently replacing an unsaved draft of the same reflection. */
  const continueEntry = (entry: JournalEntry) => {
    const promptIds = entry.content.prompts.map((p) => p.id);
    const existing = restoreDraft(loadDraftText(entry.content.setId), entry.content.setId, promptIds);
    // The draft already is this entry, edited since it was saved: keep those edits and just open it.
    if (existing?.journal?.localId === entry.localId && existing.updatedAt >= entry.updatedAt) {
      location.href = `/reflect/${entry.content.setId}/`;
      return;
    }
    if (existing && hasContent(existing) && existing.journal?.localId !== entry.localId && confirming() !== `continue:${entry.localId}`) {
      setConfirming(`continue:${entry.localId}`);
      return;
    }
    clearDraft(entry.content.setId);
    const draft: Draft = {
      v: 1,
      setId: entry.content.setId,
      phase: entry.content.summary ? 'summary' : 'prompt',
      index: 0,
      answers: entry.content.answers,
      summary: entry.content.summary,
      journal: { localId: entry.localId, baseRevision: entry.revision },
      updatedAt: new Date().toISOString(),
    };
    saveDraft(draft);
    location.href = `/reflect/${entry.content.setId}/`;
  };

  const exportAll = (format: 'md' | 'json') => {
    const all = entries();
    if (format === 'json') downloadText(`lodestar-journal-${today()}.json`, JSON.stringify(all.map((e) => e.content), null, 2), 'application/json');
    else downloadText(`lodestar-journal-${today()}.md`, all.map((e) => entryToMarkdown(e.content)).join('\n---\n\n'));
  };

  const copyText = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage('Your browser did not allow copying; select the text and copy it.');
    }
  };

  return (
    <div class="journal">
      <p class="hint" id="journal-status" tabindex="-1" role="status">
        {message()}
      </p>
      <Show when={!online()}>
        <p class="notice" role="status">
          You are offline. You can read and write; saved reflections upload when you are back online.
        </p>
      </Show>

      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">Saved reflections</h2>
        <Show when={entries().length > 0} fallback={<p>Nothing saved yet. When you finish a reflection, choose "Save to my journal" and it appears here. <a href="/reflect/">Start a reflection</a>.</p>}>
          <div class="button-row">
            <button type="button" onClick={() => exportAll('md')}>
              Export all (.md)
            </button>
            <button type="button" onClick={() => exportAll('json')}>
              Export all (.json)
            </button>
          </div>
          <ol class="card-list journal-entries">
            <For each={entries()}>
              {(entry) => (
                <li class="card">
                  <h3>{entry.content.setTitle}</h3>
                  <ul class="meta">
                    <li>{formatDate(entry.updatedAt)}</li>
                    <li>{SYNC_LABEL[entry.sync]}</li>
                  </ul>
                  <p class="first-line">{firstLine(entry.content)}</p>
                  <Show when={entry.sync === 'conflict'}>
                    <div class="error" role="alert">
                      <p>A newer version of this reflection was saved from another tab or device. Choose which one to keep.</p>
                      <div class="button-row">
                        <button type="button" disabled={busy()} onClick={() => void act(async () => (await useServerVersion(entry.localId), 'The newer version is now on this device.'))}>
                          Use the newer version
                        </button>
                        <button
                          type="button"
                          disabled={busy()}
                          onClick={() =>
                            void act(async () => {
                              try {
                                await keepThisVersion(entry.localId, entry.revision ?? 1);
                              } catch (error) {
                                if (!(error instanceof EntryConflictError)) throw error;
                                await keepThisVersion(entry.localId, error.currentRevision);
                              }
                              return 'This device’s version is saved.';
                            })
                          }
                        >
                          Keep this version
                        </button>
                      </div>
                    </div>
                  </Show>
                  <div class="button-row">
                    <button type="button" aria-expanded={open() === entry.localId} onClick={() => setOpen(open() === entry.localId ? null : entry.localId)}>
                      {open() === entry.localId ? 'Close' : 'Open'}
                    </button>
                    <button type="button" onClick={() => continueEntry(entry)}>
                      Continue
                    </button>
                    <button type="button" onClick={() => downloadText(`${entry.content.setId}-${entry.updatedAt.slice(0, 10)}.md`, entryToMarkdown(entry.content))}>
                      Export (.md)
                    </button>
                    <button type="button" onClick={() => downloadText(`${entry.content.setId}-${entry.updatedAt.slice(0, 10)}.json`, JSON.stringify(entry.content, null, 2), 'application/json')}>
                      Export (.json)
                    </button>
                    <button type="button" class="danger" onClick={() => setConfirming(`delete:${entry.localId}`)}>
                      Delete
                    </button>
                  </div>
                  <Show when={confirming() === `continue:${entry.localId}`}>
                    <div class="confirm" role="alertdialog" aria-label="Replace the unsaved draft?">
                      <p>You have an unsaved draft of this reflection on this device. Continuing replaces it with the saved version.</p>
                      <div class="button-row">
                        <button type="button" class="danger" onClick={() => continueEntry(entry)}>
                          Replace the draft
                        </button>
                        <button type="button" class="primary" ref={focusWhenShown} onClick={() => setConfirming(null)}>
                          Keep the draft
                        </button>
                      </div>
                    </div>
                  </Show>
                  <Show when={confirming() === `delete:${entry.localId}`}>
                    <div class="confirm" role="alertdialog" aria-label="Delete this reflection?">
                      <p>Delete this reflection from this device and from the server? Links shared from it stop working. This cannot be undone.</p>
                      <div class="button-row">
                        <button type="button" class="danger" disabled={busy()} onClick={() => void act(async () => (await deleteEntry(entry.localId), 'Deleted.'))}>
                          Yes, delete it
                        </button>
                        <button type="button" class="primary" ref={focusWhenShown} onClick={() => setConfirming(null)}>
                          Keep it
                        </button>
                      </div>
                    </div>
                  </Show>
                  <Show when={open() === entry.localId}>
                    <div class="entry-detail">
                      <Show when={entry.content.summary}>{(summary) => <SummaryView text={summary().text} source={summary().source} />}</Show>
                      <h4>Your answers</h4>
                      <For each={entry.content.prompts}>
                        {(prompt) => (
                          <>
                            <p class="review-prompt">{prompt.text}</p>
                            <p class="review-answer">{entry.content.answers[prompt.id]?.answer.trim() || 'Not answered.'}</p>
                          </>
                        )}
                      </For>
                    </div>
                  </Show>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </section>

      <section aria-labelledby="shares-heading">
        <h2 id="shares-heading">Shared links</h2>
        <Show when={journal().shares.length > 0} fallback={<p>No shared links. Share a summary from the end of a reflection.</p>}>
          <ul class="card-list">
            <For each={journal().shares}>
              {(share) => (
                <li class="card">
                  <h3>{share.setTitle || 'Shared summary'}</h3>
                  <p class="meta">{new Date(share.expiresAt) > new Date() ? `Works until ${formatDate(share.expiresAt)}` : 'Expired'}</p>
                  <div class="button-row">
                    <button type="button" onClick={() => void copyText(share.link, 'Link copied.')}>
                      Copy link
                    </button>
                    <button type="button" class="danger" disabled={busy()} onClick={() => void act(async () => (await revokeShare(share.id), 'The link no longer works.'))}>
                      Revoke
                    </button>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>

      <section aria-labelledby="move-heading">
        <h2 id="move-heading">Move to another device</h2>
        <p>
          Your journal's key lives only in this browser. The recovery code holds that key and the ids of your saved reflections. Keep it somewhere private:{' '}
          <strong>anyone with the code can read your journal, and if you lose both this browser's data and the code, nobody can recover your journal.</strong>
        </p>
        <div class="button-row">
          <button type="button" disabled={!journal().key} onClick={() => setCode(recoveryCode(loadJournal()))}>
            Show my recovery code
          </button>
        </div>
        <Show when={code()}>
          <label for="recovery-code">Your recovery code</label>
          <textarea id="recovery-code" class="code" readOnly rows="4" value={code()} onFocus={(e) => e.currentTarget.select()} />
          <div class="button-row">
            <button type="button" onClick={() => void copyText(code(), 'Recovery code copied.')}>
              Copy code
            </button>
            <button type="button" onClick={() => downloadText(`lodestar-recovery-code-${today()}.txt`, `${code()}\n`, 'text/plain;charset=utf-8')}>
              Download code
            </button>
          </div>
        </Show>
        <h3>Restore a journal on this device</h3>
        <label for="import-code">Paste a recovery code</label>
        <textarea id="import-code" class="code" rows="3" value={importText()} onInput={(e) => setImportText(e.currentTarget.value)} />
        <div class="button-row">
          <button
            type="button"
            class="primary"
            disabled={busy() || !importText().trim()}
            onClick={() =>
              void act(async () => {
                const { restored, missing } = await importRecoveryCode(importText());
                setImportText('');
                return `Restored ${restored} ${restored === 1 ? 'reflection' : 'reflections'}${missing ? `; ${missing} could not be found on the server` : ''}.`;
              })
            }
          >
            Restore my journal
          </button>
        </div>
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete everything</h2>
        <p>Removes every saved reflection and shared link from the server and from this browser, and forgets the key.</p>
        <Show
          when={confirming() === 'everything'}
          fallback={
            <button type="button" class="danger" onClick={() => setConfirming('everything')}>
              Delete everything
            </button>
          }
        >
          <div class="confirm" role="alertdialog" aria-label="Delete everything?">
            <p>Delete all {journal().entries.length} saved reflections and {journal().shares.length} shared links? This cannot be undone.</p>
            <div class="button-row">
              <button type="button" class="danger" disabled={busy()} onClick={() =>
                  void act(async () => {
                    const { failed } = await deleteEverything();
                    setCode('');
                    return failed === 0
                      ? 'Everything is deleted.'
                      : `${failed} item${failed === 1 ? '' : 's'} could not be deleted from the server (are you offline?). The rest is gone; try again to finish.`;
                  })
                }
              >
                Yes, delete everything
              </button>
              <button type="button" class="primary" ref={focusWhenShown} onClick={() => setConfirming(null)}>
                Keep my journal
              </button>
            </div>
          </div>
        </Show>
      </section>
    </div>
  );
}
