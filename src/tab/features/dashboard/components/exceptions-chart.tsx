// The exceptions' chart: where they sit (directorate) and how serious they are (rating), with its
// table alternative. Counted from the exception list itself, so chart and list cannot disagree.
import type { DashboardException, RatingCounts, RollUpRow } from '../../../shared/api/index.js';
import { RatingChart } from './rating-charts.js';

export function exceptionsByDirectorate(exceptions: readonly DashboardException[]): RollUpRow[] {
  const rows = new Map<string, RollUpRow>();
  for (const e of exceptions) {
    const name = e.directorate || 'No directorate';
    const row = rows.get(name) ?? { id: name, name, counts: { total: 0 } as RatingCounts };
    const counts = row.counts as Record<string, number>;
    counts[e.rating.state] = (counts[e.rating.state] ?? 0) + 1;
    counts.total = (counts.total ?? 0) + 1;
    rows.set(name, row);
  }
  return [...rows.values()].sort((a, b) => b.counts.total - a.counts.total);
}

export function ExceptionsChart({ exceptions }: { exceptions: readonly DashboardException[] }) {
  return (
    <RatingChart
      rows={exceptionsByDirectorate(exceptions)}
      title="Exceptions by directorate and rating"
      nameHeader="Directorate"
      beside
    />
  );
}
