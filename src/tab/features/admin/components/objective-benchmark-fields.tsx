// The indicator form's links outward: the corporate plan objectives it evidences (the golden
// thread) and the benchmarks it is compared with (England average, nearest neighbours).
import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { AdminOptions, IndicatorInput } from '../api/index.js';
import { rowEditor } from './row-editor.js';

type Benchmark = IndicatorInput['benchmarks'][number];

const useStyles = makeStyles({
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 12px',
    margin: 0,
  },
  objectives: { display: 'grid', gap: '0', maxHeight: '240px', overflowY: 'auto' },
  row: {
    display: 'grid',
    gridTemplateColumns: '2fr 1fr 2fr 1fr auto',
    gap: '8px',
    alignItems: 'end',
    marginBottom: '8px',
  },
});

export function ObjectiveFields({
  value,
  options,
  onChange,
  problem,
}: {
  value: string[];
  options: AdminOptions;
  onChange: (ids: string[]) => void;
  problem?: string;
}) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend>Objectives it evidences</legend>
      {problem && <p role="alert">{problem}</p>}
      <div className={styles.objectives}>
        {options.objectives.map((o) => (
          <Checkbox
            key={o.id}
            label={o.label}
            checked={value.includes(o.id)}
            onChange={(_e, d) =>
              onChange(d.checked ? [...value, o.id] : value.filter((id) => id !== o.id))
            }
          />
        ))}
      </div>
    </fieldset>
  );
}

const EMPTY: Benchmark = { comparator: '', value: 0, source: '', year: '' };

export function BenchmarkFields({
  value,
  onChange,
  problems,
}: {
  value: Benchmark[];
  onChange: (b: Benchmark[]) => void;
  problems: Record<string, string>;
}) {
  const styles = useStyles();
  const rows = rowEditor(value, onChange);
  const change = rows.change;
  const problemOf = (i: number, key: keyof Benchmark) =>
    problems[`benchmarks.${i}.${key}`] ?? problems[`benchmarks[${i}].${key}`];
  return (
    <fieldset className={styles.group}>
      <legend>Benchmarks</legend>
      {problems.benchmarks && <p role="alert">{problems.benchmarks}</p>}
      {value.map((b, i) => {
        const n = i + 1;
        return (
          <div key={i} className={styles.row} role="group" aria-label={`Benchmark ${n}`}>
            <Field label={`Comparator ${n}`} validationMessage={problemOf(i, 'comparator')}>
              <Input
                value={b.comparator}
                onChange={(_e, d) => change(i, { comparator: d.value })}
              />
            </Field>
            <Field label={`Value ${n}`} validationMessage={problemOf(i, 'value')}>
              <Input
                inputMode="decimal"
                value={String(b.value)}
                onChange={(_e, d) => change(i, { value: Number(d.value.replace(/,/g, '')) })}
              />
            </Field>
            <Field label={`Source ${n}`} validationMessage={problemOf(i, 'source')}>
              <Input value={b.source} onChange={(_e, d) => change(i, { source: d.value })} />
            </Field>
            <Field label={`Year ${n}`} hint="Like 2024/25" validationMessage={problemOf(i, 'year')}>
              <Input value={b.year} onChange={(_e, d) => change(i, { year: d.value })} />
            </Field>
            <Button onClick={() => rows.remove(i)} aria-label={`Remove benchmark ${n}`}>
              Remove
            </Button>
          </div>
        );
      })}
      <Button onClick={() => rows.add(EMPTY)}>Add a benchmark</Button>
    </fieldset>
  );
}
