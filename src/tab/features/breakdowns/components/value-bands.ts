// The map's shading: five equal bands from the lowest value to the highest, darker for higher,
// with no rating in it (a ward is not "on target"; the indicator is). Each band is said in words
// in the legend, the table and each ward's name, so the colour is never the only way to tell.
import { formatFigure, type FigureFormat } from '../../../../domain/values/format-value.js';

/** ColorBrewer's sequential Blues (5 classes): light to dark, distinct in light and dark themes. */
export const BAND_FILLS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

export interface ValueBand {
  index: number;
  from: number;
  to: number;
  fill: string;
  /** `Band 2 of 5: 12.0% to 24.9%` */
  words: string;
}

export function valueBands(values: readonly (number | null)[], format: FigureFormat): ValueBand[] {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return [];
  const [min, max] = [Math.min(...known), Math.max(...known)];
  const count = min === max ? 1 : BAND_FILLS.length;
  const step = (max - min) / count;
  return Array.from({ length: count }, (_, i) => {
    const from = min + step * i;
    const to = i === count - 1 ? max : min + step * (i + 1);
    const fill = count === 1 ? BAND_FILLS[2] : BAND_FILLS[i]!;
    const range =
      count === 1
        ? formatFigure(min, format)
        : `${formatFigure(from, format)} to ${formatFigure(to, format)}`;
    return { index: i, from, to, fill, words: `Band ${i + 1} of ${count}: ${range}` };
  });
}

/** The band a value falls in (the top band includes the highest value); null when none given. */
export function bandOf(value: number | null, bands: readonly ValueBand[]): ValueBand | null {
  if (value === null || bands.length === 0) return null;
  return bands.find((b) => value < b.to) ?? bands[bands.length - 1]!;
}
