// Who approves action plans (issue 14): nobody, the indicator's Authorising Officer, or a named
// panel such as King's Lynn's Corporate Performance Panel, any member of which may approve. The
// plan's owner never approves their own plan; the page says so, so nobody expects it.
import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  ErrorBar,
  InfoBar,
  Loading,
  useLoad,
  usePageStyles,
} from '../../../shared/components/index.js';
import { adminApi, type ActionPlanApprovalRule, type AdminPerson } from '../api/index.js';
import { saveFailure, type SaveFailure } from './problems.js';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '12px', maxWidth: '560px' },
  members: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(240px, 100%), 1fr))',
    maxHeight: '320px',
    overflowY: 'auto',
    border: 'none',
    padding: 0,
    margin: 0,
  },
});

const SAVED: Record<ActionPlanApprovalRule['kind'], string> = {
  none: 'Action plans need no approval.',
  authoriser: "Each indicator's Authorising Officer approves its action plans.",
  panel: 'The panel approves action plans.',
};

function Form({
  rule,
  version,
  people,
  onSaved,
}: {
  rule: ActionPlanApprovalRule;
  version: string | null;
  people: AdminPerson[];
  onSaved: (notice: string) => void;
}) {
  const styles = useStyles();
  const page = usePageStyles();
  const [kind, setKind] = useState(rule.kind);
  const [name, setName] = useState(
    rule.kind === 'panel' ? rule.name : 'Corporate Performance Panel',
  );
  const [members, setMembers] = useState<Set<string>>(
    new Set(rule.kind === 'panel' ? rule.memberIds : []),
  );
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const next: ActionPlanApprovalRule =
      kind === 'panel' ? { kind, name, memberIds: [...members] } : { kind };
    try {
      await adminApi.setPlanApproval(next, version);
      setFailure(null);
      onSaved(SAVED[kind]);
    } catch (e) {
      setFailure(saveFailure(e));
    }
  };
  const toggle = (id: string, on: boolean) =>
    setMembers((m) => {
      const next = new Set(m);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const f = failure?.fields ?? {};
  return (
    <form
      className={styles.form}
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-labelledby="plan-approval-heading"
    >
      <h2 id="plan-approval-heading" className={page.h2}>
        Action plan approval
      </h2>
      <p>
        Plans written from now on wait for this approval. The owner of a plan never approves it
        themselves; when nobody else could, the performance team does.
      </p>
      <Field label="Who approves action plans">
        <RadioGroup value={kind} onChange={(_e, d) => setKind(d.value as typeof kind)}>
          <Radio value="none" label="Nobody: plans need no approval" />
          <Radio value="authoriser" label="The indicator's Authorising Officer" />
          <Radio value="panel" label="A named panel: any one member may approve" />
        </RadioGroup>
      </Field>
      {kind === 'panel' && (
        <>
          <Field label="Panel name" required validationMessage={f['rule.name'] ?? f.name}>
            <Input value={name} maxLength={100} onChange={(_e, d) => setName(d.value)} />
          </Field>
          <Field
            label={`Members (${members.size} chosen)`}
            validationMessage={f['rule.memberIds'] ?? f.memberIds}
          >
            <fieldset className={styles.members} aria-label="Panel members">
              {people
                .filter((p) => p.roles.length > 0 || members.has(p.id))
                .map((p) => (
                  <Checkbox
                    key={p.id}
                    label={`${p.name}${p.jobTitle ? `, ${p.jobTitle}` : ''}`}
                    checked={members.has(p.id)}
                    onChange={(_e, d) => toggle(p.id, d.checked === true)}
                  />
                ))}
            </fieldset>
          </Field>
        </>
      )}
      {failure?.message && <ErrorBar>{failure.message}</ErrorBar>}
      <div>
        <Button type="submit" appearance="primary">
          Save
        </Button>
      </div>
    </form>
  );
}

export function PlanApprovalAdmin() {
  const current = useLoad(adminApi.planApproval, []);
  const people = useLoad(adminApi.people, []);
  const [notice, setNotice] = useState<string | null>(null);
  const error = current.error ?? people.error;
  if (error) return <ErrorBar>Could not load the approval setting: {error.message}</ErrorBar>;
  if (!current.data || !people.data) return <Loading label="Loading who approves action plans" />;
  return (
    <>
      <Form
        key={current.data.version ?? 'default'}
        rule={current.data.value}
        version={current.data.version}
        people={people.data}
        onSaved={(text) => {
          setNotice(text);
          current.reload();
        }}
      />
      <div role="status">{notice && <InfoBar intent="success">{notice}</InfoBar>}</div>
    </>
  );
}
