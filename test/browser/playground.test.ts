// The M365 Agents Playground (Microsoft's offline Teams chat emulator) against the real server, driven
// in Chromium like a person: type a figure into the personal chat, answer the card's question by
// correcting the figure in the card, submit, and see the card refreshed in place. The Playground's
// default user is not a demo person, so the server maps it to the demo Collection Officer
// (GT_BOT_LOCAL_USER, local mode only).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { launch } from '../protocol/support/render-card.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const SHOTS = path.resolve('test-artifacts/playground');
let server: TestServer;
let playground: ChildProcess;
let browser: Browser;
let page: Page;
let returnId: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function startPlayground(endpoint: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    'node_modules/.bin/agentsplayground',
    ['-e', endpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
    {
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`the Playground did not start:\n${out}`)),
      60_000,
    );
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(`Listening on ${port}`)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`the Playground exited (${code}):\n${out}`)));
  });
}

const shot = (name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer({ botLocalUser: DEMO_PEOPLE_IDS.collectionOfficer });
  const [wr04] = await server.deps.store.query('indicators', { code: 'WR04' });
  returnId = (await server.deps.store.query('returns', { indicatorId: wr04!.id, state: 'due' }))[0]!
    .id;
  const port = await freePort();
  playground = await startPlayground(`${server.url}/api/messages`, port);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`http://127.0.0.1:${port}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  // Its own process group: the CLI starts a server child, and it listens on all interfaces.
  if (playground?.pid) process.kill(-playground.pid, 'SIGTERM');
  await server?.stop();
});

describe('the Agents Playground', () => {
  it('takes a typed figure, questions it in the card, and saves the corrected figure from the card', async () => {
    const compose = page.locator('[data-lexical-editor=true]');
    await compose.click();
    await page.keyboard.type('203,720 up after the spring campaign');
    await page.keyboard.press('Enter');

    const card = page.locator('.ac-adaptiveCard').last();
    await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain('Is 203,720 right?');
    await shot('1-question');
    const figure = card.getByRole('textbox', { name: /Figure/ });
    expect(await figure.inputValue()).toBe('203,720');
    expect(await card.getByRole('textbox', { name: /Commentary/ }).inputValue()).toBe(
      'up after the spring campaign',
    );
    expect((await server.deps.store.get('returns', returnId))!.fields.state).toBe('due');

    await figure.fill('20,372');
    await card.getByRole('textbox', { name: /Commentary/ }).fill('Up after the spring campaign');
    await card.getByRole('textbox', { name: /forecast/ }).fill('20,500');
    await card.getByRole('button', { name: 'Submit the corrected figure' }).click();

    await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain('Saved.');
    await shot('2-saved');
    const text = await card.innerText();
    expect(text).toMatch(/Figure\s+20,372/);
    expect(text).toMatch(/Rating\s+Strong/);
    expect(text).toContain('Next: Callum Fairweather checks it.');
    expect(await card.getByRole('button', { name: /Submit/ }).count()).toBe(0);
    const saved = (await server.deps.store.get('returns', returnId))!.fields;
    expect(saved).toMatchObject({
      state: 'submitted',
      value: 20372,
      forecast: 20500,
      enteredBy: DEMO_PEOPLE_IDS.collectionOfficer,
    });
  });

  it('answers "my returns" once nothing is left to enter', async () => {
    await page.locator('[data-lexical-editor=true]').click();
    await page.keyboard.type('my returns');
    await page.keyboard.press('Enter');
    const card = page.locator('.ac-adaptiveCard').last();
    await expect
      .poll(() => card.innerText(), { timeout: 20_000 })
      .toContain('Nothing is waiting for you');
    await shot('3-my-returns');
  });

  it('puts reminders off until tomorrow when asked in words', async () => {
    await page.locator('[data-lexical-editor=true]').click();
    await page.keyboard.type('remind me tomorrow');
    await page.keyboard.press('Enter');
    // The demo's today is Thursday 20/11/2025: tomorrow's reminders start at 08:00.
    // The Playground shows a reply twice (the message and its accessible announcement).
    await page
      .getByText('I will not remind you again before 21/11/2025 at 08:00.')
      .last()
      .waitFor({ timeout: 20_000 });
    await shot('4-remind-tomorrow');
    const [snooze] = await server.deps.store.query('snoozes', {
      personId: DEMO_PEOPLE_IDS.collectionOfficer,
    });
    expect(snooze!.fields.until).toBe('2025-11-21T08:00:00.000Z');
  });
});
