// "Your next meeting": a date (and an optional time) becomes a calendar file, made in the browser.
import { Show, createSignal } from 'solid-js';
import { downloadText } from '../../browser/download';
import { meetingIcs } from '../../browser/ics';
import { dayLabel } from '../../browser/journal';
import type { JournalPage } from './context';

export default function NextMeetingForm(props: { page: JournalPage }) {
  const [date, setDate] = createSignal('');
  const [time, setTime] = createSignal('');
  const [problem, setProblem] = createSignal('');
  let dateInput!: HTMLInputElement;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!date()) {
      setProblem('Choose the day of your next meeting first.');
      dateInput.focus();
      return;
    }
    setProblem('');
    void props.page.act(async () => {
      downloadText(
        `next-meeting-${date()}.ics`,
        meetingIcs(date(), time() || null, 'Meeting with my mentor', location.origin),
        'text/calendar;charset=utf-8',
      );
      return `Calendar file for your meeting on ${dayLabel(date())}${time() ? ` at ${time()}` : ''} downloaded. Open it to add it to your calendar.`;
    });
  };
  return (
    <form class="next-meeting" aria-labelledby="next-meeting-heading" onSubmit={submit} novalidate>
      <h3 id="next-meeting-heading">Your next meeting</h3>
      <p class="hint">Put it in your calendar, with a link back here to prepare for it.</p>
      <div class="field-row">
        <div>
          <label for="next-meeting-date">Date</label>
          <input
            id="next-meeting-date"
            type="date"
            ref={dateInput}
            value={date()}
            onInput={(e) => setDate(e.currentTarget.value)}
            aria-describedby={problem() ? 'next-meeting-problem' : undefined}
          />
        </div>
        <div>
          <label for="next-meeting-time">Time (optional)</label>
          <input id="next-meeting-time" type="time" value={time()} onInput={(e) => setTime(e.currentTarget.value)} />
        </div>
      </div>
      <Show when={problem()}>
        <p class="error" id="next-meeting-problem" role="alert">
          {problem()}
        </p>
      </Show>
      <div class="button-row">
        <button type="submit">Add to my calendar</button>
      </div>
    </form>
  );
}
