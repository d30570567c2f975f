// Set-up › Service plans: the performance team sees every service plan, a service head their own.
// Pick a plan, edit or retire it, set up its key actions, and start next year's plan from it.
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../../shared/api/index.js';
import {
  ErrorBar,
  InfoBar,
  Loading,
  StatusNotice,
  useLoad,
  usePageStyles,
  type Notice,
} from '../../../shared/components/index.js';
import { planAdminApi } from '../api/index.js';
import { KeyActionCheckSetting } from './key-action-check-setting.js';
import { KeyActionsAdmin } from './key-actions-admin.js';
import { NextYearPanel } from './next-year-panel.js';
import { PlanPicker, useBarStyles } from './plan-picker.js';
import { saveFailure } from './problems.js';
import { ServicePlanForm } from './service-plan-form.js';

export function ServicePlansAdmin({ meId, isAdmin }: { meId: string; isAdmin: boolean }) {
  const styles = useBarStyles();
  const page = usePageStyles();
  const data = useLoad(
    () => Promise.all([planAdminApi.servicePlans(), planAdminApi.options()]),
    [],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const [form, setForm] = useState<'new' | 'edit' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  if (data.error instanceof ApiError && data.error.status === 403)
    return (
      <InfoBar intent="warning">
        Service plans are set up by the performance team and by each service’s head.
      </InfoBar>
    );
  if (data.error)
    return <ErrorBar>Could not load the service plans: {data.error.message}</ErrorBar>;
  if (!data.data) return <Loading label="Loading the service plans" />;
  const [plans, options] = data.data;
  const newest = [...plans].sort((a, b) => b.year.localeCompare(a.year))[0];
  const plan = plans.find((p) => p.id === chosen) ?? newest;
  const done = (text: string, id?: string) => {
    setNotice({ ok: true, text });
    setForm(null);
    if (id) setChosen(id);
    data.reload();
  };
  return (
    <section aria-labelledby="service-plans-heading">
      <h2 id="service-plans-heading" className={page.h2}>
        Service plans
      </h2>
      {isAdmin && <KeyActionCheckSetting />}
      <div className={styles.bar}>
        {plans.length > 0 && (
          <PlanPicker
            label="Service plan"
            value={plan?.id ?? ''}
            choices={plans.map((p) => ({
              id: p.id,
              label: `${p.code} ${p.title}${p.retired ? ' (retired)' : ''}`,
            }))}
            onChange={setChosen}
          />
        )}
        <Button onClick={() => setForm('new')}>Add a service plan</Button>
      </div>
      <StatusNotice notice={notice} />
      {form === 'new' && (
        <ServicePlanForm
          options={options}
          current={null}
          defaultOwnerId={meId}
          onCancel={() => setForm(null)}
          onSave={async (input) => {
            const saved = await planAdminApi.createServicePlan(input);
            done(`${saved.title} added.`, saved.id);
          }}
        />
      )}
      {!plan && form !== 'new' && <InfoBar>No service plans yet.</InfoBar>}
      {plan && (
        <>
          <h3 className={page.h3}>
            {plan.code} {plan.title}
            {plan.retired && ' (retired)'}
          </h3>
          {form === 'edit' ? (
            <ServicePlanForm
              key={plan.version}
              options={options}
              current={plan}
              defaultOwnerId={meId}
              onCancel={() => setForm(null)}
              onSave={async (input) => {
                await planAdminApi.updateServicePlan(plan.id, plan.version, input);
                done(`${input.title} saved.`);
              }}
            />
          ) : (
            <div className={styles.bar}>
              <Button onClick={() => setForm('edit')}>Edit the service plan</Button>
              <Button
                onClick={() =>
                  planAdminApi.retireServicePlan(plan.id, plan.version, !plan.retired).then(
                    () => done(`${plan.code} ${plan.retired ? 'reinstated' : 'retired'}.`),
                    (e: unknown) => setNotice({ ok: false, text: saveFailure(e).message ?? '' }),
                  )
                }
              >
                {plan.retired ? 'Reinstate the service plan' : 'Retire the service plan'}
              </Button>
            </div>
          )}
          <KeyActionsAdmin key={plan.id} plan={plan} options={options} meId={meId} />
          <NextYearPanel
            key={`next-${plan.id}`}
            plan={plan}
            onStarted={(text, id) => done(text, id)}
          />
        </>
      )}
    </section>
  );
}
