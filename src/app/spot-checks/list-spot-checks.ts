// A quarter's spot checks as the viewer may see them (see spot-check-view.ts for who sees what).
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { loadSettings } from '../settings.js';
import { parseQuarter } from './quarter-input.js';
import { quarterView, requireKnownPerson, type SpotCheckQuarterView } from './spot-check-view.js';

export async function listSpotChecks(
  deps: AppDeps,
  viewerId: string,
  period: unknown,
): Promise<SpotCheckQuarterView> {
  const cat = await loadCatalogue(deps.store);
  requireKnownPerson(cat, viewerId);
  const quarter = parseQuarter(period);
  const settings = await loadSettings(deps.store);
  return quarterView(deps.store, cat, viewerId, quarter, settings.spotChecksPerQuarter);
}
