// The runner's hold on the browser's own model (create-on-device.ts), with the scripted Prompt API: offered only where
// the browser has a model it can use or download, never downloading until asked (the person's click calls start), the
// progress as it comes, and a failed download as a sentence.
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOnDevice } from '../../src/islands/runner/create-on-device';
import { installFakeLanguageModel, type FakeRecord, type FakeScript } from '../support/fake-language-model';

const record = () => (globalThis as unknown as { __fakeLanguageModel: FakeRecord }).__fakeLanguageModel;

/** A control as the runner makes it, once it has asked the browser what it has. */
async function control(script: FakeScript | null) {
  if (script) installFakeLanguageModel(script);
  const onDevice = createRoot(() => createOnDevice());
  await vi.waitFor(() => expect(onDevice.availability()).not.toBeNull());
  return onDevice;
}

afterEach(() => {
  delete (globalThis as { LanguageModel?: unknown }).LanguageModel;
});

describe('createOnDevice', () => {
  it('offers nothing where the browser has no Prompt API, or no model it can use', async () => {
    expect((await control(null)).offered()).toBe(false);
    expect((await control({ availability: 'unavailable', replies: [] })).offered()).toBe(false);
  });

  it('offers a ready model without a download, and a downloadable one with it, downloading nothing meanwhile', async () => {
    const ready = await control({ availability: 'available', replies: [] });
    expect([ready.offered(), ready.needsDownload()]).toEqual([true, false]);
    const downloadable = await control({ availability: 'downloadable', replies: [] });
    expect([downloadable.offered(), downloadable.needsDownload()]).toEqual([true, true]);
    expect(record().created).toEqual([]);
  });

  it('downloads when asked, with each progress report, then is ready', async () => {
    const onDevice = await control({
      availability: 'downloadable',
      progress: [
        [0.5, 1],
        [1, 1],
      ],
      steppedProgress: true,
      replies: [],
    });
    const downloading = onDevice.start();
    await vi.waitFor(() => expect(onDevice.download()).toEqual({ phase: 'downloading', progress: null }));
    record().advance();
    await vi.waitFor(() => expect(onDevice.download()).toEqual({ phase: 'downloading', progress: { fraction: 0.5 } }));
    record().advance();
    record().advance();
    expect(await downloading).toBe(true);
    expect(onDevice.download()).toEqual({ phase: 'done' });
    expect([onDevice.availability(), onDevice.needsDownload()]).toEqual(['available', false]);
    expect(record().destroyed).toBe(1);
  });

  it('says a failed download in a sentence and stays downloadable', async () => {
    const onDevice = await control({ availability: 'downloadable', createFails: true, replies: [] });
    expect(await onDevice.start()).toBe(false);
    expect(onDevice.download()).toEqual({
      phase: 'failed',
      message: expect.stringContaining('Your browser could not download its model.'),
    });
    expect(onDevice.needsDownload()).toBe(true);
  });
});
