// Corrective actions being written (a new plan, or added to an open one): a short list of rows, each
// a thing to do and the date it is due, added and removed one at a time.
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import { UkDateField } from '../../../shared/components/index.js';
import type { NewCorrectiveAction } from '../api/index.js';

const useStyles = makeStyles({
  list: { display: 'grid', gap: '8px', margin: 0, padding: 0, listStyle: 'none' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(140px, 1fr) auto',
    gap: '8px',
    alignItems: 'start',
    '@media (max-width: 560px)': { gridTemplateColumns: '1fr' },
  },
  remove: { marginTop: '26px', '@media (max-width: 560px)': { marginTop: 0 } },
});

export interface ActionRow {
  key: number;
  title: string;
  /** YYYY-MM-DD, or '' while the date typed is not one. */
  dueDate: string;
}

export type RowErrors = Record<number, { title?: string; dueDate?: string }>;

/** What is wrong with each row, by its key; empty when every row is complete. */
export function rowErrors(rows: readonly ActionRow[]): RowErrors {
  const found: RowErrors = {};
  for (const r of rows) {
    const e: { title?: string; dueDate?: string } = {};
    if (!r.title.trim()) e.title = 'Say what is to be done, or remove this action';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.dueDate)) e.dueDate = 'Enter the date it is due, dd/mm/yyyy';
    if (e.title || e.dueDate) found[r.key] = e;
  }
  return found;
}

export function toCorrectiveActions(rows: readonly ActionRow[]): NewCorrectiveAction[] {
  return rows.map((r) => ({ title: r.title.trim(), dueDate: r.dueDate }));
}

let nextKey = 1;

export interface CorrectiveActionRowsProps {
  rows: ActionRow[];
  onChange: (rows: ActionRow[]) => void;
  errors: RowErrors;
  /** Names the list for screen readers, e.g. "New corrective actions". */
  label: string;
}

export function CorrectiveActionRows({ rows, onChange, errors, label }: CorrectiveActionRowsProps) {
  const styles = useStyles();
  const change = (key: number, part: Partial<ActionRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...part } : r)));
  return (
    <div>
      {rows.length > 0 && (
        <ol className={styles.list} aria-label={label}>
          {rows.map((r, i) => (
            <li key={r.key} className={styles.row}>
              <Field
                label={`Corrective action ${i + 1}`}
                required
                validationMessage={errors[r.key]?.title}
              >
                <Input value={r.title} onChange={(_, d) => change(r.key, { title: d.value })} />
              </Field>
              <UkDateField
                label={`Action ${i + 1} due by`}
                required
                value={r.dueDate || null}
                onChange={(iso) => change(r.key, { dueDate: iso ?? '' })}
                error={errors[r.key]?.dueDate}
              />
              <Button
                className={styles.remove}
                onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
                aria-label={`Remove corrective action ${i + 1}`}
              >
                Remove
              </Button>
            </li>
          ))}
        </ol>
      )}
      <Button
        style={{ marginTop: rows.length ? '8px' : 0 }}
        onClick={() => onChange([...rows, { key: nextKey++, title: '', dueDate: '' }])}
      >
        Add a corrective action
      </Button>
    </div>
  );
}
