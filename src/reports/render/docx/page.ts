// The Word report's page: A4 with the PDF report's 50 pt margins (pdf-kit's MARGIN), so both files
// have the same text width and a table laid out for one fits the other.

/** A4's width in twentieths of a point (twips). */
const A4_TWIPS = 11906;

/** 50 pt on every side, as the PDF report has. */
export const PAGE_MARGIN_TWIPS = 1000;

/** The width a table spans: the page between its margins. */
export const TEXT_TWIPS = A4_TWIPS - 2 * PAGE_MARGIN_TWIPS;

/** The section's page properties for docx. */
export const PAGE_PROPERTIES = {
  page: {
    margin: {
      top: PAGE_MARGIN_TWIPS,
      right: PAGE_MARGIN_TWIPS,
      bottom: PAGE_MARGIN_TWIPS,
      left: PAGE_MARGIN_TWIPS,
    },
  },
};
