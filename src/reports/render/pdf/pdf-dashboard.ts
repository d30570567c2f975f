// The corporate health dashboard on ONE landscape A4 page: headline tiles (count and label in
// words), counts by priority and by directorate, the most severe exceptions and key actions.
import type { HealthDashboard } from '../../model/health-dashboard.js';
import type { ReportSummary, SummaryRow } from '../../model/types.js';
import { RATING_NOW, YEAR_END } from '../indicator-text.js';
import { swatchOf } from '../palette.js';
import { MARGIN, newPdf, pdfBuffer, type Pdf } from './pdf-kit.js';
import { drawDashboardPoints } from './pdf-dashboard-points.js';
import { artifact, group, tagged } from './pdf-tags.js';

const SMALL = 7.5;

function tiles(doc: Pdf, summary: ReportSummary, y: number): number {
  const width = doc.page.width - 2 * MARGIN;
  const n = summary.columns.length + 1;
  const w = (width - (n - 1) * 8) / n;
  const items = [
    ...summary.columns.map((label, i) => ({
      label,
      count: summary.totals.counts[i] ?? 0,
      state: summary.states[i] ?? null,
    })),
    { label: 'Indicators', count: summary.totals.total, state: null },
  ];
  items.forEach((t, i) => {
    const x = MARGIN + i * (w + 8);
    artifact(doc, () => {
      doc.rect(x, y, w, 44).fill(swatchOf(t.state).tint);
      doc.rect(x, y, 6, 44).fill(swatchOf(t.state).solid);
    });
    tagged(doc, 'P', () => {
      doc
        .fillColor('#000000')
        .font('Helvetica-Bold')
        .fontSize(18)
        .text(`${t.count} `, x + 12, y + 6, { width: w - 16, lineBreak: false });
      doc
        .font('Helvetica')
        .fontSize(9)
        .text(t.label, x + 12, y + 28, { width: w - 16, lineBreak: false });
    });
  });
  return y + 54;
}

function countsTable(
  doc: Pdf,
  title: string,
  columns: string[],
  rows: SummaryRow[],
  x: number,
  y: number,
  width: number,
): number {
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#000000');
  tagged(doc, 'H2', () => doc.text(title, x, y, { lineBreak: false }));
  y += 14;
  const head = ['', ...columns, 'Total'];
  // Each count column as wide as its heading ("Provisional" is the longest), at least 34pt.
  doc.font('Helvetica-Bold').fontSize(SMALL);
  const widths = head.slice(1).map((h) => Math.max(34, doc.widthOfString(h) + 4));
  const labelW = width - widths.reduce((a, b) => a + b, 0);
  const lefts = widths.map((_, i) => x + labelW + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const drawLine = (cells: string[], bold: boolean) => {
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(SMALL)
      .fillColor('#000000');
    group(doc, 'TR', () =>
      cells.forEach((c, i) => {
        const cx = i === 0 ? x : lefts[i - 1]!;
        tagged(doc, bold || i === 0 ? 'TH' : 'TD', () =>
          doc.text(c, cx, y, {
            width: i === 0 ? labelW - 4 : widths[i - 1]! - 2,
            align: i === 0 ? 'left' : 'right',
            height: 10,
            ellipsis: true,
            lineBreak: false,
          }),
        );
      }),
    );
    y += 11;
  };
  group(doc, 'Table', () => {
    drawLine(head, true);
    for (const r of rows) drawLine([r.label, ...r.counts.map(String), String(r.total)], false);
  });
  return y + 6;
}

function exceptions(doc: Pdf, d: HealthDashboard, x: number, y: number, width: number): number {
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#000000');
  tagged(doc, 'H2', () => doc.text('Exceptions: Review and Action', x, y, { lineBreak: false }));
  y += 14;
  // The rating now and the year-end forecast's rating side by side, each on its own tint.
  const cols = [0, 0.08, 0.42, 0.53, 0.64, 0.78].map((f) => x + f * width);
  const line = (cells: string[], bold: boolean, fills: (string | null)[] = []) => {
    fills.forEach((fill, i) => {
      const left = cols[4 + i]!;
      const right = cols[5 + i] ?? x + width;
      if (fill) artifact(doc, () => doc.rect(left - 2, y - 1, right - left, 10).fill(fill));
    });
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(SMALL)
      .fillColor('#000000');
    group(doc, 'TR', () =>
      cells.forEach((c, i) =>
        tagged(doc, bold ? 'TH' : 'TD', () =>
          doc.text(c, cols[i]!, y, {
            width: (cols[i + 1] ?? x + width) - cols[i]! - 4,
            height: 10,
            ellipsis: true,
            lineBreak: false,
          }),
        ),
      ),
    );
    y += 11;
  };
  group(doc, 'Table', () => {
    line(['Code', 'Indicator', 'Value', 'Target', RATING_NOW, YEAR_END], true);
    for (const e of d.exceptions)
      line(
        [
          e.code,
          e.title,
          e.valueText,
          e.targetText,
          e.rating.label,
          e.yearEnd ? `${e.yearEnd.rating.label} (${e.yearEnd.valueText})` : '–',
        ],
        false,
        [swatchOf(e.rating.state).tint, e.yearEnd ? swatchOf(e.yearEnd.rating.state).tint : null],
      );
    if (d.exceptions.length === 0) line(['', 'No indicator is off target.', '', '', '', ''], false);
    if (d.moreExceptions > 0)
      line(['', `and ${d.moreExceptions} more (see the exception report)`, '', '', '', ''], false);
  });
  return y + 6;
}

export async function renderDashboardPdf(d: HealthDashboard): Promise<Buffer> {
  const doc = newPdf(`Corporate health dashboard ${d.periodLabel}`, d.councilName, 'landscape');
  const width = doc.page.width - 2 * MARGIN;
  doc.font('Helvetica-Bold').fontSize(16).fillColor('#000000');
  tagged(doc, 'H1', () =>
    doc.text(`${d.councilName}: corporate health dashboard`, MARGIN, MARGIN - 10, {
      lineBreak: false,
    }),
  );
  doc.font('Helvetica').fontSize(10);
  tagged(doc, 'P', () =>
    doc.text(
      `${d.periodLabel} · authorised figures only · produced on ${d.generatedOn}`,
      MARGIN,
      MARGIN + 10,
      { lineBreak: false },
    ),
  );
  const afterPoints = drawDashboardPoints(doc, d.narrative, MARGIN, MARGIN + 28, width);
  let y = tiles(doc, d.byPriority, afterPoints);
  const half = (width - 20) / 2;
  const leftEnd = countsTable(
    doc,
    'By priority',
    d.byPriority.columns,
    d.byPriority.rows,
    MARGIN,
    y,
    half,
  );
  const afterDir = countsTable(
    doc,
    'By directorate',
    d.byPriority.columns,
    d.byDirectorate,
    MARGIN,
    leftEnd,
    half,
  );
  // Key actions are rated on their status, so only the rating levels' columns apply to them.
  const levels = d.byPriority.states.filter((st) => st !== null && st !== 'provisional').length;
  const afterActions = countsTable(
    doc,
    'Key actions this year',
    d.byPriority.columns.slice(0, levels),
    [{ ...d.keyActions, counts: d.keyActions.counts.slice(0, levels) }],
    MARGIN,
    afterDir,
    half,
  );
  let right = exceptions(doc, d, MARGIN + half + 20, y, half);
  doc.font('Helvetica-Bold').fontSize(10);
  tagged(doc, 'H2', () =>
    doc.text('Persistent under-performance', MARGIN + half + 20, right, { lineBreak: false }),
  );
  right += 14;
  const persistent =
    d.persistent.length > 0 ? d.persistent.map((p) => `${p.code} ${p.title}`).join('; ') : 'None.';
  doc.font('Helvetica').fontSize(SMALL);
  tagged(doc, 'P', () =>
    doc.text(persistent, MARGIN + half + 20, right, { width: half, height: 40, ellipsis: true }),
  );
  y = Math.max(afterActions, doc.y) + 8;
  doc.font('Helvetica-Oblique').fontSize(7).fillColor('#323130');
  tagged(doc, 'Note', () =>
    doc.text(d.ratingRule, MARGIN, Math.min(y, doc.page.height - 60), {
      width,
      height: 30,
      ellipsis: true,
    }),
  );
  return pdfBuffer(doc);
}
