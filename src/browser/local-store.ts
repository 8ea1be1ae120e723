// This browser's localStorage, or undefined where the browser refuses it (e.g. storage disabled by its privacy
// settings): drafts and preferences are a convenience that must never throw at the person.
export function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
