import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { formatDate } from '../browser/dates';
import { entryContentFrom, loadJournal, saveEntry, shareSummary, syncPending, type JournalShare } from '../browser/journal';
import type { Draft, JournalLink } from '../browser/runner-state';
import { EntryConflictError, OfflineError } from '../browser/vault-api';

interface Props {
  draft: Draft;
  setTitle: string;
  prompts: { id: string; text: string }[];
  onLinked: (link: JournalLink) => void;
}

const EXPIRY_CHOICES = [
  { days: 1, label: '1 day' },
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
] as const;


/** "Save to my journal" and "Share with my mentor" for a finished summary. */
export default function SaveAndShare(props: Props) {
  const [saveStatus, setSaveStatus] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  const [conflict, setConflict] = createSignal<number | null>(null);
  const [sharing, setSharing] = createSignal(false);
  const [expiry, setExpiry] = createSignal<1 | 7 | 30>(7);
  const [note, setNote] = createSignal('');
  const [share, setShare] = createSignal<JournalShare | null>(null);
  const [shareError, setShareError] = createSignal('');
  const [shareBusy, setShareBusy] = createSignal(false);
  const [copied, setCopied] = createSignal('');

  // A save made offline waits on this device; upload it as soon as the connection is back.
  onMount(() => {
    const online = async () => {
      const localId = props.draft.journal?.localId;
      if (!localId || loadJournal().entries.find((e) => e.localId === localId)?.sync !== 'pending') return;
      await syncPending();
      const entry = loadJournal().entries.find((e) => e.localId === localId);
      if (entry?.sync === 'synced') {
        props.onLinked({ localId, baseRevision: entry.revision });
        setSaveStatus('Back online: saved to your journal, encrypted.');
      } else if (entry?.sync === 'conflict') {
        setConflict(entry.revision ?? 1);
      }
    };
    window.addEventListener('online', online);
    onCleanup(() => window.removeEventListener('online', online));
  });

  const save = async (options: { asNew?: boolean; overRevision?: number | undefined } = {}) => {
    setSaving(true);
    setSaveStatus('Saving…');
    setConflict(null);
    const link = options.asNew ? null : (props.draft.journal ?? null);
    try {
      const result = await saveEntry(entryContentFrom(props.draft, props.setTitle, props.prompts), link?.localId ?? null, options.overRevision ?? link?.baseRevision ?? null);
      props.onLinked({ localId: result.localId, baseRevision: result.revision });
      setSaveStatus(
        result.state === 'uploaded'
          ? 'Saved to your journal. Encrypted before it left your browser.'
          : 'Saved on this device. It will upload, encrypted, when you are back online.',
      );
    } catch (error) {
      if (error instanceof EntryConflictError) {
        setConflict(error.currentRevision);
        setSaveStatus('');
      } else {
        setSaveStatus(error instanceof OfflineError ? error.message : 'Saving did not work. Your reflection is still on this device; try again.');
      }
    } finally {
      setSaving(false);
    }
  };

  const createLink = async () => {
    const summary = props.draft.summary;
    if (!summary) return;
    setShareBusy(true);
    setShareError('');
    try {
      setShare(await shareSummary({ setTitle: props.setTitle, summary: summary.text, source: summary.source, note: note().trim() }, expiry(), props.draft.journal?.localId ?? null));
    } catch (error) {
      setShareError(error instanceof OfflineError ? 'You are offline, so the link could not be made. Try again when you are back online.' : 'The link could not be made. Try again in a moment.');
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
        <button type="button" class="primary" disabled={saving()} onClick={() => void save()}>
          {props.draft.journal ? 'Save changes to my journal' : 'Save to my journal'}
        </button>
        <button type="button" aria-expanded={sharing()} aria-controls="share-panel" onClick={() => setSharing(!sharing())}>
          Share with my mentor
        </button>
      </div>
      <p class="hint" role="status">
        {saveStatus()}
      </p>
      <Show when={conflict() !== null}>
        <div class="error" role="alert">
          <p>This reflection was saved from another tab or device after you opened it. Nothing has been overwritten.</p>
          <div class="button-row">
            <button type="button" onClick={() => void save({ overRevision: conflict() ?? undefined })}>
              Replace it with this version
            </button>
            <button type="button" onClick={() => void save({ asNew: true })}>
              Save this as a new entry
            </button>
          </div>
        </div>
      </Show>

      <Show when={sharing()}>
        <section id="share-panel" class="share-panel" aria-labelledby="share-title">
          <h3 id="share-title">Share this summary</h3>
          <p>Anyone with the link can read the summary (not your answers) until it expires. It is encrypted in your browser; the key travels only in the link.</p>
          <Show
            when={share()}
            fallback={
              <>
                <fieldset>
                  <legend>The link stops working after</legend>
                  {EXPIRY_CHOICES.map((choice) => (
                    <label>
                      <input type="radio" name="expiry" checked={expiry() === choice.days} onChange={() => setExpiry(choice.days)} /> {choice.label}
                    </label>
                  ))}
                </fieldset>
                <label for="share-note">A note for your mentor (optional)</label>
                <textarea id="share-note" rows="3" maxLength={500} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
                <div class="button-row">
                  <button type="button" class="primary" disabled={shareBusy()} onClick={() => void createLink()}>
                    {shareBusy() ? 'Making the link…' : 'Create link'}
                  </button>
                </div>
                <Show when={shareError()}>
                  <p class="error" role="alert">
                    {shareError()}
                  </p>
                </Show>
              </>
            }
          >
            {(made) => (
              <>
                <label for="share-link">Your link</label>
                <input id="share-link" class="share-link" type="text" readOnly value={made().link} onFocus={(e) => e.currentTarget.select()} />
                <div class="button-row">
                  <button type="button" class="primary" onClick={() => void copyLink()}>
                    Copy link
                  </button>
                </div>
                <p class="hint" role="status">
                  {copied()}
                </p>
                <p>
                  It works until {formatDate(made().expiresAt)}. You can revoke it any time from <a href="/journal/">My journal</a>.
                </p>
              </>
            )}
          </Show>
        </section>
      </Show>
    </div>
  );
}
