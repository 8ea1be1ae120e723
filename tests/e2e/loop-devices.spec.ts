// The mentorship loop across a lost connection and two devices: a commitment marked done offline waits on this
// device, uploads when the connection returns, and shows as done on a second device restored from the recovery code.
import { expect, test } from '@playwright/test';
import { ANSWERS, openJournal, recoveryCodeOf, reflectToSummary, restoreInFreshBrowser, saveToJournal, storedEntries } from './journal-steps';
import { commitmentCard, look, lookNarrow, markDone } from './loop-steps';

const OFFLINE_NOTE = 'Sent it from the train; Sam answered the same day.';

test('offline in the middle: marked done on this device, uploaded when back online, seen done on a second device', async ({ page, context, browser }) => {
  await reflectToSummary(page, ANSWERS);
  await saveToJournal(page);
  await openJournal(page);
  const step = 'I will send the revised plan to Sam by Thursday.';
  await expect(commitmentCard(page, step)).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByText('You are offline. You can read and write')).toBeVisible();
  await markDone(page, step, OFFLINE_NOTE);
  await page.keyboard.press('Enter');
  await expect(page.locator('#journal-status')).toHaveText(`Marked done: “${step}” Saved on this device; it uploads, encrypted, when you are back online.`);
  await expect(page.locator('#journal-status')).toBeFocused();
  expect((await storedEntries(page)).map((e) => e.sync)).toEqual(['pending']);
  await look(page, '30-offline-marked-done');
  await lookNarrow(page, '30-offline-marked-done');

  await context.setOffline(false);
  await expect(page.locator('#journal-status')).toHaveText('1 reflection saved on this device is now on the server.');
  expect((await storedEntries(page)).map((e) => e.sync)).toEqual(['synced']);
  await look(page, '31-back-online');

  const code = await recoveryCodeOf(page);
  const other = await restoreInFreshBrowser(browser, code);
  await expect(other.page.getByText('Restored 1 reflection.')).toBeVisible();
  await expect(commitmentCard(other.page, step)).toBeHidden();
  await other.page.getByText('Done and dropped (1)').click();
  const done = commitmentCard(other.page, step);
  await expect(done.getByText('Done', { exact: true })).toBeVisible();
  await expect(done.getByText(`What happened: ${OFFLINE_NOTE}`)).toBeVisible();
  await look(other.page, '32-second-device');
  await other.context.close();
});
