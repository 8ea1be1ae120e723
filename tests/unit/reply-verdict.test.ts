// One verdict on a model's reply for both models (the server's Gemini path and the on-device guide): the order of
// its checks, which tests of each path show only through their own answers.
import { describe, expect, it } from 'vitest';
import { CRISIS_MARKER, judgeReply, usableFollowUp } from '../../src/shared/guide-prompt';

const json = (risk: string, reply: string) => JSON.stringify({ risk, reply });

describe('judgeReply', () => {
  it.each([
    ['an ordinary usable question', json('none', 'What would you ask Sam first?'), {}, 'reply'],
    ['the model judging it a crisis, whatever it wrote', json('crisis', 'What would you ask Sam first?'), {}, 'crisis'],
    ['the crisis marker, even in a reply cut off after it', `${CRISIS_MARKER} What`, { finished: false }, 'crisis'],
    ['the model judging it a care text', json('care', 'What would you ask Sam first?'), {}, 'care'],
    [
      'a reply cut off by a token limit',
      json('none', 'What would you ask Sam first?'),
      { finished: false },
      'unusable',
    ],
    ['an empty reply', json('none', ''), {}, 'unusable'],
    [
      'a reply that speaks of harm',
      json('none', 'Have you thought about how you would kill yourself?'),
      {},
      'speaks-of-harm',
    ],
    [
      'a reply that only uses a word of harm',
      json('none', 'That sounds painful; what would help most this week?'),
      {},
      'harm-word',
    ],
    [
      'the same word of harm in an update, the person’s own draft',
      json('none', 'That sounds painful; what would help most this week?'),
      { allowHarmWords: true },
      'reply',
    ],
  ] as const)('%s', (_name, raw, options, kind) => {
    expect(judgeReply(raw, usableFollowUp, options).kind).toBe(kind);
  });
});
