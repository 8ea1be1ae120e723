import { Match, Show, Switch, createSignal, onMount } from 'solid-js';
import { formatDate } from '../browser/dates';
import { parseShareFragment, type ShareContent } from '../browser/journal';
import { fetchShare } from '../browser/vault-api';
import { decryptJson } from '../browser/vault-crypto';
import SummaryView from './SummaryView';

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; content: ShareContent; expiresAt: string };


function isShareContent(v: unknown): v is ShareContent {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return c['v'] === 1 && typeof c['setTitle'] === 'string' && typeof c['summary'] === 'string' && typeof c['note'] === 'string' && typeof c['sharedAt'] === 'string' && ['gemini', 'built-in', 'safety'].includes(c['source'] as string);
}

/**
 * Reads a shared summary: the id and key come from the link's #fragment (never sent to the server), the
 * ciphertext from /api/shares/<id>. Absent, revoked, expired, broken and tampered links all end the same way.
 */
export default function ShareViewer() {
  const [state, setState] = createSignal<State>({ kind: 'loading' });

  onMount(async () => {
    const parts = parseShareFragment(location.hash);
    if (!parts) {
      setState({ kind: 'unavailable' });
      return;
    }
    try {
      const stored = await fetchShare(parts.id);
      const content = await decryptJson(parts.key, stored);
      setState(isShareContent(content) ? { kind: 'ready', content, expiresAt: stored.expiresAt } : { kind: 'unavailable' });
    } catch {
      setState({ kind: 'unavailable' });
    }
  });

  return (
    <Switch>
      <Match when={state().kind === 'loading'}>
        <p role="status">Opening the shared reflection…</p>
      </Match>
      <Match when={state().kind === 'unavailable'}>
        <h1>This link is not available</h1>
        <p class="lede">It may have expired, been revoked by the person who shared it, or been copied only in part.</p>
        <p>If you were expecting a reflection, ask the sender for a new link.</p>
      </Match>
      <Match when={state().kind === 'ready' && state()} keyed>
        {(ready) =>
          ready.kind === 'ready' && (
            <article>
              <h1>A reflection shared with you</h1>
              <ul class="meta">
                <li>{ready.content.setTitle}</li>
                <li>Shared {formatDate(ready.content.sharedAt)}</li>
                <li>Available until {formatDate(ready.expiresAt)}</li>
              </ul>
              <Show when={ready.content.note}>
                <section class="callout" aria-labelledby="note-heading">
                  <h2 id="note-heading">Their note</h2>
                  <p class="shared-note">{ready.content.note}</p>
                </section>
              </Show>
              <h2>Summary</h2>
              <SummaryView text={ready.content.summary} source={ready.content.source} />
            </article>
          )
        }
      </Match>
    </Switch>
  );
}
