// Steps the journal and sharing specs share: write a reflection up to its summary (answers typed, as a person does),
// save it, open the journal, read what this browser stores, and move the journal with its recovery code (typed).
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { seedAnswersDraft } from './seed-journal';
import { answerBox, landedQuestions, ready, typeInto } from './support';

export { ready } from './support';

export const SET = '/reflect/after-the-meeting/';
export const JOURNAL_KEY = 'lodestar:journal:2';

/** Writes a reflection with the built-in guide up to its summary. */
export async function reflectToSummary(page: Page, answers: string[]) {
  await page.goto(SET);
  await ready(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  for (const [i, answer] of answers.entries()) {
    await typeInto(answerBox(page), answer);
    if (i === 0) {
      await page.getByRole('button', { name: 'Go deeper' }).click();
      await page.getByRole('button', { name: 'Use the built-in guide' }).click();
      await expect(landedQuestions(page)).toHaveCount(1);
    }
    await page.getByRole('button', { name: i === 4 ? 'Review' : 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Write my summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
}

/**
 * The same summary as reflectToSummary, for tests whose subject comes after it: the answers are setup data (the
 * runner's draft on its review, see seed-journal.ts) and the person asks for the summary and chooses the built-in
 * guide. The answers are typed on the way to a summary in journal.spec.ts's first test and loop.spec.ts's first step.
 */
export async function seededToSummary(page: Page, answers: string[]) {
  await seedAnswersDraft(page, answers);
  await page.goto(SET);
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'Write my summary' }).click();
  await page.getByRole('button', { name: 'Use the built-in guide' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
}

export const SAVED = 'Saved to your journal. Encrypted before it left your browser.';

export async function saveToJournal(page: Page) {
  await page.getByRole('button', { name: /Save (changes )?to my journal/ }).click();
  await expect(page.getByText(SAVED)).toBeVisible();
}

export async function openJournal(page: Page) {
  await page.goto('/journal/');
  await ready(page);
}

/** Revokes the link whose card is in `scope`: asked first, the safe choice focused, then confirmed; `said` is the sentence after it. */
export async function revokeLink(page: Page, scope: Locator, said: RegExp) {
  await scope.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByRole('button', { name: 'Keep the link' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, revoke the link' }).click();
  await expect(page.getByText(said)).toBeVisible();
}

/** The entries as this browser stores them: id, token, revision and state. */
export async function storedEntries(page: Page) {
  return page.evaluate(
    (key) =>
      (
        JSON.parse(localStorage.getItem(key) ?? '{"entries":[]}') as {
          entries: { id: string; token: string; revision: number; sync: string }[];
        }
      ).entries,
    JOURNAL_KEY,
  );
}

/** Shows the recovery code (under a passphrase when given) and returns it. */
export async function recoveryCodeOf(page: Page, passphrase?: string) {
  await openJournal(page);
  if (passphrase)
    await page.getByLabel('Protect the code with a passphrase (optional)').pressSequentially(passphrase, { delay: 20 });
  await page.getByRole('button', { name: 'Show my recovery code' }).click();
  return page.getByLabel('Your recovery code').inputValue();
}

/** A second browser restoring the journal from a code, typed as a person would. */
export async function restoreInFreshBrowser(browser: Browser, code: string, passphrase?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openJournal(page);
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
  await page.getByLabel('Paste a recovery code').click();
  await page.keyboard.type(code);
  if (passphrase) await page.getByLabel('Its passphrase, if it has one').pressSequentially(passphrase, { delay: 20 });
  await page.getByRole('button', { name: 'Restore my journal' }).click();
  return { context, page };
}

export const ANSWERS = [
  'My mentor said the launch plan was not ready. I felt stuck afterwards.',
  'I will send the revised plan to Sam by Thursday.',
  'I learned that my mentor also struggled with launches early on.',
  'Follow up on the introduction to the design lead.',
  'It feels steady. How do I ask for more direct feedback?',
];

/** Adds a sentence to the summary in the runner's editor, typed: the summary is the person's to change. */
export async function addToSummary(page: Page, sentence: string) {
  await page.getByRole('button', { name: 'Edit the summary' }).click();
  const editor = page.getByRole('textbox', { name: 'Summary text' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await editor.pressSequentially(`\n\n${sentence}`, { delay: 20 });
  await page.getByRole('button', { name: 'Done editing' }).click();
}
