// The PowerPoint pack read back as what it is, a zip of XML: one slide file per planned slide, each
// with its title as editable text, a native chart part on the summary, every priority and the
// exceptions present, and long lists continued on further slides that say so.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocument, checkRequest } from '../../generate.js';
import type { IndicatorEntry, ReportDocument } from '../../model/types.js';
import { demoAt } from '../../../../test/support/demo-at.js';
import { buildPowerPointPack, renderPowerPointPack, type PowerPointPack } from './index.js';
import { BUDGET, exceptionLines } from './exception-text.js';
import { keyPointSlides } from './key-points-plan.js';
import { paginate, partTitle } from './pack-plan.js';
import { clip, linesOf } from './text-fit.js';

let report: ReportDocument;
let pack: PowerPointPack;
let zip: JSZip;

const slideXml = async (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
const xmlText = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');

beforeAll(async () => {
  // The demo as it stood on 20/11/2025: Q2 2025/26 is authorised, with exceptions and plans.
  const deps = await demoAt('2025-11-20');
  const { period } = checkRequest({ kind: 'dashboard', period: '2025/26 Q2', format: 'pptx' });
  report = await buildReportDocument(deps, 'quarterly', period);
  pack = buildPowerPointPack(report);
  zip = await JSZip.loadAsync(await renderPowerPointPack(pack));
});

describe('the PowerPoint pack', () => {
  it('keeps the quarter it is asked for (the PDF dashboard looks at a month)', () => {
    expect(
      checkRequest({ kind: 'dashboard', period: '2025/26 Q2', format: 'pptx' }).period.key,
    ).toBe('2025/26 Q2');
    expect(
      checkRequest({ kind: 'dashboard', period: '2025/26 Q2', format: 'pdf' }).period.kind,
    ).toBe('month');
  });

  it('has one slide file per planned slide, in order, each with its title as text', async () => {
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(pack.slides.length);
    expect(pack.slides[0]).toMatchObject({ kind: 'title', subtitle: 'Q2 2025/26' });
    for (const [i, s] of pack.slides.entries()) {
      expect(await slideXml(i + 1)).toContain(xmlText(s.title));
    }
  });

  it('follows the title with the key points, every sentence as text of 16 pt or more', async () => {
    expect(report.narrative.length).toBeGreaterThan(0);
    expect(pack.slides[1]).toMatchObject({ kind: 'key-points' });
    expect(pack.slides[1]!.title).toMatch(/^Key points( \(1 of \d\))?$/);
    const points = pack.slides.flatMap((s) => (s.kind === 'key-points' ? s.sentences : []));
    expect(points).toEqual(report.narrative);
    const at = pack.slides.flatMap((s, i) => (s.kind === 'key-points' ? [i + 1] : []));
    const xml = (await Promise.all(at.map(slideXml))).join('');
    for (const sentence of report.narrative) expect(xml).toContain(xmlText(sentence));
    // The size of each run holding a sentence (the slide number in the footer is 12 pt by design).
    const runs = [...xml.matchAll(/ sz="(\d+)"[^>]*>(?:<[^>]+>)*<a:t>([^<]*)<\/a:t>/g)];
    const sizes = runs.filter((m) => points.map(xmlText).includes(m[2]!)).map((m) => Number(m[1]));
    expect(sizes).toHaveLength(points.length);
    for (const sz of sizes) expect(sz).toBeGreaterThanOrEqual(1600);
  });

  it('continues long key points on a further slide, never cutting a sentence', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1}: ${'words '.repeat(40)}`);
    const slides = keyPointSlides(long);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.map((s) => s.title)).toEqual(
      slides.map((_, i) => `Key points (${i + 1} of ${slides.length})`),
    );
    expect(slides.flatMap((s) => (s.kind === 'key-points' ? s.sentences : []))).toEqual(long);
  });

  it('draws the summary as a native chart with a series per rating', async () => {
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const chart = await zip.file(charts[0]!)!.async('string');
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    for (const c of ['Strong', 'Good', 'Review', 'Action'])
      expect(chart).toContain(`<c:v>${c}</c:v>`);
    const summaryAt = pack.slides.findIndex((s) => s.kind === 'summary');
    const rels = await zip.file(`ppt/slides/_rels/slide${summaryAt + 1}.xml.rels`)!.async('string');
    expect(rels).toContain('chart');
  });

  it('has every priority, every exception with its action plan and the key actions at risk', async () => {
    const all = (await Promise.all(pack.slides.map((_, i) => slideXml(i + 1)))).join('\n');
    const priorities = report.chapters.find((c) => c.id === 'indicators')!.sections;
    expect(priorities.length).toBeGreaterThan(2);
    for (const p of priorities) expect(all).toContain(xmlText(p.heading!));
    const exceptions = pack.slides.flatMap((s) => (s.kind === 'exceptions' ? s.entries : []));
    expect(exceptions.length).toBeGreaterThan(2);
    for (const e of exceptions) {
      expect(all).toContain(`${e.code} `);
      expect(e.actionPlan).not.toBeNull();
      expect(all).toContain(xmlText(e.actionPlan!.owner));
    }
    const atRisk = pack.slides.flatMap((s) => (s.kind === 'key-actions' ? s.entries : []));
    expect(atRisk.length).toBeGreaterThan(0);
    expect(atRisk.every((a) => a.statusKey === 'some-risk' || a.statusKey === 'unlikely')).toBe(
      true,
    );
    // Unlikely (Action) first, the worst first as with the exceptions.
    expect(atRisk[0]!.statusKey).toBe('unlikely');
  });

  it('continues a long list on further slides that say so', () => {
    const parts = pack.slides.filter((s) => s.title.startsWith('Exceptions'));
    // Five exceptions, two to a slide.
    expect(parts.map((s) => s.title)).toEqual([
      'Exceptions and their action plans (1 of 3)',
      'Exceptions and their action plans (2 of 3)',
      'Exceptions and their action plans (3 of 3)',
    ]);
    expect(partTitle('Key actions at risk', 1, 1)).toBe('Key actions at risk');
    expect(paginate([1, 2, 3, 4, 5], 2, () => 1)).toEqual([[1, 2], [3, 4], [5]]);
    // One item taller than the room still gets a slide of its own, never an empty one.
    expect(paginate([5, 1], 2, (n) => n)).toEqual([[5], [1]]);
  });
});

describe('fitting text to a slide', () => {
  it('counts wrapped lines and cuts at a word with an ellipsis', () => {
    expect(linesOf('short', 5, 14)).toBe(1);
    expect(linesOf('one\ntwo', 5, 14)).toBe(2);
    const long = 'Performance fell because of staff vacancies. '.repeat(20).trim();
    expect(linesOf(long, 5, 14)).toBeGreaterThan(4);
    const cut = clip(long, 5, 14, 3);
    expect(linesOf(cut, 5, 14)).toBeLessThanOrEqual(3);
    expect(cut.endsWith(' …')).toBe(true);
    expect(long.startsWith(cut.slice(0, -2))).toBe(true);
  });

  it('holds a very long action plan to its card budget', () => {
    const words = 'the team will recover the backlog by working overtime '.repeat(30);
    const e = {
      code: 'XX01',
      title: 'A long one',
      commentary: words,
      actionPlan: {
        reasons: words,
        actions: words,
        owner: 'Someone',
        dueDate: '01/01/2026',
        expectedRecovery: words,
        status: 'Open',
      },
    } as unknown as IndicatorEntry;
    const lines = exceptionLines(e);
    expect(lines.map((l) => l.label)).toEqual([
      'Why:',
      'Reasons:',
      'Actions:',
      'Owner:',
      'Expected recovery:',
    ]);
    expect(lines.filter((l) => l.text.endsWith('…'))).toHaveLength(4);
    const total = Object.values(BUDGET).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(12);
  });
});
