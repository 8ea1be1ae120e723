// A summary as headings, paragraphs and lists, or the fixed safety message in its place; a care summary (made only of
// the person's words without death or harm in them) comes with the quiet help line.
import { For, Show, lazy } from 'solid-js';
import { forReader } from '../shared/summary-for-reader';
import { parseSummary } from '../shared/summary-format';
import type { CoachSource } from '../shared/coach';
import SafetyMessage from './SafetyMessage';
import TextBlocks from './TextBlocks';

// Loaded only for a care summary (see FollowUps.tsx).
const CareLine = lazy(() => import('./CareLine'));

interface Props {
  text: string;
  source: CoachSource;
  /** Shown to the person it was shared with: without the lines that invite the writer to add something. */
  reader?: boolean;
}

/** The summary as headings, paragraphs and lists. Text nodes only: nothing the guide wrote becomes HTML. */
export default function SummaryView(props: Props) {
  const sections = () => (props.reader ? forReader(parseSummary(props.text)) : parseSummary(props.text));
  return (
    <Show when={props.source !== 'safety'} fallback={<SafetyMessage text={props.text} />}>
      <div class="summary">
        <Show when={props.source === 'care' && !props.reader}>
          <CareLine />
        </Show>
        <For each={sections()} fallback={<p>Nothing is written in this summary.</p>}>
          {(section) => (
            <section>
              <h3>{section.title}</h3>
              <TextBlocks blocks={section.blocks} />
            </section>
          )}
        </For>
      </div>
    </Show>
  );
}
