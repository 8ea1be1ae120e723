// The journal page: the person's saved reflections, shared links, moving devices and deleting everything, over
// one status line; syncs what waits whenever the page opens or the connection returns.
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import {
  browserEnv,
  explain,
  fetchReplies,
  loadJournal,
  loadReplyCache,
  syncAll,
  type Journal,
  type KeyValueStorage,
  type SyncSummary,
} from '../browser/journal';
import { JOURNAL_KEY, LEGACY_JOURNAL_KEY, REPLIES_KEY } from '../browser/storage-keys';
import type { JournalPage } from './journal/context';
import CommitmentsSection from './journal/CommitmentsSection';
import DeleteEverything from './journal/DeleteEverything';
import EntryList from './journal/EntryList';
import RecoverySection from './journal/RecoverySection';
import SharesSection from './journal/SharesSection';
import UnreadableList from './journal/UnreadableList';

/** One stored item's text, to tell whether a re-read would find anything new (undefined: storage refused). */
function readText(storage: KeyValueStorage, key: string): string | undefined {
  try {
    return String(storage.getItem(key));
  } catch {
    return undefined; // storage refused to be read: always re-read
  }
}

/** The journal as stored (both formats' keys). */
const storedText = (storage: KeyValueStorage) => {
  const current = readText(storage, JOURNAL_KEY);
  const legacy = readText(storage, LEGACY_JOURNAL_KEY);
  return current === undefined || legacy === undefined ? undefined : `${current}\u0000${legacy}`;
};

/** What a background sync did, when there is something worth saying. */
function syncSentence(summary: SyncSummary): string {
  const parts: string[] = [];
  if (summary.uploaded)
    parts.push(
      `${summary.uploaded} ${summary.uploaded === 1 ? 'reflection saved on this device is' : 'reflections saved on this device are'} now on the server.`,
    );
  if (summary.needsChoice)
    parts.push(
      `${summary.needsChoice === 1 ? 'One reflection needs' : `${summary.needsChoice} reflections need`} your choice; see below.`,
    );
  return parts.join(' ');
}

/** Said when replies arrive that this browser had not seen (every reply shows under its link in "Shared links"). */
const newRepliesSentence = (added: number) =>
  added === 1
    ? 'A new reply to one of your shared links: read it under “Shared links”.'
    : `${added} new replies to your shared links: read them under “Shared links”.`;

/** The person's saved reflections on this device, their shares, export, deletion and moving devices. */
export default function JournalView() {
  const env = browserEnv();
  const [journal, setJournal] = createSignal<Journal>(loadJournal(env.storage));
  const [message, setMessage] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [online, setOnline] = createSignal(navigator.onLine);
  // Re-read only when the stored journal changed: a long journal is a megabyte of JSON, and every new read
  // re-renders every list on the page.
  let lastRead = storedText(env.storage);
  const refreshJournal = () => {
    const now = storedText(env.storage);
    if (now !== undefined && now === lastRead) return;
    lastRead = now;
    setJournal(loadJournal(env.storage));
  };
  // The replies live in their own small item, so a reply that arrives re-reads and re-renders only the replies.
  const [replies, setReplies] = createSignal(loadReplyCache(env.storage));
  let lastReplies = readText(env.storage, REPLIES_KEY);
  const refreshReplies = () => {
    const now = readText(env.storage, REPLIES_KEY);
    if (now !== undefined && now === lastReplies) return;
    lastReplies = now;
    setReplies(loadReplyCache(env.storage));
  };
  const refresh = () => {
    refreshJournal();
    refreshReplies();
  };

  // A background round (a sync and a fetch of replies, on opening and on each return online) says its sentences
  // together, whichever finishes first, in place of what the line said before. A round that a newer one or the
  // person's own action has replaced says nothing more.
  let round: string[] = [];
  const newRound = () => {
    const mine: string[] = [];
    round = mine;
    return (sentence: string) => {
      if (round !== mine) return;
      mine.push(sentence);
      setMessage(mine.join(' '));
    };
  };

  const page: JournalPage = {
    env,
    journal,
    replies,
    busy,
    refresh,
    say: setMessage,
    act: async (work, focusAfter) => {
      setBusy(true);
      setMessage('');
      round = [];
      try {
        const done = await work();
        if (done) setMessage(done);
      } catch (error) {
        setMessage(explain(error));
      } finally {
        setBusy(false);
        refresh();
        // The button that started this may be gone: focus goes near it when the caller names a place, else to the
        // page's status line. Either way the sentence is announced (role="status").
        queueMicrotask(() => {
          const near = focusAfter?.();
          (near?.isConnected ? near : document.getElementById('journal-status'))?.focus();
        });
      }
    },
  };

  onMount(() => {
    const sync = () => {
      setOnline(navigator.onLine);
      if (!navigator.onLine) return;
      const announce = newRound();
      void syncAll(env)
        .then((summary) => {
          const sentence = syncSentence(summary);
          if (sentence) announce(sentence);
        })
        .catch(() => undefined) // nothing reached the server; the next chance is the next "online"
        .finally(refresh);
      // The mentor's replies to this journal's links; new ones are said in the status line too, not only shown.
      void fetchReplies(env)
        .then((added) => added > 0 && announce(newRepliesSentence(added)))
        .catch(() => undefined)
        .finally(refreshReplies);
    };
    const offline = () => setOnline(false);
    // Another tab changed the journal (saved, synced, deleted): show it here too.
    const otherTab = (event: StorageEvent) => {
      if (event.key === JOURNAL_KEY || event.key === LEGACY_JOURNAL_KEY || event.key === null) refreshJournal();
      if (event.key === REPLIES_KEY || event.key === null) refreshReplies();
    };
    window.addEventListener('online', sync);
    window.addEventListener('offline', offline);
    window.addEventListener('storage', otherTab);
    onCleanup(() => {
      window.removeEventListener('online', sync);
      window.removeEventListener('offline', offline);
      window.removeEventListener('storage', otherTab);
    });
    sync();
  });

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
      <CommitmentsSection page={page} />
      <p class="update-link">
        <a href="/journal/update/">Write an update for your mentor</a>
      </p>
      <EntryList page={page} />
      <UnreadableList page={page} />
      <SharesSection page={page} />
      <RecoverySection page={page} />
      <DeleteEverything page={page} />
    </div>
  );
}
