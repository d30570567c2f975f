// Every card the bot can send, drawn by the official adaptivecards library in headless Chromium:
// it renders without errors, untrusted text stays text, and a screenshot is kept for review under
// test-artifacts/cards/.
import { existsSync, statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyCard } from '../support/cards/catalogue.js';
import { cardPage, launch, renderCard, screenshotCard } from './support/render-card.js';

let browser: Browser;
let page: Page;
const cards = everyCard();

beforeAll(async () => {
  browser = await launch();
  page = await cardPage(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe('cards rendered in Chromium', () => {
  it.each(Object.keys(cards))(
    '%s renders without problems and is kept as a screenshot',
    async (name) => {
      const rendered = await renderCard(page, cards[name]);
      expect(rendered.problems).toEqual([]);
      expect(rendered.text.length).toBeGreaterThan(10);
      const file = await screenshotCard(page, name);
      expect(existsSync(file) && statSync(file).size).toBeGreaterThan(2000);
    },
  );

  it('shows what the officer typed as text: no HTML element, no javascript: link', async () => {
    const rendered = await renderCard(page, cards.check);
    expect(rendered.text).toContain(
      'Up after the *spring* campaign <b>see</b> [link](javascript:alert(1))',
    );
    expect(rendered.html).not.toMatch(/<b>see<\/b>/);
    expect(rendered.html).not.toContain('href="javascript');
    expect(rendered.html).toContain('href="https://council.example/procedures/wr04"');
  });
});
