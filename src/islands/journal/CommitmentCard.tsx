// One commitment on the journal page: its text, the reflection it came from, its "by when" in words, and the actions
// (mark done, drop, edit, add to my calendar; once closed, reopen or change what happened). Each change saves its
// reflection through page.act.
import { Show, createSignal, type Accessor } from 'solid-js';
import { downloadText } from '../../browser/download';
import { commitmentIcs, slug } from '../../browser/ics';
import {
  changedSentence,
  dayLabel,
  dueLine,
  quotedSentence,
  updateCommitment,
  type CommitmentChange,
  type OpenCommitment,
} from '../../browser/journal';
import type { JournalPage } from './context';
import { CloseForm, EditForm } from './CommitmentForms';

type Mode = 'view' | 'done' | 'dropped' | 'edit';

/** Said after a close form is saved: a commitment marked done or dropped, or the note of one already closed. */
const closedSentence = (was: OpenCommitment['commitment']['state'], now: 'done' | 'dropped', text: string) =>
  was === now
    ? `Changed what happened with ${quotedSentence(text)}`
    : `${now === 'done' ? 'Marked done' : 'Dropped'}: ${quotedSentence(text)}`;
const STATE_LABEL = { open: '', done: 'Done', dropped: 'Dropped' } as const;

export default function CommitmentCard(props: { page: JournalPage; item: Accessor<OpenCommitment> }) {
  const [mode, setMode] = createSignal<Mode>('view');
  let card!: HTMLLIElement;
  const c = () => props.item().commitment;

  /** Back to the card's buttons, on the one that opened the form. */
  const cancel = (from: Mode) => {
    setMode('view');
    queueMicrotask(() => card.querySelector<HTMLElement>(`[data-action="${from}"]`)?.focus());
  };
  /** Saves a change; the form closes only once it is saved, so nothing typed is lost on failure. */
  const save = (change: CommitmentChange, what: string) =>
    props.page.act(async () => {
      const result = await updateCommitment(props.page.env, props.item().entryLocalId, c().id, change);
      setMode('view');
      return changedSentence(what, result.state);
    });
  const addToCalendar = () =>
    props.page.act(async () => {
      downloadText(
        `${slug(c().text)}.ics`,
        commitmentIcs(c(), props.item().setTitle, location.origin),
        'text/calendar;charset=utf-8',
      );
      return `Calendar file for ${dayLabel(c().due ?? '')} downloaded. Open it to add the date to your calendar.`;
    });

  return (
    <li class="card commitment" ref={card} data-commitment-id={c().id}>
      <p class="commitment-text">{c().text}</p>
      <ul class="meta">
        <Show when={c().state !== 'open'}>
          <li class="commitment-state">{STATE_LABEL[c().state]}</li>
        </Show>
        <Show when={dueLine(props.item())}>
          <li classList={{ overdue: props.item().overdue }}>{dueLine(props.item())}</li>
        </Show>
        <li>
          From “{props.item().setTitle}”, {dayLabel(props.item().entryDate)}
        </li>
      </ul>
      <Show when={c().note}>
        <p class="commitment-note">What happened: {c().note}</p>
      </Show>
      <Show when={mode() === 'view'}>
        <div class="button-row">
          <Show
            when={c().state === 'open'}
            fallback={
              <>
                <button
                  type="button"
                  data-action="reopen"
                  disabled={props.page.busy()}
                  onClick={() => void save({ state: 'open' }, `Reopened ${quotedSentence(c().text)}`)}
                >
                  Reopen
                </button>
                <button type="button" data-action={c().state} onClick={() => setMode(c().state as 'done' | 'dropped')}>
                  {c().note ? 'Change what happened' : 'Add what happened'}
                </button>
              </>
            }
          >
            <button type="button" data-action="done" onClick={() => setMode('done')}>
              Mark done
            </button>
            <button type="button" data-action="dropped" onClick={() => setMode('dropped')}>
              Drop
            </button>
            <button type="button" data-action="edit" onClick={() => setMode('edit')}>
              Edit
            </button>
            <Show when={c().due}>
              <button type="button" data-action="calendar" onClick={() => void addToCalendar()}>
                Add to my calendar
              </button>
            </Show>
          </Show>
        </div>
      </Show>
      <Show when={mode() === 'done' || mode() === 'dropped'}>
        <CloseForm
          commitment={c()}
          state={mode() as 'done' | 'dropped'}
          busy={props.page.busy()}
          onCancel={() => cancel(mode())}
          onSave={(note) =>
            void save(
              { state: mode() as 'done' | 'dropped', note },
              closedSentence(c().state, mode() as 'done' | 'dropped', c().text),
            )
          }
        />
      </Show>
      <Show when={mode() === 'edit'}>
        <EditForm
          commitment={c()}
          busy={props.page.busy()}
          onCancel={() => cancel('edit')}
          onSave={(text, due) => void save({ text, due }, 'Commitment changed.')}
        />
      </Show>
    </li>
  );
}
