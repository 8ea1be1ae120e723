import { describe, expect, it } from 'vitest';
import { signalsCrisis } from '../../src/shared/safety';

describe('signalsCrisis', () => {
  it.each(['I don’t want to live like this', 'I want to die.', 'I have been thinking about suicide', 'sometimes I want to hurt myself', 'They would be better off without me', "I don't want to live like this"])('flags "%s"', (text) => {
    expect(signalsCrisis(text)).toBe(true);
  });

  it.each(['This deadline is killing me.', 'I could die of embarrassment in reviews', 'My mentor helped me end the project well', 'I cut my hours to study'])('leaves ordinary "%s" alone', (text) => {
    expect(signalsCrisis(text)).toBe(false);
  });
});
