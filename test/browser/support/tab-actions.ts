// What a person does in the tab, in the words the tab shows (roles, labels, headings), so the test
// reads like the journey and fails when the words a user relies on change.
import type { Locator, Page } from 'playwright-core';

export async function signInAs(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
  await page.getByRole('button', { name: `Sign in as ${name}` }).click();
  await page.getByText(`Signed in as ${name}`).waitFor();
}

export async function switchPerson(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Switch person' }).click();
  await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
}

export async function openPage(
  page: Page,
  link: 'My work' | 'Dashboard' | 'Golden thread' | 'Reports',
): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
}

/** The card for one return, found by the accessible name the tab gives it. */
export function returnCard(
  page: Page,
  section: 'To enter' | 'To check' | 'To authorise',
  name: string,
): Locator {
  return page
    .getByRole('region', { name: new RegExp(`^${section}`) })
    .getByRole('article', { name });
}

export function sectionHeading(page: Page, section: string): Locator {
  return page.getByRole('heading', { level: 2, name: new RegExp(`^${section} \\(`) });
}

/** Latest status message (role=status) text once it contains `expected`. */
export async function waitForStatus(page: Page, expected: string): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: expected });
  await status.waitFor();
  return (await status.textContent()) ?? '';
}
