// How far the browser has got downloading its model, from the Prompt API's downloadprogress events, and the words
// for it. The current specification reports only a fraction (loaded from 0 to 1, total 1), so that no page learns
// the model's size; older Chrome builds reported bytes. A size is shown only when the browser reported one.

export interface DownloadProgress {
  /** 0 to 1. */
  fraction: number;
  /** The bytes, only when the browser reported them (total above 1). */
  bytes?: { loaded: number; total: number };
}

const clamp = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** Reads one downloadprogress event as the browser sent it, inventing nothing. */
export function readProgress(event: { loaded: number; total: number }): DownloadProgress {
  const { loaded, total } = event;
  if (Number.isFinite(total) && total > 1) return { fraction: clamp(loaded / total), bytes: { loaded, total } };
  return { fraction: clamp(loaded) };
}

/** "1.2 GB", "850 MB": decimal units, as operating systems show disk space. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/** The status line under the progress bar. */
export function progressSentence(progress: DownloadProgress): string {
  const percent = Math.floor(progress.fraction * 100);
  const size = progress.bytes ? ` (${formatBytes(progress.bytes.loaded)} of ${formatBytes(progress.bytes.total)})` : '';
  return `Downloading your browser’s model: ${percent}%${size}.`;
}
