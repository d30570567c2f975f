// A plan's outline: its priorities in order, each with its objectives, with inline forms to add
// and edit them, Move up / Move down to reorder (one call with every sibling's version) and
// Retire / Reinstate. Read-only for an earlier plan.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  planAdminApi,
  type AdminObjective,
  type AdminPlan,
  type AdminPriority,
} from '../api/index.js';
import { ItemActions, moved } from './item-actions.js';
import { CODE_TITLE, ObjectiveList, type Editing } from './objective-list.js';
import { PlanItemForm, textOf, type ItemField } from './plan-item-form.js';
const PRIORITY_FIELDS: ItemField[] = [
  ...CODE_TITLE,
  { key: 'description', label: 'Description', kind: 'textarea' },
];

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '12px' },
  priority: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 12px',
  },
  name: { margin: '0 0 4px', fontWeight: tokens.fontWeightSemibold },
  retired: { color: tokens.colorNeutralForeground3 },
});

export function PlanOutline({
  plan,
  readOnly,
  priorities,
  objectives,
  onDone,
  onFailed,
}: {
  plan: AdminPlan;
  readOnly: boolean;
  priorities: AdminPriority[];
  objectives: AdminObjective[];
  onDone: (notice: string) => void;
  onFailed: (e: unknown) => void;
}) {
  const styles = useStyles();
  const [editing, setEditing] = useState<Editing>(null);
  const ordered = [...priorities].sort((a, b) => a.order - b.order);
  const finish = (text: string) => {
    setEditing(null);
    onDone(text);
  };
  const act = (work: Promise<unknown>, text: string) => work.then(() => finish(text), onFailed);
  return (
    <>
      <ol className={styles.list} aria-label={`Priorities of ${plan.title}`}>
        {ordered.map((p, i) => {
          const name = `${p.code} ${p.title}`;
          const children = objectives
            .filter((o) => o.priorityId === p.id)
            .sort((a, b) => a.order - b.order);
          return (
            <li key={p.id} className={styles.priority}>
              <p className={`${styles.name} ${p.retired ? styles.retired : ''}`}>
                {name}
                {p.retired && ' (retired)'}
              </p>
              {!readOnly && editing !== p.id && (
                <ItemActions
                  name={name}
                  retired={p.retired}
                  first={i === 0}
                  last={i === ordered.length - 1}
                  onEdit={() => setEditing(p.id)}
                  onMove={(by) =>
                    void act(
                      planAdminApi.reorderPriorities(plan.id, moved(ordered, p.id, by)),
                      `${p.code} moved.`,
                    )
                  }
                  onRetire={(r) =>
                    void act(
                      planAdminApi.retirePriority(p.id, p.version, r),
                      `${p.code} ${r ? 'retired' : 'reinstated'}.`,
                    )
                  }
                />
              )}
              {editing === p.id && (
                <PlanItemForm
                  label={`Edit ${name}`}
                  fields={PRIORITY_FIELDS}
                  initial={{ code: p.code, title: p.title, description: p.description }}
                  saveLabel="Save the priority"
                  onCancel={() => setEditing(null)}
                  onSave={async (v) => {
                    await planAdminApi.updatePriority(p.id, p.version, {
                      code: textOf(v, 'code'),
                      title: textOf(v, 'title'),
                      description: textOf(v, 'description'),
                    });
                    finish(`${textOf(v, 'code')} saved.`);
                  }}
                />
              )}
              <ObjectiveList
                priority={p}
                objectives={children}
                readOnly={readOnly}
                editing={editing}
                setEditing={setEditing}
                act={act}
                finish={finish}
              />
            </li>
          );
        })}
      </ol>
      {!readOnly &&
        (editing === 'new-priority' ? (
          <PlanItemForm
            label={`Add a priority to ${plan.title}`}
            fields={PRIORITY_FIELDS}
            initial={{}}
            saveLabel="Add the priority"
            onCancel={() => setEditing(null)}
            onSave={async (v) => {
              await planAdminApi.createPriority({
                planId: plan.id,
                code: textOf(v, 'code'),
                title: textOf(v, 'title'),
                description: textOf(v, 'description'),
              });
              finish(`${textOf(v, 'code')} added.`);
            }}
          />
        ) : (
          <p>
            <Button onClick={() => setEditing('new-priority')}>Add a priority</Button>
          </p>
        ))}
    </>
  );
}
