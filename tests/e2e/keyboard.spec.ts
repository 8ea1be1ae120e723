// One person, keyboard only, from the list of reflections to a link their mentor opens: Tab, Shift+Tab, Enter,
// Space and typed text, no mouse. Every step that needs a control reaches it by pressing Tab, as a person does.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { lookTest, useJourneyBrowser } from './loop-steps';
import { STUB_QUESTION, TYPING_DELAY_MS, ready, setStubMode } from './support';

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a person would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 40 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

const type = (page: Page, text: string) => page.keyboard.type(text, { delay: TYPING_DELAY_MS });

test.describe('from the reflections list to a shared link, by keyboard alone', () => {
  // One journey in steps that go on in the same browser (serial: a failed step skips the rest); the two states checked
  // with axe, the link just made and the mentor's page, are tests of their own after the steps that reach them (these
  // checks ran at the end of the journey before; see lookTest in loop-steps.ts).
  test.describe.configure({ mode: 'serial' });

  const journey = useJourneyBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = journey.page;
  const linkBox = () => page().getByRole('textbox', { name: 'Your link' });
  let mentorPage: Page;

  test('1. from the list to the first prompt; an answer typed, and the AI guide’s follow-up answered', async () => {
    await setStubMode(page(), 'ok');
    await page().goto('/reflect/');
    await tabTo(page(), page().getByRole('link', { name: 'Prepare for your next meeting' }));
    await page().keyboard.press('Enter');
    await ready(page());

    await tabTo(page(), page().getByRole('button', { name: 'Begin' }));
    await page().keyboard.press('Space');
    await expect(page().getByRole('heading', { level: 2 })).toBeFocused();
    await page().keyboard.press('Tab');
    const answer = page().getByRole('textbox', { name: 'Your answer', exact: true });
    await expect(answer).toBeFocused();
    await type(page(), 'I shipped the onboarding checklist and my lead asked me to present it.');

    // Go deeper: the disclosure comes first and takes the focus; choose the AI guide with the keyboard.
    await tabTo(page(), page().getByRole('button', { name: 'Go deeper' }));
    await page().keyboard.press('Enter');
    await expect(page().getByRole('heading', { name: 'Before the guide answers' })).toBeFocused();
    await tabTo(page(), page().getByRole('button', { name: 'Use the AI guide' }));
    await page().keyboard.press('Enter');
    const followUps = page().getByRole('textbox', { name: "Your answer to the guide's question" });
    await expect(page().locator('.follow-up-question').first()).toHaveText(`Your guide asks: ${STUB_QUESTION}`);
    await expect(followUps.first()).toBeFocused();
    await type(page(), 'The planning meeting ran long and nobody owned the follow-ups.');
    await expect(followUps.first()).toHaveValue('The planning meeting ran long and nobody owned the follow-ups.');
  });

  test('2. a second follow-up skipped; the other prompts, the review and the summary', async () => {
    const followUps = page().getByRole('textbox', { name: "Your answer to the guide's question" });
    await tabTo(page(), page().getByRole('button', { name: 'Go deeper' }));
    await page().keyboard.press('Enter');
    await expect(followUps.nth(1)).toBeFocused();
    await tabTo(page(), page().getByRole('button', { name: 'Skip this question' }));
    await page().keyboard.press('Space');
    await expect(page().getByText('Skipped.')).toBeVisible();

    for (let i = 2; i <= 5; i++) {
      await tabTo(page(), page().getByRole('button', { name: 'Next' }));
      await page().keyboard.press('Enter');
      await expect(page().getByText(`Prompt ${i} of 5`)).toBeVisible();
      await expect(page().getByRole('heading', { level: 2 })).toBeFocused();
    }
    await tabTo(page(), page().getByRole('button', { name: 'Review' }));
    await page().keyboard.press('Enter');
    await expect(page().getByRole('heading', { name: 'Review your answers' })).toBeFocused();
    await tabTo(page(), page().getByRole('button', { name: 'Write my summary' }));
    await page().keyboard.press('Enter');
    await expect(page().getByRole('heading', { name: 'Your summary' })).toBeFocused();
    await expect(page().getByText('Send your mentor a two-line agenda by Friday.')).toBeVisible();
  });

  test('3. the summary copied, saved, and shared for 30 days with a typed note; the link takes the focus', async () => {
    await tabTo(page(), page().getByRole('button', { name: 'Copy', exact: true }));
    await page().keyboard.press('Enter');
    await expect(page().getByText('Copied to the clipboard.')).toBeVisible();
    expect(await page().evaluate(() => navigator.clipboard.readText())).toContain(
      '- Send your mentor a two-line agenda by Friday.',
    );

    await tabTo(page(), page().getByRole('button', { name: 'Save to my journal' }), { backwards: true });
    await page().keyboard.press('Enter');
    // Focus stays on the button (disabled while it saved), not dropped to the page.
    await expect(page().getByRole('button', { name: 'Save changes to my journal' })).toBeFocused();
    await tabTo(page(), page().getByRole('button', { name: 'Share with my mentor' }));
    await page().keyboard.press('Enter');
    await tabTo(page(), page().getByRole('radio', { name: '7 days' }));
    await page().keyboard.press('ArrowDown'); // 30 days
    await expect(page().getByRole('radio', { name: '30 days' })).toBeChecked();
    await tabTo(page(), page().getByRole('textbox', { name: 'A note for your mentor (optional)' }));
    await type(page(), 'Thank you for Thursday. Here is where I am.');
    await tabTo(page(), page().getByRole('button', { name: 'Create link' }));
    await page().keyboard.press('Enter');
    await expect(linkBox()).toHaveValue(/\/s\/#/);
    await expect(linkBox()).toBeFocused();
  });
  lookTest('keyboard-link-made', page);

  test('4. the link copied; the mentor opens it in a fresh browser', async ({ browser }) => {
    // The axe check above leaves the focus where it was, on the link.
    await expect(linkBox()).toBeFocused();
    await tabTo(page(), page().getByRole('button', { name: 'Copy link' }));
    await page().keyboard.press('Enter');
    await expect(page().getByText('Link copied.')).toBeVisible();
    const link = await page().evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await linkBox().inputValue());

    // The mentor: a fresh browser context, nothing shared with the person's browser but the link.
    mentorPage = await journey.closeAfter(await browser.newContext()).newPage();
    await mentorPage.goto(link);
    await expect(mentorPage.getByText('Thank you for Thursday. Here is where I am.')).toBeVisible();
    await expect(mentorPage.getByText('Send your mentor a two-line agenda by Friday.')).toBeVisible();
  });
  lookTest('keyboard-mentor-reads', () => mentorPage);
});
