// Says that another tab changed or cleared this reflection, and lets the person choose; until they do, this
// tab keeps (and keeps saving) what it shows, which the other tab will in turn be told about.
import { Match, Switch } from 'solid-js';
import type { OtherTabChange } from './create-other-tab-watch';

interface Props {
  change: OtherTabChange;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}

export default function OtherTabNotice(props: Props) {
  return (
    <div class="notice" role="status">
      <Switch>
        <Match when={props.change.kind === 'changed'}>
          <p>This reflection was changed in another tab. What you see here is still this tab's version.</p>
          <div class="button-row">
            <button type="button" onClick={() => props.onTakeTheirs()}>
              Show the other tab's version
            </button>
            <button type="button" onClick={() => props.onKeepMine()}>
              Keep this version
            </button>
          </div>
        </Match>
        <Match when={props.change.kind === 'cleared'}>
          <p>This reflection was cleared in another tab ("Start again"). What you see here is still this tab's version.</p>
          <div class="button-row">
            <button type="button" onClick={() => props.onTakeTheirs()}>
              Clear it here too
            </button>
            <button type="button" onClick={() => props.onKeepMine()}>
              Keep this version
            </button>
          </div>
        </Match>
      </Switch>
    </div>
  );
}
