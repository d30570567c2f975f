// Excel number formats that show a figure the way formatFigure (src/domain/values/format-value.ts)
// writes it, so a cell reads "68.6%", "£1,250.00" or "12 days" in Excel and LibreOffice while
// staying a number people can sort, filter and sum. Percentages are stored as the figure entered
// (68.6, not 0.686), so the sign is a literal rather than Excel's `%`, which would multiply by 100.
import type { Indicator, UnitKind } from '../../domain/model/types.js';
import { formatFigure, inThousands } from '../../domain/values/index.js';

/** `#,##0` with the indicator's decimals: `#,##0.0` at 1 dp. */
function digits(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

export function excelNumberFormat(unit: UnitKind, decimals: number): string {
  const n = digits(decimals);
  switch (unit) {
    case 'percentage':
      return `${n}"%"`;
    case 'currency':
      return `"£"${n};-"£"${n}`;
    case 'days':
      return `${n}" days"`;
    default:
      return n;
  }
}

export interface ExcelFigure {
  /** The number the cell holds: a £000 figure is held in pounds, so it sums and reads true. */
  value: number;
  numFmt: string;
  /** What the cell shows, as the tab writes it. */
  text: string;
}

type FigureOf = Pick<Indicator, 'unit' | 'decimals' | 'title'>;

export function excelFigure(value: number, indicator: FigureOf): ExcelFigure {
  const text = formatFigure(value, indicator);
  // Kept in thousands ("(£000)" in the title): 292 is £292,000, as formatFigure writes it.
  if (inThousands(indicator)) {
    const decimals = Math.max(0, indicator.decimals - 3);
    return { value: value * 1000, numFmt: excelNumberFormat('currency', decimals), text };
  }
  return { value, numFmt: excelNumberFormat(indicator.unit, indicator.decimals), text };
}
