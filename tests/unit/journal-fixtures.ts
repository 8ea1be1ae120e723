// Fixtures for the journal's tests: an in-memory Web Storage (one browser profile's localStorage) and a reflection.
import { memoryStorage as browserMemoryStorage, type KeyValueStorage } from '../../src/browser/journal/env';
import type { EntryContent } from '../../src/shared/model/entry-content';

/** Web Storage in memory: what one browser profile's localStorage is to its tabs. */
export function memoryStorage(): KeyValueStorage & { snapshot(): Record<string, string> } {
  const storage = browserMemoryStorage();
  const snapshot = () =>
    Object.fromEntries(
      Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').map((key) => [
        key,
        storage.getItem(key) ?? '',
      ]),
    );
  return Object.assign(storage, { snapshot });
}

/** A one-prompt reflection whose answer is `text`. */
export const content = (text: string): EntryContent => ({
  v: 1,
  setId: 'after-the-meeting',
  setTitle: 'After the meeting',
  prompts: [{ id: 'what-stuck', text: 'What stayed with you?' }],
  answers: { 'what-stuck': { answer: text, followUps: [] } },
  summary: null,
  savedAt: '2026-11-25T10:00:00.000Z',
});
