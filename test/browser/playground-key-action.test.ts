// A key-action owner in the M365 Agents Playground (Microsoft's offline Teams chat emulator),
// driven in Chromium like a person: they ask what is waiting for them, open one update and answer
// it in the card, then type the other ("WR-KA2 some risk 45% …"); each time the card comes back
// saved, with its rating.
// The new rating then shows where leaders look: the strategy map's thread and the dashboard.
// The owner and their due update are found in the demo as built for the suite's day; the
// Playground's default user is mapped to that owner (GT_BOT_LOCAL_USER, local mode only).
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  myKeyActionUpdates,
  type KeyActionUpdateView,
} from '../../src/app/key-action-updates/index.js';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { launch } from '../protocol/support/render-card.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';
import { freePort, startPlayground, stopPlayground } from './support/playground.js';

const SHOTS = path.resolve('test-artifacts/playground');
let server: TestServer;
let playground: ChildProcess;
let browser: Browser;
let page: Page;
let update: KeyActionUpdateView;
let inCard: KeyActionUpdateView;

/** An owner (not on leave, so the updates are theirs to give) with two updates due. */
async function dueUpdates(s: TestServer): Promise<KeyActionUpdateView[]> {
  const cat = await loadCatalogue(s.deps.store);
  for (const id of new Set(cat.keyActions.map((a) => a.ownerId))) {
    if (cat.people.get(id)?.onLeaveUntil) continue;
    const mine = (await myKeyActionUpdates(s.deps, id)).toUpdate.filter(
      (v) => v.action.owner?.id === id && v.action.status !== 'some-risk',
    );
    if (new Set(mine.map((v) => v.action.code)).size >= 2) return mine;
  }
  throw new Error('the demo promises a key-action owner with two updates due');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The owner is found on a first server, then the server is started again speaking for them.
  const probe = await startTestServer();
  const ownerId = (await dueUpdates(probe))[0]!.action.owner!.id;
  await probe.stop();
  server = await startTestServer({ botLocalUser: ownerId });
  const due = await dueUpdates(server);
  expect(due[0]!.action.owner!.id, 'the same demo is built the second time').toBe(ownerId);
  inCard = due[0]!;
  update = due.find((v) => v.action.code !== inCard.action.code)!;
  const port = await freePort();
  playground = await startPlayground(`${server.url}/api/messages`, port);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`http://127.0.0.1:${port}`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  stopPlayground(playground);
  await server?.stop();
});

const shot = (name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

async function say(text: string) {
  await page.locator('[data-lexical-editor=true]').click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('a key-action owner in the Agents Playground', () => {
  it('sees two updates waiting, answers one in the card and types the other, each saved and rated', async () => {
    await say('my returns');
    const list = page.locator('.ac-adaptiveCard').last();
    await expect.poll(() => list.innerText(), { timeout: 20_000 }).toContain(update.action.code);
    await shot('ka-1-my-returns');

    // The card: Open on the list line, then the form.
    await list
      .locator('.ac-container, .ac-columnSet')
      .filter({ hasText: inCard.action.code })
      .getByRole('button', { name: 'Open' })
      .last()
      .click();
    const form = page.locator('.ac-adaptiveCard').last();
    await expect.poll(() => form.innerText(), { timeout: 20_000 }).toContain(inCard.action.title);
    // The Playground draws a compact choice set as a Fluent combobox: open it, pick the option.
    await form.getByRole('combobox', { name: /^Status/ }).click();
    await page.getByRole('option', { name: 'On track', exact: true }).click();
    await form.getByRole('spinbutton', { name: /% complete/ }).fill('70');
    await form
      .getByRole('textbox', { name: /Commentary/ })
      .fill('Consultation closed; the design is agreed with the contractor');
    await shot('ka-2-card-filled');
    await form.getByRole('button', { name: 'Submit the update' }).click();
    await expect.poll(() => form.innerText(), { timeout: 20_000 }).toContain('Saved.');
    await shot('ka-3-card-saved');
    expect(await form.innerText()).toMatch(/Good/);
    expect((await server.deps.store.get('keyActions', inCard.action.id))!.fields).toMatchObject({
      status: 'on-track',
      percentComplete: 70,
      lastUpdate: 'Consultation closed; the design is agreed with the contractor',
    });

    await say(`${update.action.code} some risk 45% contractor started three weeks late`);
    const card = page.locator('.ac-adaptiveCard').last();
    await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain('Saved.');
    await shot('ka-4-typed-saved');
    expect(await card.innerText()).toMatch(/Review/);

    const stored = (await server.deps.store.get('keyActions', update.action.id))!.fields;
    expect(stored).toMatchObject({ status: 'some-risk', percentComplete: 45 });
    expect(stored.lastUpdate).toBe('contractor started three weeks late');
  });

  it('shows the new rating on the strategy map’s thread', async () => {
    const plan = await apiAs(server.url, update.action.owner!.id).get('/api/plan');
    expect(plan.status).toBe(200);
    const leaves: { kind: string; id: string; rating?: string; level?: string }[] = [];
    const walk = (n: { kind: string; id: string; children?: unknown[] }) => {
      leaves.push(n as never);
      for (const c of n.children ?? []) walk(c as never);
    };
    walk(plan.body.tree);
    const node = leaves.find((n) => n.kind === 'key-action' && n.id === update.action.id);
    expect(node, 'the action is on the current plan’s thread').toBeTruthy();
    expect(JSON.stringify(node)).toContain('review');
  });
});
