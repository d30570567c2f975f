import { tokens } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { RATING_LOOK, accentOf, inkOf } from './rating-style.js';

// The looks the tab had before the palette was made one (issue 15): the badges and the count cards
// must not change; the stage stripe and chart markers now follow them (Good lighter, Missing orange).
describe('rating looks in the tab, from the one palette', () => {
  it('keeps every badge as it was', () => {
    expect(RATING_LOOK).toEqual({
      strong: { color: 'success', appearance: 'filled' },
      good: { color: 'success', appearance: 'tint' },
      green: { color: 'success', appearance: 'filled' },
      review: { color: 'warning', appearance: 'filled' },
      amber: { color: 'warning', appearance: 'filled' },
      action: { color: 'danger', appearance: 'filled' },
      red: { color: 'danger', appearance: 'filled' },
      missing: { color: 'severe', appearance: 'outline' },
      'not-available': { color: 'informative', appearance: 'outline' },
      'no-target': { color: 'informative', appearance: 'outline' },
      'not-due': { color: 'informative', appearance: 'outline' },
      context: { color: 'informative', appearance: 'outline' },
      'not-rated': { color: 'informative', appearance: 'outline' },
      provisional: { color: 'informative', appearance: 'tint' },
    });
  });

  it("keeps the count cards' accents as they were", () => {
    expect(accentOf('strong')).toBe(tokens.colorPaletteGreenBorderActive);
    // Good is teal, so Strong and Good differ in hue as well as in words.
    expect(accentOf('good')).toBe(tokens.colorPaletteTealBorderActive);
    expect(accentOf('green')).toBe(tokens.colorPaletteGreenBorderActive);
    expect(accentOf('amber')).toBe(tokens.colorPaletteMarigoldBorderActive);
    expect(accentOf('action')).toBe(tokens.colorPaletteRedBorderActive);
    expect(accentOf('missing')).toBe(tokens.colorPaletteDarkOrangeBorderActive);
    expect(accentOf('not-due')).toBe(tokens.colorNeutralStroke1);
    expect(accentOf('provisional')).toBe(tokens.colorNeutralStroke1);
    expect(accentOf('something new')).toBe(tokens.colorNeutralStroke1);
  });

  it('draws marks in the foreground shade of the same families', () => {
    expect(inkOf('strong')).toBe(tokens.colorPaletteGreenForeground1);
    expect(inkOf('review')).toBe(tokens.colorPaletteMarigoldForeground1);
    expect(inkOf('red')).toBe(tokens.colorPaletteRedForeground1);
    expect(inkOf(null)).toBe(tokens.colorNeutralForeground2);
  });
});
