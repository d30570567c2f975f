// The edition picker: the editions of the council's cadence so far (the history), newest first,
// and the date shown when it is not one of them (a date typed into the address, or today).
import { Field, Select } from '@fluentui/react-components';
import type { EditionsView } from '../api/get-strategic-dashboard.js';

export interface EditionSelectProps {
  id: string;
  editions: EditionsView['editions'];
  /** YYYY-MM-DD shown. */
  value: string;
  /** Today (YYYY-MM-DD), offered as "Today" beside the editions; absent: editions only. */
  today?: { date: string; text: string };
  onChange: (asAt: string) => void;
}

export function EditionSelect({ id, editions, value, today, onChange }: EditionSelectProps) {
  const known = editions.some((e) => e.date === value) || today?.date === value;
  return (
    <Field label="Edition">
      <Select id={id} value={value} onChange={(_, d) => onChange(d.value)}>
        {today && !editions.some((e) => e.date === today.date) && (
          <option value={today.date}>Today, {today.text}</option>
        )}
        {!known && <option value={value}>As at {value.split('-').reverse().join('/')}</option>}
        {editions.map((e, i) => (
          <option key={e.date} value={e.date}>
            {`Edition of ${e.text}${i === 0 ? ' (latest)' : ''}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
