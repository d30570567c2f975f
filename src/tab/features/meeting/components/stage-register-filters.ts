// The register's filters in the stage's hash, and in words for the room (stage-register.tsx):
// React-free, so the rules are tested without a browser.
import { riskFilterQuery, type RiskFilterRoute } from '../../../app/risk-route.js';

const RISK_KEYS = ['status', 'category', 'above', 'overdue', 'cell'];

/** The hash with the register's filters replaced, its period and view kept. */
export function hashWithRiskFilters(hash: string, filters: RiskFilterRoute): string {
  const [path = '#/dashboard', rawQuery = ''] = hash.split('?');
  const query = new URLSearchParams(rawQuery);
  for (const key of RISK_KEYS) query.delete(key);
  for (const [key, value] of new URLSearchParams(riskFilterQuery(filters).slice(1)))
    query.set(key, value);
  const q = query.toString();
  return q ? `${path}?${q}` : path;
}

/** The filters in force, in words for the room ("open, above tolerance"); null for none. */
export function filterWords(f: RiskFilterRoute): string | null {
  const words = [
    f.status,
    f.category && `category ${f.category}`,
    f.aboveTolerance && 'above tolerance',
    f.reviewOverdue && 'review overdue',
  ].filter(Boolean);
  return words.length ? words.join(', ') : null;
}
