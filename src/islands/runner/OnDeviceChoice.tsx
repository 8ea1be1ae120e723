// The third choice in "Guide settings", where the browser has a model of its own (or the person chose it before):
// the radio, what it means, and the download, which starts only when the person clicks its button. Loaded with
// create-on-device.ts, only in those browsers, so the runner's first load carries none of it.
import { Show } from 'solid-js';
import type { OnDeviceControl } from './on-device-control';
import type { PreferencesControl } from './create-preferences';

interface Props {
  preferences: PreferencesControl;
  onDevice: OnDeviceControl;
}

export default function OnDeviceChoice(props: Props) {
  const chosen = () => props.preferences.prefs().guide === 'on-device';
  const downloading = () => props.onDevice.download().phase === 'downloading';
  let radio: HTMLInputElement | undefined;
  const download = async () => {
    // The button goes once the model is here: the focus goes back to the choice it was for.
    if (!downloading() && (await props.onDevice.start())) radio?.focus();
  };
  return (
    <Show when={props.onDevice.offered() || chosen()}>
      <label>
        <input
          type="radio"
          name="guide"
          ref={radio}
          checked={chosen()}
          onChange={() => props.preferences.update({ guide: 'on-device' })}
        />{' '}
        On this device (your browser’s own model; nothing leaves this device)
      </label>
      <Show when={chosen()}>
        <Show when={props.onDevice.availability() === 'unavailable'}>
          <p class="hint">Your browser’s own model is not available here, so the built-in guide answers instead.</p>
        </Show>
        <Show when={props.onDevice.needsDownload()}>
          <p class="hint">
            Your browser downloads its model the first time. It is large, and it downloads only when you click; a bar
            shows how far it has got.
          </p>
          <button type="button" aria-disabled={downloading()} onClick={() => void download()}>
            {downloading() ? 'Downloading your browser’s model…' : 'Download your browser’s model'}
          </button>
        </Show>
        {props.onDevice.progress()}
      </Show>
    </Show>
  );
}
