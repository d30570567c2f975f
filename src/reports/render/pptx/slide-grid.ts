// The one layout every slide of the pack shares (16:9, inches): where the title, the body and the
// footer sit, the type sizes (nothing under 12 pt, so it reads from the back of a committee room),
// and the column widths of the tables the pagination measures.
export const SLIDE = { width: 13.333, height: 7.5 } as const;
export const MARGIN = 0.5;
export const BODY_WIDTH = SLIDE.width - 2 * MARGIN;
export const TITLE = { y: 0.3, height: 0.9, pt: 28, smallPt: 22 } as const;
export const BODY = { top: 1.35, bottom: 6.75 } as const;
export const BODY_HEIGHT = BODY.bottom - BODY.top;
export const FOOTER = { y: 6.95, height: 0.35, pt: 12 } as const;

export const TEXT_PT = 14;
export const TABLE_PT = 13;
/** Inches of cell margin on each side; pagination allows for it in every row. */
export const CELL_PAD = 0.06;
export const ROW_PAD = 2 * CELL_PAD + 0.02;

/** Columns of a priority's indicator table (inches, adding up to BODY_WIDTH). */
export const INDICATOR_COLUMNS = {
  indicator: 4.73,
  value: 1.25,
  target: 1.25,
  rating: 1.6,
  previous: 1.75,
  lastYear: 1.75,
} as const;

/** Columns of the key actions at risk table. */
export const KEY_ACTION_COLUMNS = {
  action: 3.6,
  owner: 2.2,
  status: 2.5,
  commentary: 4.03,
} as const;

/** Exceptions sit two to a slide, side by side, each in a card this wide. */
export const CARD_GAP = 0.33;
export const CARD_WIDTH = (BODY_WIDTH - CARD_GAP) / 2;
export const CARD_PAD = 0.15;
