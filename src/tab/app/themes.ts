// The host's theme, as Fluent tokens: Teams' three themes map onto Fluent's web themes.
import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { HostTheme } from '../teams/index.js';

export function fluentTheme(theme: HostTheme): Theme {
  if (theme === 'dark') return webDarkTheme;
  if (theme === 'contrast') return teamsHighContrastTheme;
  return webLightTheme;
}
