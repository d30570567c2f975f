// A priority's objectives in the plan outline, in order, with inline forms to add and edit them,
// Move up / Move down and Retire / Reinstate; read-only for an earlier plan.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { planAdminApi, type AdminObjective, type AdminPriority } from '../api/index.js';
import { ItemActions, moved } from './item-actions.js';
import { PlanItemForm, textOf, type ItemField } from './plan-item-form.js';

export const CODE_TITLE: ItemField[] = [
  { key: 'code', label: 'Code', hint: 'Unique, like CBP-P1', required: true },
  { key: 'title', label: 'Title', required: true },
];

/** Which item's form is open: an item's id, `new-priority`, `new-objective:<priority id>`. */
export type Editing = string | null;

const useStyles = makeStyles({
  objectives: {
    listStyle: 'none',
    padding: '0 0 0 12px',
    margin: '8px 0',
    display: 'grid',
    gap: '8px',
  },
  retired: { color: tokens.colorNeutralForeground3 },
});

export function ObjectiveList({
  priority,
  objectives,
  readOnly,
  editing,
  setEditing,
  act,
  finish,
}: {
  priority: AdminPriority;
  objectives: AdminObjective[];
  readOnly: boolean;
  editing: Editing;
  setEditing: (e: Editing) => void;
  act: (work: Promise<unknown>, text: string) => Promise<void>;
  finish: (text: string) => void;
}) {
  const styles = useStyles();
  const adding = `new-objective:${priority.id}`;
  return (
    <>
      <ol
        className={styles.objectives}
        aria-label={`Objectives of ${priority.code} ${priority.title}`}
      >
        {objectives.map((o, i) => {
          const name = `${o.code} ${o.title}`;
          return (
            <li key={o.id}>
              <span className={o.retired ? styles.retired : undefined}>
                {name}
                {o.retired && ' (retired)'}
              </span>
              {!readOnly && editing !== o.id && (
                <ItemActions
                  name={name}
                  retired={o.retired}
                  first={i === 0}
                  last={i === objectives.length - 1}
                  onEdit={() => setEditing(o.id)}
                  onMove={(by) =>
                    void act(
                      planAdminApi.reorderObjectives(priority.id, moved(objectives, o.id, by)),
                      `${o.code} moved.`,
                    )
                  }
                  onRetire={(r) =>
                    void act(
                      planAdminApi.retireObjective(o.id, o.version, r),
                      `${o.code} ${r ? 'retired' : 'reinstated'}.`,
                    )
                  }
                />
              )}
              {editing === o.id && (
                <PlanItemForm
                  label={`Edit ${name}`}
                  fields={CODE_TITLE}
                  initial={{ code: o.code, title: o.title }}
                  saveLabel="Save the objective"
                  onCancel={() => setEditing(null)}
                  onSave={async (v) => {
                    await planAdminApi.updateObjective(o.id, o.version, {
                      code: textOf(v, 'code'),
                      title: textOf(v, 'title'),
                    });
                    finish(`${textOf(v, 'code')} saved.`);
                  }}
                />
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly &&
        (editing === adding ? (
          <PlanItemForm
            label={`Add an objective to ${priority.code} ${priority.title}`}
            fields={CODE_TITLE}
            initial={{}}
            saveLabel="Add the objective"
            onCancel={() => setEditing(null)}
            onSave={async (v) => {
              await planAdminApi.createObjective({
                priorityId: priority.id,
                code: textOf(v, 'code'),
                title: textOf(v, 'title'),
              });
              finish(`${textOf(v, 'code')} added.`);
            }}
          />
        ) : (
          <Button
            size="small"
            onClick={() => setEditing(adding)}
            aria-label={`Add an objective to ${priority.code} ${priority.title}`}
          >
            Add an objective
          </Button>
        ))}
    </>
  );
}
