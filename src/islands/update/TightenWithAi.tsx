// "Tighten with the AI guide": only for people who chose (or have not yet refused) the AI guide, after the same
// disclosure as the runner; the shorter version is shown beside the draft and replaces it only if they choose.
import { Show, createSignal } from 'solid-js';
import { tightenUpdate, type TightenResult } from '../../browser/journal';
import AiDisclosure from '../AiDisclosure';
import { focusWhenShown } from '../journal/context';
import type { PreferencesControl } from '../runner/create-preferences';
import CareLine from '../CareLine';
import SafetyMessage from '../SafetyMessage';
import UpdateView from './UpdateView';

interface Props {
  prefs: PreferencesControl;
  draft: () => string;
  onUse: (text: string) => void;
}

export default function TightenWithAi(props: Props) {
  const [asking, setAsking] = createSignal(false);
  const [disclosing, setDisclosing] = createSignal(false);
  const [result, setResult] = createSignal<TightenResult | null>(null);
  /** Said next to the button that started it, so the sentence is where the person is looking. */
  const [message, say] = createSignal('');
  const { prefs, update } = props.prefs;
  const version = () => {
    const r = result();
    return r?.kind === 'version' ? r.text : undefined;
  };
  const safety = () => {
    const r = result();
    return r?.kind === 'safety' ? r.text : undefined;
  };
  const choose = (text: string | null, sentence: string) => {
    if (text !== null) props.onUse(text);
    setResult(null);
    say(sentence);
    // The buttons are gone with the version: back to the draft, where the person goes on editing.
    queueMicrotask(() => document.getElementById('update-text')?.focus());
  };

  const ask = async (): Promise<void> => {
    if (!props.draft().trim()) {
      say('Your update is empty. Draft it or write it first.');
      return;
    }
    // The same disclosure as the runner's, once: what is sent, to whom, what is kept.
    if (!prefs().disclosed) {
      setDisclosing(true);
      return;
    }
    setAsking(true);
    setResult(null);
    say('The AI guide is reading your update…');
    const answer = await tightenUpdate((input, init) => fetch(input, init), props.draft(), prefs().tone);
    setAsking(false);
    setResult(answer.kind === 'unchanged' ? null : answer);
    say(
      answer.kind === 'unchanged' || answer.kind === 'care'
        ? answer.message
        : answer.kind === 'version'
          ? 'The AI guide’s shorter version is below. Your draft stays as it is unless you choose it.'
          : '',
    );
  };

  return (
    <Show
      when={prefs().guide !== 'built-in'}
      fallback={
        <p class="hint">
          You chose the built-in guide, so nothing is sent and your update stays in your own words.{' '}
          <button type="button" class="link-button" onClick={() => update({ guide: null, disclosed: false })}>
            Let the AI guide tighten it
          </button>
        </p>
      }
    >
      <div class="button-row">
        <button type="button" disabled={asking()} aria-busy={asking()} onClick={() => void ask()}>
          {asking() ? 'Tightening…' : 'Tighten with the AI guide'}
        </button>
      </div>
      <p class="hint" id="tighten-status" role="status">
        {message()}
      </p>
      <Show when={disclosing()}>
        <AiDisclosure
          scope="update"
          onChoose={(choice) => {
            update({ guide: choice, disclosed: true });
            setDisclosing(false);
            if (choice === 'ai') void ask();
            else say('Nothing was sent. Your update stays in your own words.');
          }}
        />
      </Show>
      <Show when={safety()}>{(text) => <SafetyMessage text={text()} />}</Show>
      <Show when={result()?.kind === 'care'}>
        <CareLine />
      </Show>
      <Show when={version()}>
        {(text) => (
          <section class="proposal" aria-labelledby="proposal-heading">
            <h3 id="proposal-heading" tabindex="-1" ref={focusWhenShown}>
              The AI guide’s shorter version
            </h3>
            <p class="hint">Compare it with your draft above. Nothing changes unless you choose it.</p>
            <UpdateView text={text()} headingLevel={4} />
            <div class="button-row">
              <button
                type="button"
                class="primary"
                onClick={() => choose(text(), 'Your update now uses the shorter version. Edit it as you like.')}
              >
                Use this version
              </button>
              <button type="button" onClick={() => choose(null, 'You kept your own version.')}>
                Keep mine
              </button>
            </div>
          </section>
        )}
      </Show>
    </Show>
  );
}
