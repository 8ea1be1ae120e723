// Moving the journal to another browser: what the recovery code holds, showing it (optionally under a passphrase),
// and restoring from one.
import { Show, createSignal } from 'solid-js';
import { downloadText, today } from '../../browser/download';
import { importRecoveryCode, loadJournal, protectedRecoveryCode, recoveryCode } from '../../browser/journal';
import { copyText, type JournalPage } from './context';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Moving the journal to another browser: show the recovery code (optionally under a passphrase), or restore one. */
export default function RecoverySection(props: { page: JournalPage }) {
  const [code, setCode] = createSignal('');
  const [passphrase, setPassphrase] = createSignal('');
  const [importText, setImportText] = createSignal('');
  const [importPassphrase, setImportPassphrase] = createSignal('');
  const { page } = props;

  const showCode = () =>
    page.act(async () => {
      const journal = loadJournal(page.env.storage);
      setCode(passphrase() ? await protectedRecoveryCode(journal, passphrase()) : recoveryCode(journal));
      return passphrase() ? 'Here is your recovery code, protected by your passphrase.' : 'Here is your recovery code.';
    });

  const restore = () =>
    page.act(async () => {
      const { restored, missing, changed } = await importRecoveryCode(page.env, importText(), importPassphrase());
      setImportText('');
      setImportPassphrase('');
      const sentences = [`Restored ${plural(restored, 'reflection', 'reflections')}.`];
      if (missing)
        sentences.push(
          `${plural(missing, 'reflection named in the code was', 'reflections named in the code were')} not on the server (deleted, or never uploaded).`,
        );
      if (changed)
        sentences.push(
          `${plural(changed, 'reflection was', 'reflections were')} changed on the server by someone other than you, so ${changed === 1 ? 'it was' : 'they were'} not used.`,
        );
      return sentences.join(' ');
    });

  return (
    <section aria-labelledby="move-heading">
      <h2 id="move-heading">Move to another device</h2>
      <p>
        Your journal’s key lives only in this browser. The recovery code lets another browser open this journal. It
        holds exactly:
      </p>
      <ul>
        <li>the journal’s key, which decrypts every saved reflection;</li>
        <li>
          the id and owner token of each saved reflection, which let a browser fetch, change or delete it on the server;
        </li>
        <li>each shared link, with its key, which lets a browser read or revoke it.</li>
      </ul>
      <p>
        <strong>Anyone with the code can read and delete your journal.</strong> A passphrase protects it: without the
        passphrase the code opens nothing. Keep it somewhere private; if you lose both this browser’s data and the code
        (or its passphrase), nobody can recover your journal.
      </p>
      <label for="code-passphrase">Protect the code with a passphrase (optional)</label>
      <input
        id="code-passphrase"
        type="password"
        autocomplete="new-password"
        value={passphrase()}
        onInput={(e) => setPassphrase(e.currentTarget.value)}
      />
      <div class="button-row">
        <button type="button" disabled={!page.journal().key || page.busy()} onClick={() => void showCode()}>
          Show my recovery code
        </button>
      </div>
      <Show when={code()}>
        <label for="recovery-code">Your recovery code</label>
        <textarea
          id="recovery-code"
          class="code"
          readOnly
          rows="4"
          value={code()}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div class="button-row">
          <button type="button" onClick={() => void copyText(page, code(), 'Recovery code copied.')}>
            Copy code
          </button>
          <button
            type="button"
            onClick={() =>
              downloadText(`lodestar-recovery-code-${today()}.txt`, `${code()}\n`, 'text/plain;charset=utf-8')
            }
          >
            Download code
          </button>
        </div>
      </Show>
      <h3>Restore a journal on this device</h3>
      <label for="import-code">Paste a recovery code</label>
      <textarea
        id="import-code"
        class="code"
        rows="3"
        value={importText()}
        onInput={(e) => setImportText(e.currentTarget.value)}
      />
      <label for="import-passphrase">Its passphrase, if it has one</label>
      <input
        id="import-passphrase"
        type="password"
        autocomplete="off"
        value={importPassphrase()}
        onInput={(e) => setImportPassphrase(e.currentTarget.value)}
      />
      <div class="button-row">
        <button
          type="button"
          class="primary"
          disabled={page.busy() || !importText().trim()}
          onClick={() => void restore()}
        >
          Restore my journal
        </button>
      </div>
    </section>
  );
}
