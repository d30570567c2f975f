// A period picker (month, quarter or year) over choices from getPeriodChoices, labelled as people
// read periods (`Nov 2025`, `Q2 2025/26`, `2025/26`). A value not among the choices (an older
// period from a link) is still shown, so the page never silently picks something else.
import { Field, Select } from '@fluentui/react-components';
import type { Period } from '../api/index.js';
import { formatPeriodKey } from '../format/index.js';

export interface PeriodSelectProps {
  id: string;
  label: string;
  periods: readonly Period[];
  value: string;
  onChange: (key: string) => void;
  /** Shown after the label of a period that has not ended yet, e.g. "so far". */
  inProgress?: (p: Period) => string | null;
}

export function PeriodSelect({
  id,
  label,
  periods,
  value,
  onChange,
  inProgress,
}: PeriodSelectProps) {
  const known = periods.some((p) => p.key === value);
  return (
    <Field label={label}>
      <Select id={id} value={value} onChange={(_, d) => onChange(d.value)}>
        {!known && <option value={value}>{formatPeriodKey(value)}</option>}
        {periods.map((p) => {
          const note = inProgress?.(p);
          return (
            <option key={p.key} value={p.key}>
              {note ? `${p.label} (${note})` : p.label}
            </option>
          );
        })}
      </Select>
    </Field>
  );
}
