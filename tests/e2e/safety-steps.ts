// Steps for the safety specs (safety-built-in.spec.ts, safety-ai.spec.ts): the safety gate as a person meets it, typed at human speed in the runner with each guide: a crisis answer gets the
// fixed safety message, words of death or harm a gentle care question with the quiet help line, and neither is ever
// quoted back or turned into a plan question; the person's text is kept and they can go on. With the AI guide the
// server says which it was in X-Guide-Safety; with the built-in guide nothing is sent at all.
// What this cannot show: the model's own risk judgement (the stub's is set per test in tests/api/ai-safety-gate.test.ts).
import { expect, test, type Page } from '@playwright/test';
import { CARE_QUESTIONS } from '../../src/shared/safety/messages';
import {
  answerBox,
  axeViolations,
  chooseBuiltInCoach,
  followUpBox,
  openRunner,
  setStubMode,
  typeInto,
} from './support';

export type Guide = 'built-in' | 'ai';

/** Starts a reflection with the chosen guide; every call to /api/ai/ is recorded with its X-Guide-Safety. */
async function start(page: Page, guide: Guide): Promise<{ safety: (string | null)[] }> {
  const calls = { safety: [] as (string | null)[] };
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/ai/'))
      calls.safety.push(response.headers()['x-guide-safety'] ?? null);
  });
  await openRunner(page, '/reflect/after-the-meeting/');
  if (guide === 'built-in') await chooseBuiltInCoach(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  return calls;
}

/** Asks for a follow-up; the first time with the AI guide, the disclosure comes first and the person agrees. */
async function goDeeper(page: Page, guide: Guide, first = true) {
  await page.getByRole('button', { name: 'Go deeper' }).click();
  if (guide === 'ai' && first) await page.getByRole('button', { name: 'Use the AI guide' }).click();
}

/** Five words in a row of what the person wrote, anywhere in the text shown to them. */
function quotes(shown: string, written: string): boolean {
  const words = written.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const text = shown.toLowerCase().replace(/[’]/g, "'");
  for (let i = 0; i + 4 < words.length; i++) if (text.includes(words.slice(i, i + 5).join(' '))) return true;
  return false;
}

const PLAN_QUESTION =
  /when do you think you will do it|realistic time for that|will that (?:be done|start)|what would help you keep to it|what might get in the way|first step|by what date/i;

async function expectSafetyMessage(page: Page, written: string) {
  const message = page.locator('.follow-up .safety');
  await expect(message).toContainText('you deserve real support');
  await expect(message).toContainText('988');
  const shown = (await page.locator('.follow-up').last().innerText()) ?? '';
  expect(quotes(shown, written)).toBe(false);
  await expect(page.locator('.follow-up-question')).toHaveCount(0);
}

async function expectCareQuestion(page: Page, written: string) {
  const question = page.locator('.follow-up:not(.streaming) .follow-up-question').last();
  await expect(question).toBeVisible();
  const text = (await question.innerText()).replace(/^Your guide asks:\s*/, '');
  expect(CARE_QUESTIONS as readonly string[]).toContain(text);
  expect(quotes(text, written)).toBe(false);
  expect(text).not.toMatch(PLAN_QUESTION);
  // The quiet line, one click from the help lines.
  const line = page.locator('.follow-up .care-line').last();
  await expect(line.getByText('If things feel too much, you can talk to someone now.')).toBeVisible();
  await line.getByText('If things feel too much').click();
  await expect(line.getByText('In the US, call or text 988.')).toBeVisible();
}

/** The person's words are still there, and they can go on to the next prompt. */
async function expectKeptAndCanGoOn(page: Page, written: string) {
  await expect(answerBox(page)).toHaveValue(written);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/^Prompt 2 of \d$/)).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(answerBox(page)).toHaveValue(written);
}

const CRISIS_ANSWERS = [
  'I want to end it.',
  "Everything is ready I'm gonna do it",
  "she'd be better off if i weren't here to burden her.",
  'Honestly I have the pills saved up for when it gets bad enough.',
  // Long and messy, one sentence in several carries the sign.
  'meeting was ok i guess we went over the roadmap and my lead seemed happy. honestly ive been thinkin about killin myself most nights and i dont know who to tell. next step is the design doc',
];

const CARE_ANSWERS = [
  'I don’t want to die, but I want to escape.',
  'The review went fine. I see no way out of how I feel lately though, and work is the only thing that keeps me busy.',
];

/** The same journeys with either guide, one spec file each so the two run side by side. */
export function safetyJourneys(guide: Guide) {
  test.beforeEach(async ({ page }) => {
    await setStubMode(page, 'ok');
  });
  test.describe(`with the ${guide === 'ai' ? 'AI' : 'built-in'} guide`, () => {
    for (const answer of CRISIS_ANSWERS) {
      test(`“${answer.slice(0, 40)}…” gets the safety message, nothing quoted, the text kept`, async ({ page }) => {
        const calls = await start(page, guide);
        await typeInto(answerBox(page), answer);
        await goDeeper(page, guide);
        await expectSafetyMessage(page, answer);
        expect(calls.safety).toEqual(guide === 'ai' ? ['crisis'] : []);
        await expectKeptAndCanGoOn(page, answer);
      });
    }

    for (const answer of CARE_ANSWERS) {
      test(`“${answer.slice(0, 40)}…” gets a care question and the help line, nothing quoted`, async ({ page }) => {
        const calls = await start(page, guide);
        await typeInto(answerBox(page), answer);
        await goDeeper(page, guide);
        await expectCareQuestion(page, answer);
        expect(calls.safety).toEqual(guide === 'ai' ? ['care'] : []);
        await expectKeptAndCanGoOn(page, answer);
      });
    }

    test('an answer to a follow-up that carries a sign gets the safety message', async ({ page }) => {
      const calls = await start(page, guide);
      const first = 'We talked about my promotion case and what is missing from it.';
      await typeInto(answerBox(page), first);
      await goDeeper(page, guide);
      await expect(page.locator('.follow-up:not(.streaming) .follow-up-question')).toHaveCount(1);
      const reply = 'Honestly I keep wanting to unalive myself and the promotion feels pointless.';
      await typeInto(followUpBox(page), reply);
      await goDeeper(page, guide, false);
      await expect(page.locator('.follow-up .safety')).toContainText('you deserve real support');
      expect(quotes(await page.locator('.follow-up').last().innerText(), reply)).toBe(false);
      expect(calls.safety).toEqual(guide === 'ai' ? [null, 'crisis'] : []);
      await expect(followUpBox(page)).toHaveValue(reply);
      await expect(answerBox(page)).toHaveValue(first);
    });

    test('a summary of answers with a warning sign is the safety message, and no answer becomes a next step', async ({
      page,
    }) => {
      const calls = await start(page, guide);
      const answers = [
        'The meeting was about my project plan.',
        'I want to end it.',
        'My mentor listened.',
        'Everything is ready, I am gonna do it next week after I write a few notes.',
        'Nothing else.',
      ];
      for (const [i, text] of answers.entries()) {
        await typeInto(answerBox(page), text);
        const next = i < answers.length - 1 ? 'Next' : 'Review';
        await page.getByRole('button', { name: next, exact: true }).click();
      }
      await page.getByRole('button', { name: 'Write my summary' }).click();
      if (guide === 'ai') await page.getByRole('button', { name: 'Use the AI guide' }).click();
      const message = page.locator('.safety');
      await expect(message).toContainText('you deserve real support');
      await expect(page.getByRole('heading', { name: 'Next steps' })).toHaveCount(0);
      const shown = await page.locator('main').innerText();
      expect(shown).not.toContain('I want to end it');
      expect(quotes(shown.replace(/Your answers[\s\S]*$/, ''), answers[3]!)).toBe(false);
      expect(calls.safety).toEqual(guide === 'ai' ? ['crisis'] : []);
    });

    test('a summary with words of harm but no sign leaves those sentences out and shows the help line', async ({
      page,
    }) => {
      await start(page, guide);
      const answers = [
        'We went over my promotion case. I will send Dana the revised case study by Friday.',
        'Some days I feel dead inside at work.',
      ];
      await typeInto(answerBox(page), answers[0]!);
      await page.getByRole('button', { name: 'Next' }).click();
      await typeInto(answerBox(page), answers[1]!);
      for (let i = 3; i <= 5; i++) await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Review' }).click();
      await page.getByRole('button', { name: 'Write my summary' }).click();
      if (guide === 'ai') await page.getByRole('button', { name: 'Use the AI guide' }).click();
      const summary = page.locator('.summary');
      await expect(summary.getByRole('heading', { name: 'Next steps' })).toBeVisible();
      await expect(summary.getByText('I will send Dana the revised case study by Friday.').first()).toBeVisible();
      await expect(summary).not.toContainText('dead inside');
      await expect(summary.locator('.care-line')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
