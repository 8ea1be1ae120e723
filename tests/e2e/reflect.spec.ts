import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The Gemini stub started by tests/support/e2e-server.mjs; its behaviour is global, so these tests run in order.
const STUB = `http://127.0.0.1:${process.env.E2E_STUB_PORT ?? 8897}`;
const STUB_QUESTION = 'What happened just before the meeting turned?';
const SET = '/reflect/prepare-for-meeting/';

test.describe.configure({ mode: 'serial' });

async function setStubMode(page: Page, mode: string) {
  const response = await page.request.post(`${STUB}/__stub/mode`, { data: { mode } });
  expect(response.status()).toBe(204);
}

async function openRunner(page: Page, path = SET) {
  await page.goto(path);
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { name: 'Before you begin' }).or(page.getByText(/^Prompt \d of \d$/))).toBeVisible();
}

const answerBox = (page: Page) => page.getByRole('textbox', { name: 'Your answer', exact: true });

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.beforeEach(async ({ page }) => {
  await setStubMode(page, 'ok');
});

test('a full reflection with the AI guide, from first prompt to downloaded summary', async ({ page }) => {
  await openRunner(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByText('Prompt 1 of 5')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();

  await answerBox(page).fill('The launch slipped a week and I had a hard talk with my lead.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(page.getByRole('heading', { name: 'Before the guide answers' })).toBeVisible();
  await expect(page.locator('.disclosure').getByText('Google Gemini, through our server')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Use the AI guide' }).click();
  await expect(page.locator('.follow-up-question').first()).toHaveText(`Your guide asks: ${STUB_QUESTION}`);
  await page.getByRole('textbox', { name: "Your answer to the guide's question" }).fill('My lead asked for a new date and I froze.');
  expect(await axeViolations(page)).toEqual([]);

  for (let i = 2; i <= 5; i++) {
    await page.getByRole('button', { name: i === 1 ? 'Next' : 'Next' }).click();
    await expect(page.getByText(`Prompt ${i} of 5`)).toBeVisible();
    await answerBox(page).fill(`Answer number ${i}: I will ask my mentor about planning.`);
  }
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await expect(page.getByText('Answer number 3: I will ask my mentor about planning.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Write my summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
  for (const section of ['What stood out', 'Strengths', 'Growth edges', 'Next steps', 'Questions for your mentor']) {
    await expect(page.getByRole('heading', { level: 3, name: section })).toBeVisible();
  }
  await expect(page.getByText('Send your mentor a two-line agenda by Friday.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download (.md)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^prepare-for-meeting-\d{4}-\d{2}-\d{2}\.md$/);
  const stream = await download.createReadStream();
  let markdown = '';
  for await (const chunk of stream) markdown += String(chunk);
  expect(markdown).toContain('# Prepare for your next meeting');
  expect(markdown).toContain('## Next steps\n\n- Send your mentor a two-line agenda by Friday.');
});

test('a reload mid-way brings the person back exactly where they were', async ({ page }) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await answerBox(page).fill('First answer, kept.');
  await page.getByRole('button', { name: 'Next' }).click();
  await answerBox(page).fill('Second answer, typed just before the reload');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.reload();
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await expect(page.getByText('Prompt 2 of 5')).toBeVisible();
  await expect(answerBox(page)).toHaveValue('Second answer, typed just before the reload');
  await expect(page.getByText('We brought back your draft from this device.')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(answerBox(page)).toHaveValue('First answer, kept.');
});

test('an AI outage keeps every answer: the built-in guide steps in, and a failed request offers a retry', async ({ page }) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await answerBox(page).fill('We talked about my promotion case and I felt unsure about the timing of it all.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await page.getByRole('button', { name: 'Use the AI guide' }).click();

  await setStubMode(page, 'status-500');
  await page.getByRole('textbox', { name: "Your answer to the guide's question" }).fill('It turned when budgets came up.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(page.getByText('The AI guide did not answer, so the built-in guide answered instead.')).toBeVisible();
  await expect(page.locator('.follow-up-question')).toHaveCount(2);

  // The server itself unreachable: the request fails, the UI says so and offers a retry.
  await page.route('**/api/ai/follow-up', (route) => route.abort('connectionrefused'));
  await page.getByRole('textbox', { name: "Your answer to the guide's question" }).nth(1).fill('Budget talk makes me quiet.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The guide could not be reached. Your writing is saved on this device.');
  await expect(answerBox(page)).toHaveValue('We talked about my promotion case and I felt unsure about the timing of it all.');

  await setStubMode(page, 'ok');
  await page.unroute('**/api/ai/follow-up');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.follow-up-question')).toHaveCount(3);
  await expect(page.locator('.follow-up-question').nth(2)).toHaveText(`Your guide asks: ${STUB_QUESTION}`);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('with the built-in guide, nothing is sent to /api/ai', async ({ page }) => {
  const aiCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/ai/')) aiCalls.push(request.url());
  });
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await answerBox(page).fill('My mentor suggested I write a one-page plan, and I felt relieved to have a starting point.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await page.getByRole('button', { name: 'Use the built-in guide' }).click();
  await expect(page.locator('.follow-up-question').first()).toContainText('Your guide asks:');
  await expect(page.locator('.follow-up-question').first()).toContainText('?');
  for (let i = 2; i <= 5; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Write my summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
  await expect(page.getByText('Made by the built-in guide from your own words.')).toBeVisible();

  // The choice is remembered on the next visit: no disclosure, still nothing sent.
  await page.goto('/reflect/after-the-meeting/');
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Begin' }).click();
  await answerBox(page).fill('The advice about agendas stayed with me.');
  await page.getByRole('button', { name: 'Go deeper' }).click();
  await expect(page.locator('.follow-up-question')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Before the guide answers' })).toHaveCount(0);
  expect(aiCalls).toEqual([]);
});

test('starting again asks first, and clears the draft only when confirmed', async ({ page }) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await answerBox(page).fill('Something worth keeping.');
  await page.getByRole('button', { name: 'Start this reflection again' }).click();
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(answerBox(page)).toHaveValue('Something worth keeping.');
  await page.getByRole('button', { name: 'Start this reflection again' }).click();
  await page.getByRole('button', { name: 'Yes, clear and start again' }).click();
  await expect(page.getByRole('heading', { name: 'Before you begin' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
});

test('the whole runner works by keyboard', async ({ page }) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(answerBox(page)).toBeFocused();
  await page.keyboard.type('Typed with the keyboard only.');
  // Tab past Back and Go deeper to Next.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Prompt 2 of 5')).toBeVisible();
});

test('a change in another tab is announced, never swapped in silently', async ({ page, context }) => {
  await openRunner(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await answerBox(page).fill('Written in the first tab.');
  await expect(page.getByText('Saved on this device')).toBeVisible();

  const second = await context.newPage();
  await openRunner(second);
  await answerBox(second).fill('Written in the second tab, later.');
  await expect(second.getByText('Saved on this device')).toBeVisible();

  await expect(page.getByText('This reflection was changed in another tab.')).toBeVisible();
  await expect(answerBox(page)).toHaveValue('Written in the first tab.');
  await page.getByRole('button', { name: "Show the other tab's version" }).click();
  await expect(answerBox(page)).toHaveValue('Written in the second tab, later.');
});
