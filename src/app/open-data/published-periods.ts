// The periods open data can offer: those holding at least one authorised figure of a published,
// live indicator. Only the keys are needed (for the period picker), so nothing is rated.
import { parsePeriod, type Period } from '../../domain/periods/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';

export async function publishedPeriods(deps: AppDeps): Promise<Period[]> {
  const [cat, returns] = await Promise.all([
    loadCatalogue(deps.store),
    deps.store.query('returns', { state: 'authorised' }),
  ]);
  const keys = new Set<string>();
  for (const { fields } of returns) {
    const indicator = cat.indicators.get(fields.indicatorId);
    if (!indicator?.published || indicator.retired || fields.state !== 'authorised') continue;
    if (fields.value !== null) keys.add(fields.periodKey);
  }
  return [...keys].map((k) => parsePeriod(k));
}
