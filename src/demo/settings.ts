// The council's settings, one item per key, as the settings list holds them.
import type { CouncilSettings } from '../domain/model/types.js';
import { DEFAULT_SETTINGS } from '../app/settings.js';

/** The defaults of DESIGN.md (the Derbyshire four-level scheme …) under the demo council's name. */
export const DEMO_SETTINGS: CouncilSettings = {
  ...DEFAULT_SETTINGS,
  councilName: 'Borough of Elmstead',
};

export function settingsItems(
  settings: CouncilSettings = DEMO_SETTINGS,
): Array<{ key: string; value: unknown }> {
  return Object.entries(settings).map(([key, value]) => ({ key, value: structuredClone(value) }));
}
