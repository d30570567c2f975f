// The host's theme, as Fluent tokens: Teams' three themes map onto Fluent's web themes, and
// Windows forced colours (which win over any Teams theme) onto the person's system colours.
import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostTheme } from '../teams/index.js';
import { forcedColorsTheme } from './forced-colors-theme.js';

export function fluentTheme(theme: HostTheme, forcedColors = false): Theme {
  if (forcedColors) return forcedColorsTheme;
  if (theme === 'dark') return webDarkTheme;
  if (theme === 'contrast') return teamsHighContrastTheme;
  return webLightTheme;
}

const FORCED = '(forced-colors: active)';

/** Whether the browser is in forced colours (Windows high contrast), followed live. */
export function useForcedColors(): boolean {
  const [forced, setForced] = useState(() => window.matchMedia?.(FORCED).matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.(FORCED);
    if (!query) return;
    const changed = () => setForced(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return forced;
}
