// The register's filters. Each change writes the address (risk-route.ts), so the filtered register
// is a link and the back button undoes a filter.
import { Checkbox, Field, Select, makeStyles } from '@fluentui/react-components';
import type { RiskFilterRoute } from '../../../app/risk-route.js';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: '8px 24px', alignItems: 'end' },
  select: { minWidth: '10rem' },
});

const STATUSES = ['open', 'treated', 'closed'] as const;

export function RiskFilters({
  filters,
  categories,
  onChange,
}: {
  filters: RiskFilterRoute;
  categories: readonly string[];
  onChange: (next: RiskFilterRoute) => void;
}) {
  const s = useStyles();
  const set = (patch: Partial<RiskFilterRoute>) => onChange({ ...filters, ...patch });
  return (
    <fieldset className={s.bar} style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
      <legend>Filter the register</legend>
      <Field label="Status" className={s.select}>
        <Select
          value={filters.status ?? ''}
          onChange={(_, d) => set({ status: d.value || undefined })}
        >
          <option value="">Any status</option>
          {STATUSES.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Category" className={s.select}>
        <Select
          value={filters.category ?? ''}
          onChange={(_, d) => set({ category: d.value || undefined })}
        >
          <option value="">Any category</option>
          {categories.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label="Above tolerance"
        checked={!!filters.aboveTolerance}
        onChange={(_, d) => set({ aboveTolerance: d.checked === true || undefined })}
      />
      <Checkbox
        label="Review overdue"
        checked={!!filters.reviewOverdue}
        onChange={(_, d) => set({ reviewOverdue: d.checked === true || undefined })}
      />
    </fieldset>
  );
}
