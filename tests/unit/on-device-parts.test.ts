// The on-device guide's small parts: reading the model's JSON reply before it is finished, holding a stream back to
// its last whole sentence, and the download's progress as the browser reports it (a size only when it gives one).
import { describe, expect, it } from 'vitest';
import { formatBytes, progressSentence, readProgress } from '../../src/browser/on-device/download-progress';
import { readPartialReply } from '../../src/browser/on-device/partial-reply';
import { createSentenceGate, lastBoundary } from '../../src/browser/on-device/sentence-gate';

describe('readPartialReply', () => {
  it('reads the risk and as much of the reply as has arrived', () => {
    expect(readPartialReply('{"risk":"no')).toEqual({ risk: undefined, reply: '' });
    expect(readPartialReply('{"risk":"none","reply":"What hap')).toEqual({ risk: 'none', reply: 'What hap' });
    expect(readPartialReply('{"risk":"none","reply":"What happened?"}')).toEqual({
      risk: 'none',
      reply: 'What happened?',
    });
  });

  it('decodes escapes, and waits for an escape cut in two', () => {
    expect(readPartialReply('{"risk":"none","reply":"## What stood out\\nShe said \\"yes\\" \\u00e9')).toEqual({
      risk: 'none',
      reply: '## What stood out\nShe said "yes" é',
    });
    expect(readPartialReply('{"risk":"none","reply":"line\\').reply).toBe('line');
    expect(readPartialReply('{"risk":"none","reply":"caf\\u00').reply).toBe('caf');
  });

  it('reads a reply that comes before its risk, in a code fence, or as plain text', () => {
    expect(readPartialReply('{"reply":"What next?","risk":"care"}')).toEqual({ risk: 'care', reply: 'What next?' });
    expect(readPartialReply('```json\n{"risk":"crisis"')).toEqual({ risk: 'crisis', reply: '' });
    expect(readPartialReply('What did you')).toEqual({ risk: undefined, reply: 'What did you' });
  });

  it('ignores a risk that is not one of the three', () => {
    expect(readPartialReply('{"risk":"low","reply":"x"}').risk).toBeUndefined();
  });
});

describe('the sentence gate', () => {
  it('finds the end of the last whole sentence or line', () => {
    expect(lastBoundary('One. Two')).toBe(4);
    expect(lastBoundary('## Heading\nHalf a sen')).toBe(11);
    expect(lastBoundary('No end yet')).toBe(0);
    expect(lastBoundary('He said “go.” Then')).toBe(13);
  });

  it('lets through whole sentences only, and everything once final', () => {
    const gate = createSentenceGate();
    expect(gate.offer('It sounds like the plan')).toEqual({ verdict: 'pass', shown: '' });
    expect(gate.offer('It sounds like the plan mattered. Next')).toEqual({
      verdict: 'pass',
      shown: 'It sounds like the plan mattered.',
    });
    expect(gate.offer('It sounds like the plan mattered. Next step', true)).toEqual({
      verdict: 'pass',
      shown: 'It sounds like the plan mattered. Next step',
    });
  });

  it('stops a later sentence that speaks of harm, and one with a word of harm', () => {
    const crisis = createSentenceGate();
    crisis.offer('The plan mattered. ');
    expect(crisis.offer('The plan mattered. Decide when to end my life. ')).toEqual({ verdict: 'crisis', shown: '' });
    const harm = createSentenceGate();
    expect(harm.offer('It was a painful week. ').verdict).toBe('harm');
  });

  it('reads signs that only show together, sentences apart', () => {
    const gate = createSentenceGate();
    expect(gate.offer('Everything is ready. ').verdict).toBe('pass');
    expect(gate.offer("Everything is ready. I'm gonna do it. ").verdict).toBe('crisis');
  });
});

describe('download progress', () => {
  it('reads a fraction, as the specification reports it, with no size', () => {
    expect(readProgress({ loaded: 0.25, total: 1 })).toEqual({ fraction: 0.25 });
    expect(progressSentence(readProgress({ loaded: 0.25, total: 1 }))).toBe('Downloading your browser’s model: 25%.');
  });

  it('shows the size only when the browser reported bytes', () => {
    const progress = readProgress({ loaded: 1_200_000_000, total: 3_000_000_000 });
    expect(progress).toEqual({ fraction: 0.4, bytes: { loaded: 1_200_000_000, total: 3_000_000_000 } });
    expect(progressSentence(progress)).toBe('Downloading your browser’s model: 40% (1.2 GB of 3.0 GB).');
  });

  it('keeps the fraction between 0 and 1 whatever arrives', () => {
    expect(readProgress({ loaded: 1.5, total: 1 }).fraction).toBe(1);
    expect(readProgress({ loaded: Number.NaN, total: 0 }).fraction).toBe(0);
    expect(formatBytes(850_000_000)).toBe('850 MB');
  });
});
