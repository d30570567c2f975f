import { Field, Select } from '@fluentui/react-components';
import type { Period } from '../../../shared/api/index.js';

export interface PeriodPickerProps {
  periods: Period[];
  value: string;
  onChange: (key: string) => void;
}

export function PeriodPicker({ periods, value, onChange }: PeriodPickerProps) {
  const known = periods.some((p) => p.key === value);
  return (
    <Field label="Month">
      <Select id="dashboard-period" value={value} onChange={(_, d) => onChange(d.value)}>
        {!known && <option value={value}>{value}</option>}
        {periods.map((p) => (
          <option key={p.key} value={p.key}>
            {p.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
