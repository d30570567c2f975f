import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabFiles } from './tab-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gt-tab-files-'));
mkdirSync(path.join(dir, 'assets'));
writeFileSync(
  path.join(dir, 'index.html'),
  '<!doctype html><html><head><title>T</title></head></html>',
);
writeFileSync(path.join(dir, 'assets', 'main-abc.js'), 'console.log(1);');
writeFileSync(path.join(dir, 'assets', 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

const servers: Array<{ url: string; close: () => void }> = [];
async function serve(mode: 'local' | 'tenant'): Promise<string> {
  const app = express().use(tabFiles(dir, mode));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push({ url, close: () => server.close() });
  return url;
}

let local: string;
let tenant: string;
beforeAll(async () => {
  local = await serve('local');
  tenant = await serve('tenant');
});
afterAll(() => servers.forEach((s) => s.close()));

describe('the tab files', () => {
  it('name the sign-in mode in index.html, at / and at any page path, revalidated each load', async () => {
    for (const [url, mode] of [
      [local, 'local'],
      [tenant, 'tenant'],
    ] as const) {
      for (const at of ['/', '/index.html', '/dashboard/anything']) {
        const res = await fetch(url + at);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        expect(res.headers.get('cache-control')).toBe('no-cache');
        const html = await res.text();
        expect(html).toContain(`<meta name="gt-auth-mode" content="${mode}" />`);
        expect(html.indexOf('gt-auth-mode')).toBeLessThan(html.indexOf('<title>'));
      }
    }
  });

  it('serve the hashed assets as files, cached', async () => {
    const res = await fetch(`${local}/assets/main-abc.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe('console.log(1);');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
  });

  it('gzip the scripts for a browser that accepts it, and answer a repeat with 304', async () => {
    const res = await fetch(`${local}/assets/main-abc.js`, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(await res.text()).toBe('console.log(1);'); // fetch undoes the gzip
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    // node:http, not fetch: fetch sends Cache-Control: no-cache with a conditional request (the
    // Fetch standard's no-store mode), which rightly makes any server answer in full.
    const again = await new Promise<number>((resolve, reject) =>
      get(
        `${local}/assets/main-abc.js`,
        { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag! } },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      ).on('error', reject),
    );
    expect(again).toBe(304);
  });

  it('send what is not text, or not one of the build’s files, as it is', async () => {
    const png = await fetch(`${local}/assets/icon.png`, { headers: { 'accept-encoding': 'gzip' } });
    expect(png.status).toBe(200);
    expect(png.headers.get('content-encoding')).toBeNull();
    expect([...new Uint8Array(await png.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const missing = await fetch(`${local}/assets/..%2Findex.html`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(missing.headers.get('content-encoding')).toBeNull();
  });

  it('leave /api paths to the API (the page fallback never answers them)', async () => {
    const res = await fetch(`${local}/api/nothing-here`);
    expect(res.status).toBe(404);
  });
});
