/// <reference types="dom-chromium-ai" />
// The browser's own language model (Chrome's Prompt API, `LanguageModel`) as the on-device guide uses it: whether it
// is there, and a session made with the same options every time (availability is asked with the options create()
// will use, or the answer may not hold). The only module that touches `LanguageModel`.
import { readProgress, type DownloadProgress } from './download-progress';

export type OnDeviceAvailability = Availability;

/** English text in, English text out: the site's prompts are English, and a language the model lacks makes it unavailable. */
const TEXT_IN_ENGLISH: LanguageModelExpected[] = [{ type: 'text', languages: ['en'] }];
const CORE_OPTIONS = {
  expectedInputs: TEXT_IN_ENGLISH,
  expectedOutputs: TEXT_IN_ENGLISH,
} satisfies LanguageModelCreateCoreOptions;

/** The API, when this browser has one that looks usable. */
function promptApi(): typeof LanguageModel | undefined {
  const api = (globalThis as { LanguageModel?: typeof LanguageModel }).LanguageModel;
  return typeof api?.availability === 'function' && typeof api.create === 'function' ? api : undefined;
}

/** True when the browser has the Prompt API at all (cheap: no model is asked). */
export const hasPromptApi = (): boolean => promptApi() !== undefined;

/** What the browser says of its model for our options; "unavailable" when there is no API or it fails to say. */
export async function onDeviceAvailability(): Promise<OnDeviceAvailability> {
  const api = promptApi();
  if (!api) return 'unavailable';
  try {
    return await api.availability(CORE_OPTIONS);
  } catch {
    return 'unavailable';
  }
}

export interface SessionOptions {
  /** The guide's rules, as the system prompt. Absent for the session that only downloads the model. */
  systemPrompt?: string;
  signal?: AbortSignal;
  /** Called with each downloadprogress event while the browser fetches its model. */
  onProgress?: (progress: DownloadProgress) => void;
}

/**
 * A session with the browser's model. While the model is only "downloadable" this starts its download, which the
 * browser allows only after the person has clicked on the page: call it from their click, never on its own.
 */
export function createSession({ systemPrompt, signal, onProgress }: SessionOptions): Promise<LanguageModel> {
  const api = promptApi();
  if (!api) return Promise.reject(new Error('This browser has no Prompt API.'));
  return api.create({
    ...CORE_OPTIONS,
    ...(systemPrompt ? { initialPrompts: [{ role: 'system', content: systemPrompt }] } : {}),
    ...(signal ? { signal } : {}),
    ...(onProgress
      ? {
          monitor: (monitor: CreateMonitor) =>
            monitor.addEventListener('downloadprogress', (event) => onProgress(readProgress(event))),
        }
      : {}),
  });
}
