// How a band is shaded. The band itself comes from the API (the council's own matrix may have
// three bands or six), so the shade is picked by the band's place in the council's list, from
// green through yellow and orange to red. Fluent's palette Background2 tokens are light tints in
// the light theme and dark shades in the dark one, so Foreground1 text on them keeps its contrast
// in both (test/browser/contrast.test.ts measures it); under forced colours the system's Canvas
// replaces them and the count and the words carry the band.
import { tokens } from '@fluentui/react-components';

const SHADES = [
  tokens.colorPaletteLightGreenBackground2,
  tokens.colorPaletteYellowBackground2,
  tokens.colorPaletteDarkOrangeBackground2,
  tokens.colorPaletteRedBackground2,
];

export function bandShade(band: string, bands: readonly { name: string }[]): string {
  const at = bands.findIndex((b) => b.name === band);
  if (at < 0) return tokens.colorNeutralBackground1;
  const step = bands.length <= 1 ? 0 : (at * (SHADES.length - 1)) / (bands.length - 1);
  return SHADES[Math.round(step)]!;
}

/** The band of a score on the council's matrix, as the API lists the bands (lowest first). */
export function bandOfScore(score: number, bands: readonly { name: string; from: number }[]) {
  let name = bands[0]?.name ?? '';
  for (const b of bands) if (score >= b.from) name = b.name;
  return name;
}
