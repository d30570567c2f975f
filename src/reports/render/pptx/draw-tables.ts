// A priority's indicators and the key actions at risk as native tables: editable text, the rating
// cell in its tint with its shape and word, the header row repeated on each continuation slide.
import type { IndicatorEntry, KeyActionEntry } from '../../model/types.js';
import {
  directionCells,
  indicatorCellText,
  keyActionCellText,
  keyActionNoteText,
  keyActionStatusText,
  keyActionUpdate,
  type PackSlide,
} from './pack-plan.js';
import type { Pptx, TableRow } from './pptx-lib.js';
import { bodyText, contentSlide, FONT } from './draw-frame.js';
import { BAND, BRAND, INK, MUTED, RULE, ratingWords, slideLook } from './rating-look.js';
import {
  BODY,
  BODY_WIDTH,
  CELL_PAD,
  INDICATOR_COLUMNS,
  KEY_ACTION_COLUMNS,
  MARGIN,
  TABLE_PT,
  TEXT_PT,
} from './slide-grid.js';

type Of<K extends PackSlide['kind']> = Extract<PackSlide, { kind: K }>;

const header = (labels: string[]): TableRow =>
  labels.map((text) => ({
    text,
    options: { bold: true, color: 'FFFFFF', fill: { color: BRAND } },
  }));

const tableOptions = (colW: number[], y: number) => ({
  x: MARGIN,
  y,
  w: BODY_WIDTH,
  colW,
  fontFace: FONT,
  fontSize: TABLE_PT,
  color: INK,
  valign: 'top' as const,
  margin: CELL_PAD,
  border: { type: 'solid' as const, pt: 0.5, color: RULE },
});

function ratingCell(state: IndicatorEntry['rating']['state'] | null, label: string) {
  const look = slideLook(state);
  return { text: ratingWords(state, label), options: { fill: { color: look.tint }, bold: true } };
}

function indicatorRow(e: IndicatorEntry, i: number): TableRow {
  const band = i % 2 === 1 ? { fill: { color: BAND } } : {};
  return [
    { text: indicatorCellText(e), options: band },
    { text: e.valueText, options: { ...band, align: 'right' } },
    { text: e.targetText, options: { ...band, align: 'right' } },
    ratingCell(e.rating.state, e.rating.label),
    ...directionCells(e).map((text) => ({ text, options: band })),
  ];
}

export function drawPriority(pptx: Pptx, s: Of<'priority'>): void {
  const slide = contentSlide(pptx, s.title);
  bodyText(slide, s.intro, { height: 0.4, pt: TEXT_PT, color: MUTED });
  const c = INDICATOR_COLUMNS;
  slide.addTable(
    [
      header([
        'Indicator',
        'Value',
        'Target',
        'Rating',
        'Previous period',
        'Same period last year',
      ]),
      ...s.rows.map(indicatorRow),
    ],
    tableOptions(
      [c.indicator, c.value, c.target, c.rating, c.previous, c.lastYear],
      BODY.top + 0.5,
    ),
  );
}

function keyActionRow(a: KeyActionEntry): TableRow {
  return [
    { text: keyActionCellText(a) },
    { text: `${a.owner}\nDue ${a.dueDate}` },
    ratingCell(a.rating.state, keyActionStatusText(a)),
    { text: keyActionNoteText(a) },
  ];
}

export function drawKeyActions(pptx: Pptx, s: Of<'key-actions'>): void {
  const slide = contentSlide(pptx, s.title);
  const c = KEY_ACTION_COLUMNS;
  slide.addTable(
    [
      header(['Key action', 'Owner', 'Status', 'Update and next milestone']),
      ...s.entries.map(keyActionRow),
    ],
    tableOptions([c.action, c.owner, c.status, c.commentary], BODY.top),
  );
  // The full updates, in case a cell was cut to keep its row on the slide.
  slide.addNotes(
    s.entries.map((a) => `${a.code} ${a.title} (${a.owner}): ${keyActionUpdate(a)}`).join('\n\n'),
  );
}

export function drawMessage(pptx: Pptx, s: Of<'message'>): void {
  const slide = contentSlide(pptx, s.title);
  bodyText(slide, s.text, { height: 1, pt: TEXT_PT + 4, color: INK });
}
