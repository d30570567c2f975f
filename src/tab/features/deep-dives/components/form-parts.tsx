// What the deep-dive forms share: their layout (one column that never widens a 320 px panel), and
// choosing a lead officer and a due date, each with the server's message for its field.
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { UkDateField } from '../../../shared/components/index.js';
import type { PersonRef } from '../../../../api/index.js';
import type { useSend } from './use-send.js';

export const useFormStyles = makeStyles({
  form: { display: 'grid', gap: '12px', maxWidth: '48rem', gridTemplateColumns: 'minmax(0, 1fr)' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  // A native select is as wide as its longest option: held to the form's width instead.
  fit: { width: '100%', minWidth: 0, '& select': { width: '100%', minWidth: 0 } },
  field: { minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
});

type FieldOf = ReturnType<typeof useSend>['field'];

export function LeadAndDueDate({
  leads,
  lead,
  onLead,
  due,
  onDue,
  field,
  gone,
}: {
  leads: PersonRef[];
  lead: string;
  onLead: (id: string) => void;
  due: string | null;
  onDue: (iso: string | null) => void;
  field: FieldOf;
  /** The lead now, when they have left the council: shown so the team knows to choose another. */
  gone?: PersonRef;
}) {
  const s = useFormStyles();
  return (
    <>
      <Field
        className={s.field}
        label="Lead officer"
        required
        hint={gone ? `${gone.name} has left the council: choose another lead` : undefined}
        {...field('leadOfficerId')}
      >
        <Select className={s.fit} value={lead} onChange={(_, d) => onLead(d.value)}>
          {gone && <option value={gone.id}>{gone.name} (has left)</option>}
          {leads.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <UkDateField
        label="Due date"
        value={due}
        onChange={onDue}
        required
        error={field('dueDate').validationMessage}
      />
    </>
  );
}
