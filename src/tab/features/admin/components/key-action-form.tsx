// Add or edit a key action: what it is, who owns it, its dates and milestones, the objectives it
// serves (or business as usual) and whether it is a corporate project for the Programme Board.
import {
  Checkbox,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { UkDateField } from '../../../shared/components/index.js';
import type { AdminKeyAction, KeyActionInput, PlanOptions } from '../api/index.js';
import { FailureBar, FormButtons, OptionField, useFormStyles } from './form-parts.js';
import { MilestoneFields } from './milestone-fields.js';
import { useSaveForm } from './use-save-form.js';

export type KeyActionValues = Omit<KeyActionInput, 'servicePlanId'>;

const useStyles = makeStyles({
  // Wider than the other forms: the objectives' names are long.
  wide: { maxWidth: '720px' },
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 12px',
    margin: 0,
  },
  objectives: { display: 'grid', maxHeight: '240px', overflowY: 'auto' },
});

const FREQUENCIES: [KeyActionInput['updateFrequency'], string][] = [
  ['quarterly', 'Quarterly'],
  ['monthly', 'Monthly'],
  ['half-yearly', 'Half-yearly'],
  ['annual', 'Annual'],
];

function valuesOf(a: AdminKeyAction | null, ownerId: string): KeyActionValues {
  return {
    code: a?.code ?? '',
    title: a?.title ?? '',
    description: a?.description ?? '',
    objectiveIds: a?.objectiveIds ?? [],
    businessAsUsual: a?.businessAsUsual ?? false,
    corporateProject: a?.corporateProject ?? false,
    ownerId: a?.ownerId ?? ownerId,
    startDate: a?.startDate ?? null,
    dueDate: a?.dueDate ?? '',
    milestones: a?.milestones ?? [],
    updateFrequency: a?.updateFrequency ?? 'quarterly',
  };
}

export function KeyActionForm({
  options,
  current,
  defaultOwnerId,
  onSave,
  onCancel,
}: {
  options: PlanOptions;
  current: AdminKeyAction | null;
  defaultOwnerId: string;
  onSave: (values: KeyActionValues) => Promise<void>;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const formStyles = useFormStyles();
  const {
    values: v,
    set,
    failure,
    problems: p,
    submit,
  } = useSaveForm<KeyActionValues>(
    () => valuesOf(current, defaultOwnerId),
    (values) =>
      onSave({
        ...values,
        code: values.code.trim(),
        title: values.title.trim(),
        objectiveIds: values.businessAsUsual ? [] : values.objectiveIds,
      }),
  );
  // Offered: the current plan's objectives still in use, and any the action already serves.
  const offered = options.objectives.filter(
    (o) =>
      v.objectiveIds.includes(o.id) ||
      (!o.retired && (o.planId === options.currentPlanId || !options.currentPlanId)),
  );
  const objectiveProblem =
    p.objectiveIds ?? Object.entries(p).find(([k]) => k.startsWith('objectiveIds.'))?.[1];
  return (
    <form
      className={mergeClasses(formStyles.form, styles.wide)}
      aria-label={current ? `Edit ${current.code} ${current.title}` : 'Add a key action'}
      noValidate
      onSubmit={(ev) => void submit(ev)}
    >
      <Field label="Code" hint="Unique, like WR-KA7" required validationMessage={p.code}>
        <Input value={v.code} onChange={(_e, d) => set('code', d.value)} />
      </Field>
      <Field label="Title" required validationMessage={p.title}>
        <Input value={v.title} onChange={(_e, d) => set('title', d.value)} />
      </Field>
      <Field label="Description" validationMessage={p.description}>
        <Textarea value={v.description} onChange={(_e, d) => set('description', d.value)} />
      </Field>
      <OptionField
        label="Owner"
        value={v.ownerId}
        options={options.people}
        problem={p.ownerId}
        onChange={(id) => set('ownerId', id)}
      />
      <UkDateField
        label="Start date"
        value={v.startDate}
        onChange={(iso) => set('startDate', iso)}
        error={p.startDate}
      />
      <UkDateField
        label="Due date"
        required
        value={v.dueDate || null}
        onChange={(iso) => set('dueDate', iso ?? '')}
        error={p.dueDate}
      />
      <Field label="Progress updates" validationMessage={p.updateFrequency}>
        <Select
          value={v.updateFrequency}
          onChange={(_e, d) =>
            set('updateFrequency', d.value as KeyActionValues['updateFrequency'])
          }
        >
          {FREQUENCIES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label="Corporate project (reported to the Programme Board)"
        checked={v.corporateProject}
        onChange={(_e, d) => set('corporateProject', d.checked === true)}
      />
      <Checkbox
        label="Business as usual (serves no corporate objective)"
        checked={v.businessAsUsual}
        onChange={(_e, d) => set('businessAsUsual', d.checked === true)}
      />
      {!v.businessAsUsual && (
        <fieldset className={styles.group}>
          <legend>Objectives it serves</legend>
          {objectiveProblem && <p role="alert">{objectiveProblem}</p>}
          <div className={styles.objectives}>
            {offered.map((o) => (
              <Checkbox
                key={o.id}
                label={o.retired ? `${o.label} (retired)` : o.label}
                checked={v.objectiveIds.includes(o.id)}
                onChange={(_e, d) =>
                  set(
                    'objectiveIds',
                    d.checked
                      ? [...v.objectiveIds, o.id]
                      : v.objectiveIds.filter((x) => x !== o.id),
                  )
                }
              />
            ))}
          </div>
        </fieldset>
      )}
      <MilestoneFields value={v.milestones} onChange={(m) => set('milestones', m)} problems={p} />
      <FailureBar failure={failure} />
      <FormButtons
        saveLabel={current ? 'Save the key action' : 'Add the key action'}
        onCancel={onCancel}
      />
    </form>
  );
}
