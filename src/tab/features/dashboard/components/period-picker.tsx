import type { Period } from '../../../shared/api/index.js';
import { PeriodSelect } from '../../../shared/components/index.js';

export interface PeriodPickerProps {
  periods: Period[];
  value: string;
  onChange: (key: string) => void;
}

export function PeriodPicker({ periods, value, onChange }: PeriodPickerProps) {
  return (
    <PeriodSelect
      id="dashboard-period"
      label="Month"
      periods={periods}
      value={value}
      onChange={onChange}
    />
  );
}
