// Says that another tab changed or cleared this reflection, and lets the person choose; until they do, this
// tab keeps (and keeps saving) what it shows, which the other tab will in turn be told about.
import type { OtherTabChange } from './create-other-tab-watch';

interface Props {
  change: OtherTabChange;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}

const WORDS = {
  changed: { said: 'This reflection was changed in another tab.', take: "Show the other tab's version" },
  cleared: { said: 'This reflection was cleared in another tab ("Start again").', take: 'Clear it here too' },
} as const;

export default function OtherTabNotice(props: Props) {
  const words = () => WORDS[props.change.kind];
  return (
    <div class="notice" role="status">
      <p>{words().said} What you see here is still this tab's version.</p>
      <div class="button-row">
        <button type="button" onClick={() => props.onTakeTheirs()}>
          {words().take}
        </button>
        <button type="button" onClick={() => props.onKeepMine()}>
          Keep this version
        </button>
      </div>
    </div>
  );
}
