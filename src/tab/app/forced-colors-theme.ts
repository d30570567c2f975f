// Windows high contrast (CSS forced colours): the browser repaints text, backgrounds and borders
// in the person's own system colours, but not SVG fills and strokes nor anything Fluent marks
// `forced-color-adjust: none`. Those keep the theme's colours — white-on-black Teams contrast
// colours on a white system background vanish (the indicator chart did). So in forced colours
// every colour token becomes the CSS system colour with the same role, and whatever the browser
// leaves alone is drawn in the person's palette too. The roles are read off Fluent's Teams
// high-contrast theme, which already uses exactly five colours, one per role.
import { teamsHighContrastTheme, type Theme } from '@fluentui/react-components';

const SYSTEM_COLOUR: Record<string, string> = {
  '#000000': 'Canvas',
  '#ffffff': 'CanvasText',
  '#ffff00': 'LinkText',
  '#1aebff': 'Highlight',
  '#3ff23f': 'GrayText',
};

/** The system colour for one token of the high-contrast theme (unchanged when it has no role). */
export function systemColourFor(token: string, value: string): string {
  const role = SYSTEM_COLOUR[value.toLowerCase()];
  if (!role) return value;
  // Text drawn on a hovered, pressed or selected (Highlight) background.
  if (role === 'Canvas' && /Foreground/.test(token) && /(Hover|Pressed|Selected)$/.test(token))
    return 'HighlightText';
  return role;
}

function build(): Theme {
  const theme: Record<string, string | number> = { ...teamsHighContrastTheme };
  for (const [token, value] of Object.entries(teamsHighContrastTheme))
    if (token.startsWith('color') && typeof value === 'string')
      theme[token] = systemColourFor(token, value);
  return theme as unknown as Theme;
}

export const forcedColorsTheme: Theme = build();
