// The download of the browser's own model as the person watches it: a progress bar from the browser's
// downloadprogress reports (with the size only when the browser gave one), or the failure in a sentence. The
// percentages are not announced one by one; the start and the end are.
import { Match, Switch, createUniqueId } from 'solid-js';
import { progressSentence } from '../browser/on-device/download-progress';
import type { DownloadState } from './runner/create-on-device';

export default function OnDeviceDownload(props: { state: DownloadState }) {
  const sentenceId = `on-device-progress-${createUniqueId()}`;
  return (
    <Switch>
      <Match when={props.state.phase === 'downloading' && props.state}>
        {(state) => (
          <div class="on-device-download">
            <progress
              max="1"
              {...(state().progress ? { value: state().progress!.fraction } : {})}
              aria-label="Download of your browser’s model"
              aria-describedby={sentenceId}
            />
            <p class="hint" id={sentenceId}>
              {state().progress ? progressSentence(state().progress!) : 'Starting the download of your browser’s model…'}
            </p>
            <p class="visually-hidden" role="status">
              Downloading your browser’s model. This can take a while; you can keep writing.
            </p>
          </div>
        )}
      </Match>
      <Match when={props.state.phase === 'done'}>
        <p class="hint" role="status">
          Your browser’s model is ready. It runs on this device from now on.
        </p>
      </Match>
      <Match when={props.state.phase === 'failed' && props.state}>
        {(state) => (
          <p class="error" role="alert">
            {state().message}
          </p>
        )}
      </Match>
    </Switch>
  );
}
