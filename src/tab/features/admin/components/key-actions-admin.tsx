// The key actions of one service plan: a list with each one's owner, due date and progress, and
// inline forms to add and edit them; retiring keeps the action and its updates.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  ErrorBar,
  Loading,
  StatusNotice,
  useLoad,
  usePageStyles,
  type Notice,
} from '../../../shared/components/index.js';
import { formatDate } from '../../../shared/format/index.js';
import { planAdminApi, type AdminServicePlan, type PlanOptions } from '../api/index.js';
import { KeyActionForm } from './key-action-form.js';
import { STATUS_WORDS } from './next-year-panel.js';
import { saveFailure } from './problems.js';

const useStyles = makeStyles({
  section: { marginTop: '16px' },
  list: { listStyle: 'none', padding: 0, margin: '0 0 12px', display: 'grid', gap: '8px' },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 12px',
  },
  name: { margin: '0 0 4px', fontWeight: tokens.fontWeightSemibold },
  meta: { margin: '0 0 4px', color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
});

export function KeyActionsAdmin({
  plan,
  options,
  meId,
}: {
  plan: AdminServicePlan;
  options: PlanOptions;
  meId: string;
}) {
  const styles = useStyles();
  const page = usePageStyles();
  const actions = useLoad(() => planAdminApi.keyActions(plan.id), [plan.id]);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  if (actions.error)
    return <ErrorBar>Could not load the key actions: {actions.error.message}</ErrorBar>;
  if (!actions.data) return <Loading label="Loading the key actions" />;
  const people = new Map(options.people.map((p) => [p.id, p.label]));
  const done = (text: string) => {
    setNotice({ ok: true, text });
    setEditing(null);
    actions.reload();
  };
  return (
    <section aria-labelledby="key-actions-heading" className={styles.section}>
      <h3 id="key-actions-heading" className={page.h3}>
        Key actions
      </h3>
      <StatusNotice notice={notice} />
      <ul className={styles.list} aria-label={`Key actions of ${plan.title}`}>
        {actions.data.map((a) => {
          const name = `${a.code} ${a.title}`;
          return (
            <li key={a.id} className={styles.item}>
              <p className={styles.name}>
                {name}
                {a.retired && ' (retired)'}
              </p>
              <p className={styles.meta}>
                {people.get(a.ownerId) ?? 'Unknown owner'}; due {formatDate(a.dueDate)};{' '}
                {STATUS_WORDS[a.status] ?? a.status}, {a.percentComplete}% complete
                {a.corporateProject && '; corporate project'}
                {a.businessAsUsual && '; business as usual'}
              </p>
              {editing === a.id ? (
                <KeyActionForm
                  options={options}
                  current={a}
                  defaultOwnerId={meId}
                  onCancel={() => setEditing(null)}
                  onSave={async (values) => {
                    await planAdminApi.updateKeyAction(a.id, a.version, values);
                    done(`${values.code} saved.`);
                  }}
                />
              ) : (
                <div className={styles.buttons}>
                  <Button size="small" onClick={() => setEditing(a.id)} aria-label={`Edit ${name}`}>
                    Edit
                  </Button>
                  <Button
                    size="small"
                    aria-label={`${a.retired ? 'Reinstate' : 'Retire'} ${name}`}
                    onClick={() =>
                      planAdminApi.retireKeyAction(a.id, a.version, !a.retired).then(
                        () => done(`${a.code} ${a.retired ? 'reinstated' : 'retired'}.`),
                        (e: unknown) =>
                          setNotice({ ok: false, text: saveFailure(e).message ?? '' }),
                      )
                    }
                  >
                    {a.retired ? 'Reinstate' : 'Retire'}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {editing === 'new' ? (
        <KeyActionForm
          options={options}
          current={null}
          defaultOwnerId={meId}
          onCancel={() => setEditing(null)}
          onSave={async (values) => {
            const saved = await planAdminApi.createKeyAction(plan.id, values);
            done(`${saved.code} added.`);
          }}
        />
      ) : (
        <Button onClick={() => setEditing('new')}>Add a key action</Button>
      )}
    </section>
  );
}
