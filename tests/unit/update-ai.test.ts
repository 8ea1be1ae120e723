// The composer's AI client against the real /api/ai/update handler (and the Gemini stub): every outcome becomes
// something the page can show, and the draft is never replaced by a reply that lost its three parts.
import type { Context } from '@netlify/functions';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import update from '../../netlify/functions/ai-update.mts';
import { tightenUpdate } from '../../src/browser/journal/update-ai';
import type { Fetch } from '../../src/browser/vault-api';
import { SAFETY_MESSAGE } from '../../src/shared/safety';
import { useGeminiStub, withEnv } from '../support/api';
import { STUB_UPDATE, type GeminiStub } from '../support/gemini-stub';

const server: Fetch = (path, init) => update(new Request(`http://localhost${path}`, init), {} as Context);
const draft =
  '## What I did since we last met\n\n- Done: sent the agenda\n\n## What happened\n\nA calm week.\n\n## What I would like your help with\n\n- How do I ask for scope?\n';

const stubOf = useGeminiStub({ beforeAll, afterAll, beforeEach, afterEach });
let stub: GeminiStub;
beforeEach(() => {
  stub = stubOf();
});

describe('tightenUpdate', () => {
  it('offers Gemini’s shorter version', async () => {
    expect(await tightenUpdate(server, draft, 'gentle')).toEqual({ kind: 'version', text: STUB_UPDATE });
  });

  it('says the AI guide is not set up, and that the draft is unchanged, when there is no key', async () => {
    const restore = withEnv({ GEMINI_API_KEY: undefined });
    try {
      const result = await tightenUpdate(server, draft, 'gentle');
      expect(result).toEqual({
        kind: 'unchanged',
        message: expect.stringMatching(/^The AI guide is not set up on this site[^]*Your draft is unchanged\./),
      });
    } finally {
      restore();
    }
  });

  it('keeps the draft when the reply loses a heading', async () => {
    stub.setScript({ chunks: [STUB_UPDATE.replace('## What happened', '## Events')], finishReason: 'STOP' });
    expect(await tightenUpdate(server, draft, 'direct')).toEqual({
      kind: 'unchanged',
      message: expect.stringContaining('keeps your three parts'),
    });
  });

  it('shows the safety message when the draft signals crisis', async () => {
    expect(await tightenUpdate(server, `${draft}\nI want to kill myself.`, 'gentle')).toEqual({
      kind: 'safety',
      text: SAFETY_MESSAGE,
    });
  });

  it('turns a refusal and a lost connection into sentences that keep the draft', async () => {
    expect(await tightenUpdate(server, '   ', 'gentle')).toEqual({
      kind: 'unchanged',
      message: expect.stringMatching(/could not use this draft\. Your draft is unchanged\./),
    });
    expect(await tightenUpdate(server, 'a'.repeat(8_001), 'gentle')).toEqual({
      kind: 'unchanged',
      message: expect.stringContaining('longer than the AI guide can take'),
    });
    const offline: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await tightenUpdate(offline, draft, 'gentle')).toEqual({
      kind: 'unchanged',
      message: expect.stringContaining('could not be reached'),
    });
  });
});
