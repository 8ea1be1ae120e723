// The sentences the journal says to people: what happened and what to do. Islands show these, never an exception.
import { ApiError, OfflineError } from '../vault-api';
import { DecryptError } from '../vault-crypto';
import { RecoveryCodeError } from './recovery';
import { StorageFullError } from './store';
import type { SyncState } from './types';

/** A short label for where an entry stands, for the journal list. */
export const SYNC_LABEL: Record<SyncState, string> = {
  synced: 'Saved, encrypted, on the server',
  pending: 'On this device only; uploads when you are online',
  conflict: 'Changed in another tab or on another device',
  'deleted-elsewhere': 'Deleted from the server elsewhere; still on this device',
  tampered: 'The server’s copy was changed; this device’s copy is safe',
  'too-large': 'Too large for the server; kept on this device only',
};

/** What a save ended in, said to the person who pressed "Save". */
export const SAVE_MESSAGE: Record<SyncState, string> = {
  synced: 'Saved to your journal. Encrypted before it left your browser.',
  pending: 'Saved on this device. It will upload, encrypted, when you are back online.',
  conflict:
    'This reflection was saved from another tab or device after you opened it. Nothing has been overwritten: choose which version to keep.',
  'deleted-elsewhere':
    'This reflection was deleted from the server, perhaps from another device. It is still on this device; you can save it again.',
  tampered:
    'The copy of this reflection on the server was changed by someone other than you, so this browser did not use it. Your copy here is unchanged; you can replace the server’s copy with it.',
  'too-large':
    'This reflection is too large to store on the server (over 256 KB). It stays saved on this device; export it to keep a copy.',
};

/** Any error from the journal, as a sentence. Unknown errors get a general one, never their own message. */
/** Said when a save's entry was deleted from the journal (in another tab) while it was being saved. */
export const REMOVED_WHILE_SAVING =
  'This reflection was removed from your journal in another tab while it was being saved, so it is not saved. Save it again to keep it.';

export function explain(error: unknown): string {
  if (error instanceof OfflineError)
    return 'You are offline, so the server was not reached. Nothing was lost; try again when you are back online.';
  if (error instanceof RecoveryCodeError || error instanceof StorageFullError || error instanceof ApiError)
    return error.message;
  if (error instanceof DecryptError)
    return 'The copy on the server was changed by someone other than you, so this browser did not use it.';
  return 'That did not work, and nothing was lost. Try again in a moment.';
}
