// Passing an off-target figure asks which plan answers it (issue 14): one of the indicator's open
// plans, to update, or a new one. Nothing is chosen for the checker, and an overdue plan says so in
// its option, so an old plan is never used without the checker seeing it.
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { ActionPlanView } from '../api/index.js';

/** The choice's value for a new plan; any other value is an open plan's id. */
export const NEW_PLAN = 'new';

/** The plan's one-line label, as the server words it for every channel. */
export function optionText(plan: ActionPlanView): string {
  return plan.label;
}

export interface PlanChoiceProps {
  /** e.g. "PI01 for Oct 2025", to name the group. */
  what: string;
  plans: readonly ActionPlanView[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

export function PlanChoice({ what, plans, value, onChange, error }: PlanChoiceProps) {
  return (
    <Field
      label={`Which action plan answers ${what}?`}
      required
      validationMessage={error}
      hint="Update an open plan, or write a new plan."
    >
      <RadioGroup value={value} onChange={(_, d) => onChange(d.value)}>
        {plans.map((p) => (
          <Radio key={p.id} value={p.id} label={`Update an open plan: ${optionText(p)}`} />
        ))}
        <Radio value={NEW_PLAN} label="Write a new plan" />
      </RadioGroup>
    </Field>
  );
}
