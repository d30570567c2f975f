// Renders Adaptive Cards in headless Chromium with the official adaptivecards library (its browser
// build), the way a Teams client draws them, and saves a screenshot per card.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const ADAPTIVECARDS_JS = require.resolve('adaptivecards/dist/adaptivecards.min.js');
export const CARD_ARTIFACTS = path.resolve('test-artifacts/cards');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page with the library loaded and a markdown step like Teams': escapes honoured, no raw HTML. */
export async function cardPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 620, height: 900 }, locale: 'en-GB' });
  await page.setContent(
    '<!doctype html><html lang="en-GB"><body style="margin:0;background:#f5f5f5;font-family:Segoe UI,Liberation Sans,sans-serif"><div id="card" style="width:560px;margin:16px;background:#fff;padding:4px;border-radius:6px"></div></body></html>',
  );
  await page.addScriptTag({ path: ADAPTIVECARDS_JS });
  await page.evaluate(() => {
    const AC = (window as any).AdaptiveCards;
    const html = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const decode = (s: string) =>
      s
        .replace(/\\([\\`*_~[\]()#|!.+\->])/g, '$1')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    AC.AdaptiveCard.onProcessMarkdown = (text: string, result: any) => {
      // Only unescaped [label](http…) becomes a link; everything else is text.
      const parts = text.split(/(?<!\\)\[([^\]\\]+)\]\((https?:\/\/[^)\s\\]+)\)/);
      let out = '';
      for (let i = 0; i < parts.length; i += 3) {
        out += html(decode(parts[i]!));
        if (parts[i + 1] !== undefined)
          out += `<a href="${html(parts[i + 2]!)}">${html(decode(parts[i + 1]!))}</a>`;
      }
      result.outputHtml = out;
      result.didProcess = true;
    };
  });
  return page;
}

export interface Rendered {
  problems: string[];
  text: string;
  html: string;
}

export async function renderCard(page: Page, json: unknown): Promise<Rendered> {
  return page.evaluate((cardJson) => {
    const AC = (window as any).AdaptiveCards;
    const card = new AC.AdaptiveCard();
    const ctx = new AC.SerializationContext();
    card.parse(cardJson, ctx);
    const problems: string[] = [];
    for (let i = 0; i < ctx.eventCount; i++) problems.push(ctx.getEventAt(i).message);
    const host = document.getElementById('card')!;
    host.innerHTML = '';
    const el = card.render();
    if (!el) problems.push('render returned nothing');
    else host.appendChild(el);
    return { problems, text: host.innerText, html: host.innerHTML };
  }, json);
}

export async function screenshotCard(page: Page, name: string): Promise<string> {
  mkdirSync(CARD_ARTIFACTS, { recursive: true });
  const file = path.join(CARD_ARTIFACTS, `${name}.png`);
  await page.locator('#card').screenshot({ path: file });
  return file;
}
