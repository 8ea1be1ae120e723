// "Delete everything", behind a confirmation whose safe choice takes the focus.
import { Show, createSignal } from 'solid-js';
import { deleteEverything } from '../../browser/journal/sync';
import { focusWhenShown, type JournalPage } from './context';

/** "Delete everything": every entry and link on the server and every trace in this browser, after a confirmation. */
export default function DeleteEverything(props: { page: JournalPage }) {
  const [confirming, setConfirming] = createSignal(false);
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
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete everything</h2>
      <p>Removes every saved reflection, shared link and reply from the server and from this browser, and forgets the key and your choice of guide.</p>
      <Show
        when={confirming()}
        fallback={
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            Delete everything
          </button>
        }
      >
        <div class="confirm" role="alertdialog" aria-label="Delete everything?">
          <p>
            Delete all {counts().entries.length} saved reflections and {counts().shares.length} shared links? This cannot be undone.
          </p>
          <div class="button-row">
            <button type="button" class="danger" disabled={props.page.busy()} onClick={() => void run()}>
              Yes, delete everything
            </button>
            <button type="button" class="primary" ref={focusWhenShown} onClick={() => setConfirming(false)}>
              Keep my journal
            </button>
          </div>
        </div>
      </Show>
    </section>
  );
}
