import { describe, expect, it } from 'vitest';
import { readGeminiSettings } from '../../netlify/lib/ai/gemini';
import { generationLimits, parseThinkingOverride, thinkingForModel } from '../../netlify/lib/ai/thinking';
import { stubThinking } from '../support/gemini-stub';

describe('thinkingForModel', () => {
  it.each([
    ['gemini-2.5-flash', { kind: 'budget', tokens: 0 }],
    ['gemini-2.5-flash-lite', { kind: 'budget', tokens: 0 }],
    ['gemini-2.5-pro', { kind: 'budget', tokens: 128 }],
    ['gemini-3-flash-preview', { kind: 'level', level: 'LOW' }],
    ['gemini-3.8-flash', { kind: 'level', level: 'LOW' }],
    ['gemini-3.1-pro-preview', { kind: 'level', level: 'LOW' }],
    ['gemini-flash-latest', { kind: 'level', level: 'LOW' }],
    ['gemini-flash-lite-latest', { kind: 'level', level: 'LOW' }],
    ['models/gemini-2.5-flash', { kind: 'budget', tokens: 0 }],
    ['gemini-2.0-flash', { kind: 'none', thinksByDefault: false }],
    ['gemma-3-27b-it', { kind: 'none', thinksByDefault: false }],
  ])('sets %s to %j', (model, setting) => {
    expect(thinkingForModel(model)).toEqual(setting);
  });

  it.each([
    'gemini-2.5-flash',
    'gemini-2.5-flash-lite',
    'gemini-2.5-pro',
    'gemini-3-flash-preview',
    'gemini-3.8-flash',
    'gemini-flash-latest',
  ])('sends %s a configuration its family accepts, leaving the answer its full room', (model) => {
    const limits = generationLimits(thinkingForModel(model), 120);
    const thinking = stubThinking(model, limits.thinkingConfig);
    expect(thinking).not.toHaveProperty('error');
    expect(limits.maxOutputTokens - ('thoughts' in thinking ? thinking.thoughts : 0)).toBeGreaterThanOrEqual(120);
  });
});

describe('generationLimits', () => {
  it('gives a budget model exactly the answer’s room plus its budget', () => {
    expect(generationLimits({ kind: 'budget', tokens: 0 }, 120)).toEqual({
      maxOutputTokens: 120,
      thinkingConfig: { thinkingBudget: 0 },
    });
    expect(generationLimits({ kind: 'budget', tokens: 128 }, 900)).toEqual({
      maxOutputTokens: 1_028,
      thinkingConfig: { thinkingBudget: 128 },
    });
  });

  it('gives a level model headroom for thinking on top of the answer', () => {
    expect(generationLimits({ kind: 'level', level: 'LOW' }, 120)).toEqual({
      maxOutputTokens: 2_168,
      thinkingConfig: { thinkingLevel: 'LOW' },
    });
  });

  it('sends no thinking configuration to a model that does not think', () => {
    expect(generationLimits({ kind: 'none', thinksByDefault: false }, 120)).toEqual({ maxOutputTokens: 120 });
  });
});

describe('GEMINI_THINKING', () => {
  it.each([
    ['budget:0', { kind: 'budget', tokens: 0 }],
    ['budget:512', { kind: 'budget', tokens: 512 }],
    ['level:minimal', { kind: 'level', level: 'MINIMAL' }],
    [' LEVEL:High ', { kind: 'level', level: 'HIGH' }],
    ['default', { kind: 'none', thinksByDefault: true }],
    ['', undefined],
    ['level:extreme', undefined],
    ['budget:lots', undefined],
  ])('reads "%s" as %j', (value, setting) => {
    expect(parseThinkingOverride(value)).toEqual(setting);
  });

  it('overrides the model’s own setting', () => {
    expect(
      readGeminiSettings({ GEMINI_API_KEY: 'k', GEMINI_MODEL: 'gemini-2.5-flash', GEMINI_THINKING: 'budget:256' })
        ?.thinking,
    ).toEqual({ kind: 'budget', tokens: 256 });
    expect(readGeminiSettings({ GEMINI_API_KEY: 'k', GEMINI_MODEL: 'gemini-2.5-flash' })?.thinking).toEqual({
      kind: 'budget',
      tokens: 0,
    });
  });
});
