// Word reports with several pictures (the logo and one ratings bar per priority): every drawing has
// its own id, since Word calls a file whose drawings share a wp:docPr id corrupt.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCouncil } from '../../../demo/index.js';
import type { Store } from '../../../domain/ports/store.js';
import { openSqliteStore } from '../../../stores/sqlite/index.js';
import { buildReportDocument, checkRequest } from '../../generate.js';
import { Raster } from '../png/encode-png.js';
import { renderReportDocx } from './docx-report.js';

const NOW = new Date('2025-11-20T10:00:00Z');
let store: Store;

beforeAll(async () => {
  store = openSqliteStore({ file: ':memory:' });
  await seedDemoCouncil(store, { today: '2025-11-20' });
});
afterAll(() => store.close());

async function drawingIds(bytes: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<wp:docPr\b[^>]*\bid="(\d+)"/g)].map((m) => m[1]!);
}

describe('Word drawings', () => {
  it('gives the logo and every chart its own drawing id', async () => {
    const deps = { store, clock: { now: () => NOW } };
    const { period } = checkRequest({ kind: 'quarterly', period: '2025/26 Q1', format: 'docx' });
    const report = await buildReportDocument(deps, 'quarterly', period);
    const logo = new Raster(40, 20);
    logo.fillRect(0, 0, 20, 20, [0, 90, 158]);
    const ids = await drawingIds(await renderReportDocx(report, { logoPng: logo.toPng() }));
    // The logo, one bar per priority and the totals bar.
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('starts again from 1 in each document', async () => {
    const deps = { store, clock: { now: () => NOW } };
    const { period } = checkRequest({ kind: 'exception', period: '2025/26 Q2', format: 'docx' });
    const report = await buildReportDocument(deps, 'exception', period);
    const first = await drawingIds(await renderReportDocx(report));
    const second = await drawingIds(await renderReportDocx(report));
    expect(second).toEqual(first);
    if (first.length > 0) expect(first[0]).toBe('1');
  });
});
