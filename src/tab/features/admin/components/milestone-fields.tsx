// A key action's milestones: a title and a date each, done or not; add and remove rows.
import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { UkDateField } from '../../../shared/components/index.js';
import type { KeyActionInput } from '../api/index.js';
import { rowEditor } from './row-editor.js';

type Milestone = KeyActionInput['milestones'][number];

const useStyles = makeStyles({
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 12px',
    margin: 0,
    display: 'grid',
    gap: '8px',
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' },
});

export function MilestoneFields({
  value,
  onChange,
  problems,
}: {
  value: Milestone[];
  onChange: (m: Milestone[]) => void;
  problems: Record<string, string>;
}) {
  const styles = useStyles();
  const rows = rowEditor(value, onChange);
  const put = rows.change;
  return (
    <fieldset className={styles.group}>
      <legend>Milestones</legend>
      {value.map((m, i) => (
        <div key={i} className={styles.row}>
          <Field label={`Milestone ${i + 1}`} validationMessage={problems[`milestones.${i}.title`]}>
            <Input value={m.title} onChange={(_e, d) => put(i, { title: d.value })} />
          </Field>
          <UkDateField
            label={`Milestone ${i + 1} date`}
            value={m.dueDate || null}
            onChange={(iso) => put(i, { dueDate: iso ?? '' })}
            error={problems[`milestones.${i}.dueDate`]}
          />
          <Checkbox
            label="Done"
            checked={m.done}
            onChange={(_e, d) => put(i, { done: d.checked === true })}
          />
          <Button
            size="small"
            onClick={() => rows.remove(i)}
            aria-label={`Remove milestone ${i + 1}`}
          >
            Remove
          </Button>
        </div>
      ))}
      <div>
        <Button size="small" onClick={() => rows.add({ title: '', dueDate: '', done: false })}>
          Add a milestone
        </Button>
      </div>
    </fieldset>
  );
}
