// Set-up › Corporate plans: choose a plan (the current one first), add a plan, edit it, make it
// current; its priorities and objectives are edited in the outline below. An earlier plan is shown
// read-only: it stays as it was, with its history.
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import {
  ErrorBar,
  InfoBar,
  Loading,
  StatusNotice,
  useLoad,
  usePageStyles,
  type Notice,
} from '../../../shared/components/index.js';
import { planAdminApi, type AdminPlan } from '../api/index.js';
import { PlanItemForm, textOf, type ItemField, type ItemValues } from './plan-item-form.js';
import { PlanOutline } from './plan-outline.js';
import { PlanPicker, useBarStyles } from './plan-picker.js';
import { saveFailure } from './problems.js';

const PLAN_FIELDS: ItemField[] = [
  { key: 'code', label: 'Code', hint: 'Unique, like CBP', required: true },
  { key: 'title', label: 'Title', hint: 'e.g. Corporate Business Plan', required: true },
  { key: 'firstYear', label: 'First financial year', hint: 'like 2024/25', required: true },
  { key: 'lastYear', label: 'Last financial year', hint: 'like 2027/28', required: true },
  { key: 'vision', label: 'Vision', kind: 'textarea' },
];

const planInput = (v: ItemValues) => ({
  code: textOf(v, 'code'),
  title: textOf(v, 'title'),
  firstYear: textOf(v, 'firstYear'),
  lastYear: textOf(v, 'lastYear'),
  vision: textOf(v, 'vision'),
});

/** Earlier = not current and ending before the current plan starts (as the server decides). */
export function isEarlier(plan: AdminPlan, plans: AdminPlan[]): boolean {
  const current = plans.find((p) => p.current);
  return !plan.current && !!current && plan.lastYear < current.firstYear;
}

export function CorporatePlansAdmin() {
  const styles = useBarStyles();
  const page = usePageStyles();
  const data = useLoad(
    () => Promise.all([planAdminApi.plans(), planAdminApi.priorities(), planAdminApi.objectives()]),
    [],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  if (data.error) return <ErrorBar>Could not load the plans: {data.error.message}</ErrorBar>;
  if (!data.data) return <Loading label="Loading the corporate plans" />;
  const [plans, priorities, objectives] = data.data;
  const plan = plans.find((p) => p.id === chosen) ?? plans.find((p) => p.current) ?? plans[0];
  const done = (text: string) => {
    setNotice({ ok: true, text });
    setAdding(false);
    setEditing(false);
    data.reload();
  };
  const failed = (e: unknown) => setNotice({ ok: false, text: saveFailure(e).message ?? '' });
  const earlier = plan ? isEarlier(plan, plans) : false;
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading" className={page.h2}>
        Corporate plans
      </h2>
      <div className={styles.bar}>
        {plans.length > 0 && (
          <PlanPicker
            label="Plan"
            value={plan?.id ?? ''}
            choices={plans.map((p) => ({
              id: p.id,
              label: `${p.title} (${p.firstYear}–${p.lastYear})${p.current ? ', current' : ''}`,
            }))}
            onChange={setChosen}
          />
        )}
        <Button onClick={() => setAdding(true)}>Add a plan</Button>
      </div>
      <StatusNotice notice={notice} />
      {adding && (
        <PlanItemForm
          label="Add a corporate plan"
          fields={[...PLAN_FIELDS, { key: 'current', label: 'The current plan', kind: 'checkbox' }]}
          initial={{ current: plans.length === 0 }}
          saveLabel="Add the plan"
          onCancel={() => setAdding(false)}
          onSave={async (v) => {
            const saved = await planAdminApi.createPlan({
              ...planInput(v),
              current: v.current === true,
            });
            setChosen(saved.id);
            done(`${saved.title} added.`);
          }}
        />
      )}
      {!plan && !adding && (
        <InfoBar>No corporate plan yet: add the council’s plan to begin.</InfoBar>
      )}
      {plan && (
        <>
          <h3 className={page.h3}>
            {plan.code} {plan.title}, {plan.firstYear} to {plan.lastYear}
          </h3>
          {plan.current && <InfoBar>This is the current plan.</InfoBar>}
          {earlier && (
            <InfoBar intent="warning">
              This is an earlier plan: it is kept as it was, with its history, and cannot be
              changed.
            </InfoBar>
          )}
          {!earlier && !editing && (
            <div className={styles.bar}>
              <Button onClick={() => setEditing(true)}>Edit the plan</Button>
              {!plan.current && (
                <Button
                  onClick={() =>
                    planAdminApi
                      .makeCurrent(plan.id, plan.version)
                      .then(() => done(`${plan.title} is now the current plan.`), failed)
                  }
                >
                  Make this the current plan
                </Button>
              )}
            </div>
          )}
          {editing && (
            <PlanItemForm
              key={plan.version}
              label={`Edit ${plan.title}`}
              fields={PLAN_FIELDS}
              initial={{
                code: plan.code,
                title: plan.title,
                firstYear: plan.firstYear,
                lastYear: plan.lastYear,
                vision: plan.vision,
              }}
              saveLabel="Save the plan"
              onCancel={() => setEditing(false)}
              onSave={async (v) => {
                await planAdminApi.updatePlan(plan.id, plan.version, planInput(v));
                done(`${textOf(v, 'title')} saved.`);
              }}
            />
          )}
          <PlanOutline
            plan={plan}
            readOnly={earlier}
            priorities={priorities.filter((p) => p.planId === plan.id)}
            objectives={objectives}
            onDone={done}
            onFailed={failed}
          />
        </>
      )}
    </section>
  );
}
