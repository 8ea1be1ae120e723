// The download of the browser's own model as the person watches it: a progress bar from the browser's
// downloadprogress reports (with the size only when the browser gave one), or the failure in a sentence. The
// percentages are not announced one by one; the start and the end are.
import { Match, Show, Switch } from 'solid-js';
import { progressSentence } from '../browser/on-device/download-progress';
import type { DownloadState } from './runner/on-device-control';

const LABEL = 'Download of your browser’s model';
let count = 0;

export default function OnDeviceDownload(props: { state: DownloadState }) {
  const sentenceId = `on-device-progress-${++count}`;
  return (
    <Switch>
      <Match when={props.state.phase === 'downloading' && props.state}>
        {(state) => (
          <div class="on-device-download">
            {/* Without a value until the browser's first report: the bar then says it is under way, not at 0%. */}
            <Show
              when={state().progress}
              fallback={<progress max="1" aria-label={LABEL} aria-describedby={sentenceId} />}
            >
              {(progress) => (
                <progress max="1" value={progress().fraction} aria-label={LABEL} aria-describedby={sentenceId} />
              )}
            </Show>
            <p class="hint" id={sentenceId}>
              {state().progress
                ? progressSentence(state().progress!)
                : 'Starting the download of your browser’s model…'}
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
