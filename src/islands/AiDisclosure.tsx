import { Show, onCleanup, onMount } from 'solid-js';
import type { CoachChoice } from '../shared/coach';
import type { OnDeviceControl } from './runner/create-on-device';

interface Props {
  /** What the pending action would send: one answer, every answer for the summary, or an update's draft. */
  scope: 'follow-up' | 'summary' | 'update';
  /** The summary also sends what the person said happened to earlier commitments. */
  checkIns?: boolean;
  onChoose: (choice: CoachChoice) => void;
  /** The browser's own model, where this browser has one: then it is the third choice. */
  onDevice?: () => OnDeviceControl | null;
}

/** Shown inline before the first AI call: what is sent, to whom, what is kept; then the person chooses. */
export default function AiDisclosure(props: Props) {
  let title: HTMLHeadingElement | undefined;
  // It appears because the person asked the coach for something: read this first, then choose.
  onMount(() => title?.focus());
  const onDevice = () => {
    const control = props.onDevice?.();
    return props.scope !== 'update' && control?.offered() ? control : undefined;
  };
  const downloading = () => props.onDevice?.()?.download().phase === 'downloading';
  // Closed meanwhile (the person chose another guide while the model downloaded): that choice stands.
  let closed = false;
  onCleanup(() => (closed = true));
  /** The person's click is what starts a download: never before it. */
  const chooseOnDevice = async (control: OnDeviceControl) => {
    if (control.needsDownload() && !(await control.start())) return;
    if (!closed) props.onChoose('on-device');
  };
  return (
    <section class="disclosure" aria-labelledby="disclosure-title">
      <h3 id="disclosure-title" ref={title} tabindex="-1">
        Before the guide answers
      </h3>
      <ul>
        <li>
          <strong>What is sent:</strong>{' '}
          {props.scope === 'follow-up'
            ? 'this prompt and your answer to it, with any earlier follow-ups.'
            : props.scope === 'update'
              ? 'your update, as it is in the box above.'
              : props.checkIns
                ? 'the prompts and everything you wrote in this reflection, including your earlier commitments and your notes on what happened.'
                : 'the prompts and everything you wrote in this reflection.'}
        </li>
        <li>
          <strong>To whom:</strong> Google Gemini, through our server. Our server does not keep or log it.
        </li>
        <li>
          <strong>What is kept:</strong>{' '}
          {props.scope === 'update'
            ? 'nothing. The shorter version comes back to this page and replaces your draft only if you choose it.'
            : 'nothing, unless you save the reflection, and then only encrypted.'}
        </li>
      </ul>
      <p>
        {props.scope === 'update'
          ? 'With the built-in guide your update stays in your own words, and nothing leaves your browser.'
          : "The built-in guide asks from the prompt's hint and your own words. It runs on this device, so nothing leaves your browser."}
      </p>
      <Show when={onDevice()}>
        {(control) => (
          <p>
            Or your browser’s own model asks, on this device: nothing leaves it.
            {control().needsDownload()
              ? ' The first time, your browser downloads its model. It is large, and it downloads only if you choose it; a bar shows how far it has got.'
              : ''}
          </p>
        )}
      </Show>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => props.onChoose('ai')}>
          Use the AI guide
        </button>
        <button type="button" onClick={() => props.onChoose('built-in')}>
          Use the built-in guide
        </button>
        <Show when={onDevice()}>
          {(control) => (
            <button type="button" aria-disabled={downloading()} onClick={() => void chooseOnDevice(control())}>
              {downloading()
                ? 'Downloading your browser’s model…'
                : control().needsDownload()
                  ? 'Download and use the guide on this device'
                  : 'Use the guide on this device'}
            </button>
          )}
        </Show>
      </div>
      <Show when={onDevice()}>{(control) => control().progress()}</Show>
      <p class="hint">
        You can change this later under Guide settings{props.scope === 'update' ? ' in any reflection' : ''}.
      </p>
    </section>
  );
}
