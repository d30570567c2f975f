// The golden thread's filters: directorate, service, portfolio and priority, as native selects
// (keyboard and screen reader friendly), each offering only what the council has.
import { Field, Select, makeStyles, type GriffelStyle } from '@fluentui/react-components';
import type { IndicatorSummary, ThreadNode } from '../../../shared/api/index.js';
import type { ThreadFilters } from './filter-by-organisation.js';

/**
 * Native selects are as wide as their longest option (a priority's whole title): in a 320 px side
 * panel they must shrink to the panel instead of widening the page. For any row of fields.
 */
export const FIT_TO_PANEL: GriffelStyle = {
  maxWidth: '100%',
  '& .fui-Field': { minWidth: 0, maxWidth: '100%', gridTemplateColumns: 'minmax(0, 1fr)' },
  '& .fui-Select': { maxWidth: '100%', minWidth: 0 },
  '& select': { maxWidth: '100%', minWidth: 0, textOverflow: 'ellipsis' },
};

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'flex-end', ...FIT_TO_PANEL },
  field: { minWidth: '200px' },
  select: { minWidth: 0 },
});

type Choice = [id: string, name: string];

function distinct(pairs: Choice[]): Choice[] {
  const map = new Map(pairs.filter(([id, name]) => id && name));
  return [...map].sort((a, b) => a[1].localeCompare(b[1], 'en-GB'));
}

export function choicesFor(list: readonly IndicatorSummary[], tree: ThreadNode | null) {
  return {
    directorate: distinct(list.map((i) => [i.directorateId, i.directorateName])),
    service: distinct(list.map((i) => [i.serviceId ?? '', i.serviceName])),
    portfolio: distinct(list.map((i) => [i.portfolioId, i.portfolioName])),
    priority: (tree?.children ?? [])
      .filter((c) => c.kind === 'priority')
      .map((c): Choice => [c.id, `${c.code} ${c.title}`.trim()]),
  };
}

const LABELS: Record<keyof ThreadFilters, string> = {
  directorate: 'Directorate',
  service: 'Service',
  portfolio: 'Portfolio',
  priority: 'Priority',
};

export function ThreadFiltersBar({
  choices,
  value,
  onChange,
}: {
  choices: Record<keyof ThreadFilters, Choice[]>;
  value: ThreadFilters;
  onChange: (next: ThreadFilters) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label="Filter the golden thread">
      {(Object.keys(LABELS) as (keyof ThreadFilters)[]).map((key) => (
        <Field key={key} label={LABELS[key]} className={styles.field}>
          <Select
            className={styles.select}
            value={value[key]}
            onChange={(_, d) => onChange({ ...value, [key]: d.value })}
          >
            <option value="">All</option>
            {choices[key].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
