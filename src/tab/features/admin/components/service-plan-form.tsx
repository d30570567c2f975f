// Add or edit a service plan: its code, title, service, financial year and owner.
import { Field, Input } from '@fluentui/react-components';
import { ErrorBar } from '../../../shared/components/index.js';
import type { AdminServicePlan, PlanOptions, ServicePlanInput } from '../api/index.js';
import { FormButtons, OptionField, useFormStyles } from './form-parts.js';
import { useSaveForm } from './use-save-form.js';

export function ServicePlanForm({
  options,
  current,
  defaultOwnerId,
  onSave,
  onCancel,
}: {
  options: PlanOptions;
  current: AdminServicePlan | null;
  defaultOwnerId: string;
  onSave: (input: ServicePlanInput) => Promise<void>;
  onCancel: () => void;
}) {
  const styles = useFormStyles();
  const {
    values: v,
    set,
    failure,
    problems: p,
    submit,
  } = useSaveForm<ServicePlanInput>(
    current ?? {
      code: '',
      title: '',
      serviceId: options.services[0]?.id ?? '',
      year: '',
      ownerId: defaultOwnerId,
    },
    ({ code, title, serviceId, year, ownerId }) =>
      onSave({ code: code.trim(), title: title.trim(), serviceId, year: year.trim(), ownerId }),
  );
  return (
    <form
      className={styles.form}
      aria-label={current ? `Edit ${current.title}` : 'Add a service plan'}
      noValidate
      onSubmit={(ev) => void submit(ev)}
    >
      <Field label="Code" hint="Unique, like WR-2026/27" required validationMessage={p.code}>
        <Input value={v.code} onChange={(_e, d) => set('code', d.value)} />
      </Field>
      <Field label="Title" required validationMessage={p.title}>
        <Input value={v.title} onChange={(_e, d) => set('title', d.value)} />
      </Field>
      <OptionField
        label="Service"
        value={v.serviceId}
        options={options.services}
        problem={p.serviceId}
        onChange={(id) => set('serviceId', id)}
      />
      <Field label="Financial year" hint="like 2026/27" required validationMessage={p.year}>
        <Input value={v.year} onChange={(_e, d) => set('year', d.value)} />
      </Field>
      <OptionField
        label="Owner"
        value={v.ownerId}
        options={options.people}
        problem={p.ownerId}
        onChange={(id) => set('ownerId', id)}
      />
      {failure?.message && <ErrorBar>{failure.message}</ErrorBar>}
      <FormButtons
        saveLabel={current ? 'Save the service plan' : 'Add the service plan'}
        onCancel={onCancel}
      />
    </form>
  );
}
