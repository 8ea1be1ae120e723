// "Save to my journal" and "Share with my mentor" under a finished summary: saves what the draft holds, says where
// the save stands in a sentence, and offers the choice a conflict, a deletion elsewhere or a changed copy needs.
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { formatDate } from '../browser/dates';
import {
  browserEnv,
  explain,
  keepThisVersion,
  loadJournal,
  REMOVED_WHILE_SAVING,
  SAVE_MESSAGE,
  saveAgain,
  saveEntry,
  shareSummary,
  syncAll,
  type JournalShare,
  type SaveResult,
  type SyncState,
} from '../browser/journal';
import type { Draft, JournalLink } from '../shared/model/draft';
import { entryContentFrom } from '../shared/model/entry-content';
import CreateLinkForm, { type ExpiryDays } from './CreateLinkForm';
import { focusWhenShown } from './journal/context';

interface Props {
  draft: Draft;
  setTitle: string;
  prompts: { id: string; text: string }[];
  onLinked: (link: JournalLink) => void;
}

/** States that wait for the person's choice before anything more is uploaded. */
const NEEDS_CHOICE: SyncState[] = ['conflict', 'deleted-elsewhere', 'tampered'];

/** "Save to my journal" and "Share with my mentor" for a finished summary; what is saved is what the draft holds. */
export default function SaveAndShare(props: Props) {
  const env = browserEnv();
  const [saveStatus, setSaveStatus] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  const [choice, setChoice] = createSignal<SyncState | null>(null);
  const [sharing, setSharing] = createSignal(false);
  const [expiry, setExpiry] = createSignal<ExpiryDays>(7);
  const [note, setNote] = createSignal('');
  const [share, setShare] = createSignal<JournalShare | null>(null);
  const [shareError, setShareError] = createSignal('');
  const [shareBusy, setShareBusy] = createSignal(false);
  const [copied, setCopied] = createSignal('');

  const report = (result: SaveResult) => {
    // Deleted in another tab mid-save: nothing to link to, and "saved" would not be true.
    if (!loadJournal(env.storage).entries.some((e) => e.localId === result.localId)) {
      setChoice(null);
      setSaveStatus(REMOVED_WHILE_SAVING);
      return;
    }
    props.onLinked({ localId: result.localId, baseRevision: result.revision });
    setChoice(NEEDS_CHOICE.includes(result.state) ? result.state : null);
    setSaveStatus(SAVE_MESSAGE[result.state]);
  };

  let saveButton!: HTMLButtonElement;
  const run = async (work: () => Promise<SaveResult>) => {
    setSaving(true);
    setSaveStatus('Saving…');
    setChoice(null);
    try {
      report(await work());
    } catch (error) {
      setSaveStatus(explain(error));
    } finally {
      setSaving(false);
      // The button was disabled while saving, which drops the keyboard's focus to the page: give it back.
      if (document.activeElement === document.body || document.activeElement === null) saveButton.focus();
    }
  };

  const content = () => entryContentFrom(props.draft, props.setTitle, props.prompts);
  const save = () => run(() => saveEntry(env, content(), props.draft.journal?.localId ?? null));
  const saveAsNew = () => run(() => saveEntry(env, content(), null));
  const localId = () => props.draft.journal?.localId ?? '';
  /** What is on screen now goes into the journal first (the entry keeps waiting for the choice), then `resolve`. */
  const withCurrentText = async (resolve: () => Promise<SaveResult>) => {
    await saveEntry(env, content(), localId());
    return resolve();
  };

  // A save made offline waits on this device; this tab reports when it has gone up.
  onMount(() => {
    const online = async () => {
      const id = props.draft.journal?.localId;
      if (!id || loadJournal(env.storage).entries.find((e) => e.localId === id)?.sync !== 'pending') return;
      await syncAll(env).catch(() => undefined);
      const entry = loadJournal(env.storage).entries.find((e) => e.localId === id);
      if (!entry || entry.sync === 'pending') return;
      report({ localId: id, revision: entry.revision, state: entry.sync });
      if (entry.sync === 'synced') setSaveStatus('Back online: saved to your journal, encrypted.');
    };
    window.addEventListener('online', online);
    onCleanup(() => window.removeEventListener('online', online));
  });

  const createLink = async () => {
    const summary = props.draft.summary;
    if (!summary) return;
    setShareBusy(true);
    setShareError('');
    try {
      setShare(
        await shareSummary(
          env,
          { setTitle: props.setTitle, summary: summary.text, source: summary.source, note: note().trim() },
          expiry(),
          props.draft.journal?.localId ?? null,
        ),
      );
    } catch (error) {
      setShareError(`The link could not be made. ${explain(error)}`);
    } finally {
      setShareBusy(false);
    }
  };

  const copyLink = async () => {
    const link = share()?.link;
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      setCopied('Your browser did not allow copying; select the link and copy it.');
    }
  };

  return (
    <div class="save-share">
      <div class="button-row">
        <button type="button" class="primary" disabled={saving()} ref={saveButton} onClick={() => void save()}>
          {props.draft.journal ? 'Save changes to my journal' : 'Save to my journal'}
        </button>
        <button
          type="button"
          aria-expanded={sharing()}
          aria-controls="share-panel"
          onClick={() => setSharing(!sharing())}
        >
          Share with my mentor
        </button>
      </div>
      <p class="hint" role="status">
        {choice() ? '' : saveStatus()}
      </p>
      <Show when={choice()}>
        <div class="error" role="alert">
          <p>{saveStatus()}</p>
          <div class="button-row">
            <Show when={choice() === 'conflict' || choice() === 'tampered'}>
              <button
                type="button"
                disabled={saving()}
                onClick={() => void run(() => withCurrentText(() => keepThisVersion(env, localId())))}
              >
                {choice() === 'conflict' ? 'Replace it with this version' : 'Replace the server’s copy with this one'}
              </button>
            </Show>
            <Show when={choice() === 'deleted-elsewhere'}>
              <button
                type="button"
                disabled={saving()}
                onClick={() => void run(() => withCurrentText(() => saveAgain(env, localId())))}
              >
                Save again
              </button>
            </Show>
            <button type="button" disabled={saving()} onClick={() => void saveAsNew()}>
              Save this as a new entry
            </button>
          </div>
        </div>
      </Show>

      <Show when={sharing()}>
        <section id="share-panel" class="share-panel" aria-labelledby="share-title">
          <h3 id="share-title">Share this summary</h3>
          <p>
            Anyone with the link can read the summary (not your answers) until it expires. It is encrypted in your
            browser; the key travels only in the link.
          </p>
          <Show
            when={share()}
            fallback={
              <CreateLinkForm
                name="expiry"
                expiry={expiry()}
                onExpiry={setExpiry}
                busy={shareBusy()}
                error={shareError()}
                onCreate={() => void createLink()}
              >
                <label for="share-note">A note for your mentor (optional)</label>
                <textarea
                  id="share-note"
                  rows="3"
                  maxLength={500}
                  value={note()}
                  onInput={(e) => setNote(e.currentTarget.value)}
                />
              </CreateLinkForm>
            }
          >
            {(made) => (
              <>
                <label for="share-link">Your link</label>
                <input
                  id="share-link"
                  class="share-link"
                  type="text"
                  readOnly
                  value={made().link}
                  ref={focusWhenShown}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <div class="button-row">
                  <button type="button" class="primary" onClick={() => void copyLink()}>
                    Copy link
                  </button>
                </div>
                <p class="hint" role="status">
                  {copied()}
                </p>
                <p>
                  It works until {formatDate(made().expiresAt)}. You can revoke it any time from{' '}
                  <a href="/journal/">My journal</a>.
                </p>
              </>
            )}
          </Show>
        </section>
      </Show>
    </div>
  );
}
