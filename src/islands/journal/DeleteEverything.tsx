// "Delete everything", behind a confirmation whose safe choice takes the focus.
import { Show, createSignal } from 'solid-js';
import { deleteEverything } from '../../browser/journal';
import Confirm from './Confirm';
import type { JournalPage } from './context';

/** "1 saved reflection", "all 3 saved reflections", "no saved reflections". */
const count = (n: number, one: string, many: string) =>
  n === 0 ? `no ${many}` : n === 1 ? `1 ${one}` : `all ${n} ${many}`;

/** "Delete everything": every entry and link on the server and every trace in this browser, after a confirmation. */
export default function DeleteEverything(props: { page: JournalPage }) {
  const [confirming, setConfirming] = createSignal(false);
  let section!: HTMLElement;
  const counts = () => props.page.journal();
  const run = () =>
    props.page.act(async () => {
      setConfirming(false);
      const { waiting } = await deleteEverything(props.page.env);
      return waiting === 0
        ? 'Everything is deleted.'
        : `Everything is deleted from this browser. ${waiting === 1 ? 'One server copy' : `${waiting} server copies`} could not be reached (are you offline?); this browser deletes ${waiting === 1 ? 'it' : 'them'} as soon as it is back online, so keep this browser’s data until then.`;
    });
  return (
    <section aria-labelledby="delete-heading" ref={section}>
      <h2 id="delete-heading">Delete everything</h2>
      <p>
        Removes every saved reflection, shared link and reply from the server and from this browser, and forgets the key
        and your choice of guide.
      </p>
      <Show
        when={confirming()}
        fallback={
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            Delete everything
          </button>
        }
      >
        <Confirm
          label="Delete everything?"
          yes="Yes, delete everything"
          keep="Keep my journal"
          busy={props.page.busy()}
          onYes={() => void run()}
          onKeep={() => setConfirming(false)}
          returnFocus={() => section.querySelector<HTMLElement>('button')}
        >
          Delete {count(counts().entries.length, 'saved reflection', 'saved reflections')} and{' '}
          {count(counts().shares.length, 'shared link', 'shared links')}? This cannot be undone.
        </Confirm>
      </Show>
    </section>
  );
}
