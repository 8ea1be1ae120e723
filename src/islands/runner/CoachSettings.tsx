// "Guide settings": who asks the follow-up questions (the AI, the built-in coach, or the browser's own model where
// this browser has one) and in which tone. The browser's model downloads from here only when the person clicks.
import { Show, lazy } from 'solid-js';
import { useRunner } from './runner-context';

// Only browsers with the Prompt API ever show it.
const OnDeviceDownload = lazy(() => import('../OnDeviceDownload'));

export default function CoachSettings() {
  const { preferences, onDevice } = useRunner();
  const prefs = preferences.prefs;
  const onDeviceChosen = () => prefs().guide === 'on-device';
  const downloading = () => onDevice.download().phase === 'downloading';
  let onDeviceRadio: HTMLInputElement | undefined;
  const download = async () => {
    // The button goes once the model is here: the focus goes back to the choice it was for.
    if (!downloading() && (await onDevice.start())) onDeviceRadio?.focus();
  };
  return (
    <details class="runner-settings">
      <summary>Guide settings</summary>
      <fieldset>
        <legend>Who asks the follow-up questions</legend>
        <label>
          <input type="radio" name="guide" checked={prefs().guide === 'ai'} onChange={() => preferences.update({ guide: 'ai' })} /> The AI guide (Google Gemini,
          through our server)
        </label>
        <label>
          <input type="radio" name="guide" checked={prefs().guide === 'built-in'} onChange={() => preferences.update({ guide: 'built-in' })} /> The built-in
          guide (nothing leaves this device)
        </label>
        <Show when={onDevice.offered() || onDeviceChosen()}>
          <label>
            <input type="radio" name="guide" ref={onDeviceRadio} checked={onDeviceChosen()} onChange={() => preferences.update({ guide: 'on-device' })} /> On this device (your
            browser’s own model; nothing leaves this device)
          </label>
        </Show>
        <Show when={onDeviceChosen()}>
          <Show when={onDevice.availability() === 'unavailable'}>
            <p class="hint">Your browser’s own model is not available here, so the built-in guide answers instead.</p>
          </Show>
          <Show when={onDevice.needsDownload()}>
            <p class="hint">
              Your browser downloads its model the first time. It is large, and it downloads only when you click; a bar shows how far it has got.
            </p>
            <button type="button" aria-disabled={downloading()} onClick={() => void download()}>
              {downloading() ? 'Downloading your browser’s model…' : 'Download your browser’s model'}
            </button>
          </Show>
          <OnDeviceDownload state={onDevice.download()} />
        </Show>
      </fieldset>
      <fieldset>
        <legend>Tone</legend>
        <label>
          <input type="radio" name="tone" checked={prefs().tone === 'gentle'} onChange={() => preferences.update({ tone: 'gentle' })} /> Gentle: unhurried, with
          room for feelings
        </label>
        <label>
          <input type="radio" name="tone" checked={prefs().tone === 'direct'} onChange={() => preferences.update({ tone: 'direct' })} /> Direct: names patterns
          and asks the sharper question
        </label>
      </fieldset>
    </details>
  );
}
