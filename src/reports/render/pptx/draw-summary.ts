// The title slide and the summary: a native stacked bar chart of ratings by priority (editable in
// PowerPoint, its data in the embedded sheet) beside the council-wide counts as tiles.
import type { PackSlide } from './pack-plan.js';
import type { Pptx, Slide } from './pptx-lib.js';
import { bodyText, contentSlide, FONT } from './draw-frame.js';
import { BRAND, INK, MUTED, slideLook } from './rating-look.js';
import { BODY, BODY_HEIGHT, BODY_WIDTH, MARGIN, SLIDE, TEXT_PT } from './slide-grid.js';

type Of<K extends PackSlide['kind']> = Extract<PackSlide, { kind: K }>;

export function drawTitle(
  pptx: Pptx,
  s: Of<'title'>,
  meta: { councilName: string; generatedOn: string },
): void {
  const slide = pptx.addSlide();
  slide.background = { color: BRAND };
  slide.addText(meta.councilName, {
    x: MARGIN + 0.3,
    y: 1.6,
    w: BODY_WIDTH - 0.6,
    h: 0.7,
    fontFace: FONT,
    fontSize: 24,
    color: 'FFFFFF',
    margin: 0,
  });
  slide.addText(s.title, {
    x: MARGIN + 0.3,
    y: 2.4,
    w: BODY_WIDTH - 0.6,
    h: 1.2,
    fontFace: FONT,
    fontSize: 48,
    bold: true,
    color: 'FFFFFF',
    margin: 0,
  });
  slide.addText(s.subtitle, {
    x: MARGIN + 0.3,
    y: 3.6,
    w: BODY_WIDTH - 0.6,
    h: 0.8,
    fontFace: FONT,
    fontSize: 32,
    color: 'FFFFFF',
    margin: 0,
  });
  slide.addText(`From authorised figures only · made on ${meta.generatedOn} · Golden Thread`, {
    x: MARGIN + 0.3,
    y: SLIDE.height - 1.3,
    w: BODY_WIDTH - 0.6,
    h: 0.5,
    fontFace: FONT,
    fontSize: 16,
    color: 'E1DFDD',
    margin: 0,
  });
}

const CHART_WIDTH = 8.1;

export function drawSummary(pptx: Pptx, s: Of<'summary'>): Slide {
  const slide = contentSlide(pptx, s.title);
  bodyText(slide, s.sentence, { height: 0.45, pt: TEXT_PT + 2, color: INK });
  const { summary } = s;
  // A bar chart draws its first category at the bottom: reversed, the first priority is on top,
  // as the tables read.
  const rows = [...summary.rows].reverse();
  const data = summary.columns.map((name, i) => ({
    name,
    labels: rows.map((r) => r.label),
    values: rows.map((r) => r.counts[i] ?? 0),
  }));
  slide.addChart(pptx.ChartType.bar, data, {
    x: MARGIN,
    y: BODY.top + 0.55,
    w: CHART_WIDTH,
    h: BODY_HEIGHT - 0.55,
    barDir: 'bar',
    barGrouping: 'stacked',
    chartColors: summary.states.map((st) => slideLook(st).solid),
    catAxisLabelFontSize: 13,
    catAxisLabelFontFace: FONT,
    catAxisLabelColor: INK,
    valAxisLabelFontSize: 12,
    valAxisLabelColor: MUTED,
    valAxisTitle: 'Indicators',
    showValAxisTitle: true,
    valAxisTitleFontSize: 12,
    valAxisTitleColor: MUTED,
    valGridLine: { color: 'E1DFDD', style: 'solid', size: 0.5 },
    showLegend: true,
    legendPos: 'b',
    legendFontSize: 13,
    legendFontFace: FONT,
    barGapWidthPct: 60,
    altText: `Indicators by rating for each priority. ${s.sentence}`,
  });
  drawTiles(pptx, slide, s);
  return slide;
}

/** The totals as tiles, two columns: each tile its rating's tint, shape, word and count. */
function drawTiles(pptx: Pptx, slide: Slide, s: Of<'summary'>): void {
  const { columns, states, totals } = s.summary;
  const x0 = MARGIN + CHART_WIDTH + 0.3;
  const w = (BODY_WIDTH - CHART_WIDTH - 0.3 - 0.2) / 2;
  const h = 1.25;
  columns.forEach((label, i) => {
    const look = slideLook(states[i] ?? null);
    const x = x0 + (i % 2) * (w + 0.2);
    const y = BODY.top + 0.7 + Math.floor(i / 2) * (h + 0.2);
    slide.addShape(pptx.ShapeType.rect, {
      x,
      y,
      w,
      h,
      fill: { color: look.tint },
      line: { color: look.solid, width: 1.5 },
    });
    slide.addText(
      [
        {
          text: String(totals.counts[i] ?? 0),
          options: { fontSize: 36, bold: true, breakLine: true },
        },
        { text: `${look.glyph} `, options: { fontSize: 15, color: look.solid } },
        { text: label, options: { fontSize: 15, color: INK } },
      ],
      { x, y, w, h, fontFace: FONT, color: INK, align: 'center', valign: 'middle', margin: 4 },
    );
  });
}
