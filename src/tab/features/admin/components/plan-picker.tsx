// Choosing which plan to set up (a corporate plan, a service plan): a bar holding the choice and
// the page's buttons, where a long plan name never pushes the side panel (320 px) sideways.
import { Field, Select, makeStyles } from '@fluentui/react-components';

export const useBarStyles = makeStyles({
  bar: { display: 'flex', gap: '12px', alignItems: 'end', flexWrap: 'wrap', marginBottom: '8px' },
  pick: { flex: '0 1 480px', minWidth: 0, maxWidth: '100%', gridTemplateColumns: 'minmax(0, 1fr)' },
  select: { minWidth: 0, maxWidth: '100%' },
});

export function PlanPicker({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: string;
  choices: { id: string; label: string }[];
  onChange: (id: string) => void;
}) {
  const styles = useBarStyles();
  return (
    <Field label={label} className={styles.pick}>
      <Select className={styles.select} value={value} onChange={(_e, d) => onChange(d.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
