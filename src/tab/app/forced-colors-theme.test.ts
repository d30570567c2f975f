import { teamsHighContrastTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { forcedColorsTheme, systemColourFor } from './forced-colors-theme.js';
import { fluentTheme } from './themes.js';

const SYSTEM = ['Canvas', 'CanvasText', 'LinkText', 'Highlight', 'HighlightText', 'GrayText'];

describe('the forced-colours theme', () => {
  it('draws every opaque colour in a system colour, so SVG and unforced parts follow Windows', () => {
    const left = Object.entries(forcedColorsTheme).filter(
      ([k, v]) =>
        k.startsWith('color') &&
        typeof v === 'string' &&
        !SYSTEM.includes(v) &&
        v !== 'transparent' &&
        !v.startsWith('rgba('),
    );
    expect(left).toEqual([]);
  });

  it('keeps text readable on its own background', () => {
    expect(forcedColorsTheme.colorNeutralForeground1).toBe('CanvasText');
    expect(forcedColorsTheme.colorNeutralBackground1).toBe('Canvas');
    expect(forcedColorsTheme.colorBrandForegroundLink).toBe('LinkText');
    expect(forcedColorsTheme.colorNeutralBackground1Hover).toBe('Highlight');
    expect(forcedColorsTheme.colorNeutralForeground1Hover).toBe('HighlightText');
    // The primary button: a CanvasText face with Canvas text, as in the contrast theme.
    expect(forcedColorsTheme.colorBrandBackground).toBe('CanvasText');
    expect(forcedColorsTheme.colorNeutralForegroundOnBrand).toBe('Canvas');
    expect(forcedColorsTheme.colorNeutralForegroundDisabled).toBe('GrayText');
    expect(systemColourFor('colorNeutralShadowKey', 'rgba(0,0,0,0.28)')).toBe('rgba(0,0,0,0.28)');
  });

  it('wins over whatever theme Teams asks for', () => {
    expect(fluentTheme('default', true)).toBe(forcedColorsTheme);
    expect(fluentTheme('contrast', false)).toBe(teamsHighContrastTheme);
  });
});
