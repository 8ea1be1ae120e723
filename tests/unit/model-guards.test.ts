// The model's hand-written guards (src/shared/model, for the browser) and the zod schemas the server builds from the
// same constants (src/shared/schemas) accept exactly the same values; and a check-in has one guard, which the draft
// and the journal both use.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreDraft } from '../../src/browser/runner';
import { COACH_SOURCES, isCoachSource } from '../../src/shared/model/coach-source';
import { isCheckIn, type CheckIn } from '../../src/shared/model/check-in';
import { COMMITMENT_STATES, isCommitmentState } from '../../src/shared/model/commitment-state';
import { newDraft } from '../../src/shared/model/draft';
import { isEntryContent } from '../../src/shared/model/entry-content';
import { isId } from '../../src/shared/model/ids';
import { ANSWER_MAX_CHARS } from '../../src/shared/model/limits';
import { isSealedPayload } from '../../src/shared/model/sealed-payload';
import { CoachSourceSchema, CommitmentStateSchema } from '../../src/shared/schemas/ai';
import { EncryptedPayloadSchema, IdSchema } from '../../src/shared/schemas/vault';
import { content } from './journal-fixtures';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Base64url text around a given length, now and then with a character that is not base64url. */
const nearlyBase64url = (min: number, max: number) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...BASE64URL), minLength: min, maxLength: max }),
    fc.string({ unit: fc.constantFrom(...BASE64URL, '+', '/', '=', ' ', 'é'), minLength: min, maxLength: max }),
  );

/** Both sides agree on every value: the guard says yes exactly when the schema parses it. */
const agree = (
  guard: (v: unknown) => boolean,
  schema: { safeParse: (v: unknown) => { success: boolean } },
  values: fc.Arbitrary<unknown>,
) =>
  fc.assert(
    fc.property(values, (v) => {
      expect(guard(v)).toBe(schema.safeParse(v).success);
    }),
    { numRuns: 2000 },
  );

describe('each guard and its zod schema accept the same values', () => {
  it('a coach source', () =>
    agree(isCoachSource, CoachSourceSchema, fc.oneof(fc.constantFrom(...COACH_SOURCES, 'Gemini', ''), fc.anything())));

  it('a commitment state', () =>
    agree(
      isCommitmentState,
      CommitmentStateSchema,
      fc.oneof(fc.constantFrom(...COMMITMENT_STATES, 'finished', 'Open'), fc.anything()),
    ));

  it('a server id', () => agree(isId, IdSchema, fc.oneof(nearlyBase64url(20, 24), fc.anything())));

  it('a sealed payload', () => {
    const field = <T>(value: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.anything() });
    const payload = fc.record(
      {
        v: field(fc.constantFrom(1, 2, 3, 0, '1', 1.5)),
        iv: field(nearlyBase64url(14, 18)),
        ciphertext: field(nearlyBase64url(20, 40)),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const b64 = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...BASE64URL), minLength: min, maxLength: max });
    const valid = fc.record({ v: fc.constantFrom(1, 2), iv: b64(16, 16), ciphertext: b64(24, 60) });
    agree(
      isSealedPayload,
      EncryptedPayloadSchema,
      fc.oneof(
        { weight: 3, arbitrary: valid },
        { weight: 4, arbitrary: payload },
        { weight: 1, arbitrary: fc.anything() },
      ),
    );
  });
});

describe('one guard for a check-in, in drafts and saved entries alike', () => {
  const done: CheckIn = {
    commitmentId: 'AAAAAAAAAAAAAAAA',
    text: 'Ask Priya for a code review',
    state: 'done',
    note: 'She said yes.',
  };
  const entryWith = (checkIn: unknown) => ({ ...content('An answer.'), checkIns: [checkIn] });
  const draftWith = (checkIn: unknown) =>
    restoreDraft(JSON.stringify({ ...newDraft('set'), checkIns: [checkIn] }), 'set', ['one'])?.checkIns ?? [];

  it('refuses a check-in that names no commitment, in a saved entry too (the journal accepted one before)', () => {
    expect(isCheckIn({ ...done, commitmentId: '' })).toBe(false);
    expect(isEntryContent(entryWith({ ...done, commitmentId: '' }))).toBe(false);
    expect(draftWith({ ...done, commitmentId: '' })).toEqual([]);
  });

  it('keeps a saved entry whose check-in note is longer than the answer box; a restored draft drops that check-in', () => {
    const long = { ...done, note: 'x'.repeat(ANSWER_MAX_CHARS + 1) };
    expect(isCheckIn(long)).toBe(true);
    expect(isEntryContent(entryWith(long))).toBe(true);
    expect(draftWith(long)).toEqual([]);
  });

  it('accepts the same check-ins in both places otherwise', () => {
    expect(isEntryContent(entryWith(done))).toBe(true);
    expect(draftWith(done)).toEqual([done]);
    for (const broken of [
      { ...done, state: 'finished' },
      { ...done, note: 42 },
      { ...done, text: null },
      'text',
      null,
    ]) {
      expect(isEntryContent(entryWith(broken))).toBe(false);
      expect(draftWith(broken)).toEqual([]);
    }
  });
});
