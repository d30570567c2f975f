// One person's details: who acts for them while they are away (their delegate) and until when, and
// retiring them when they leave. A retired person keeps their history but has no roles (the Person
// type has no `retired` flag; the server records `person.retired` in the audit trail).
import { Button, Field, Input, Link, Select, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  ErrorBar,
  InfoBar,
  Loading,
  UkDateField,
  useLoad,
  usePageStyles,
} from '../../../shared/components/index.js';
import { adminApi, type AdminPerson } from '../api/index.js';
import { saveFailure, type SaveFailure } from './problems.js';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', maxWidth: '560px' } });

export function PersonForm({ id, meId }: { id: string; meId: string }) {
  const people = useLoad(adminApi.people, [id]);
  // Kept here: the forms below are drawn afresh for each new version, and would lose it.
  const [notice, setNotice] = useState<string | null>(null);
  // What the new delegate cannot cover (they collect an indicator this person checks or authorises).
  const [warnings, setWarnings] = useState<string[]>([]);
  const saved = (text: string, warned: string[] = []) => {
    setNotice(text);
    setWarnings(warned);
    people.reload();
  };
  if (people.error) return <ErrorBar>Could not load people: {people.error.message}</ErrorBar>;
  if (!people.data) return <Loading label="Loading the person" />;
  const person = people.data.find((p) => p.id === id);
  if (!person) return <ErrorBar>There is no person with id {id}.</ErrorBar>;
  return (
    <>
      <p>
        <Link href="#/admin/people">Back to people and roles</Link>
      </p>
      <Details
        key={person.version}
        person={person}
        others={people.data.filter((p) => p.id !== id && p.roles.length > 0)}
        onSaved={saved}
      />
      <div role="status">
        {notice && <InfoBar intent="success">{notice}</InfoBar>}
        {warnings.map((w) => (
          <InfoBar key={w} intent="warning">
            {w}
          </InfoBar>
        ))}
      </div>
      {person.roles.length > 0 && person.id !== meId && (
        <Retire key={`retire-${person.version}`} person={person} onSaved={saved} />
      )}
    </>
  );
}

function Details({
  person,
  others,
  onSaved,
}: {
  person: AdminPerson;
  others: AdminPerson[];
  onSaved: (notice: string, warnings?: string[]) => void;
}) {
  const styles = useStyles();
  const page = usePageStyles();
  const [jobTitle, setJobTitle] = useState(person.jobTitle);
  const [delegateId, setDelegateId] = useState(person.delegateId ?? '');
  const [leave, setLeave] = useState<string | null>(person.onLeaveUntil);
  const [leaveText, setLeaveText] = useState(Boolean(person.onLeaveUntil));
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    try {
      const saved = await adminApi.updatePerson(person.id, person.version, {
        jobTitle,
        delegateId: delegateId || null,
        onLeaveUntil: leaveText ? leave : null,
      });
      setFailure(null);
      onSaved(`${person.name}'s details saved.`, saved.warnings);
    } catch (e) {
      setFailure(saveFailure(e));
    }
  };
  const f = failure?.fields ?? {};
  return (
    <form
      className={styles.form}
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-labelledby="person-heading"
    >
      <h2 id="person-heading" className={page.h2}>
        {person.name}
        {person.roles.length === 0 && ' (retired)'}
      </h2>
      <Field label="Job title" validationMessage={f.jobTitle}>
        <Input value={jobTitle} onChange={(_e, d) => setJobTitle(d.value)} />
      </Field>
      <Field
        label="Delegate"
        hint="Who acts on their returns while they are away"
        validationMessage={f.delegateId}
      >
        <Select value={delegateId} onChange={(_e, d) => setDelegateId(d.value)}>
          <option value="">No delegate</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <UkDateField
        label="On leave until"
        hint="dd/mm/yyyy, the last day away; leave empty when they are not away"
        value={person.onLeaveUntil}
        onChange={(iso) => {
          setLeave(iso);
          setLeaveText(iso !== null);
        }}
        error={f.onLeaveUntil}
      />
      {failure?.message && (
        <ErrorBar>
          {Object.values(f)[0] ?? failure.message}
          {failure.conflict && ' Reload the page to see their change.'}
        </ErrorBar>
      )}
      <div>
        <Button type="submit" appearance="primary">
          Save the details
        </Button>
      </div>
    </form>
  );
}

function Retire({ person, onSaved }: { person: AdminPerson; onSaved: (notice: string) => void }) {
  const styles = useStyles();
  const page = usePageStyles();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    try {
      await adminApi.retirePerson(person.id, person.version, note);
      setError(null);
      onSaved(`${person.name} retired.`);
    } catch (e) {
      const f = saveFailure(e);
      setError(Object.values(f.fields)[0] ?? f.message ?? 'Could not retire');
    }
  };
  return (
    <form
      className={styles.form}
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-labelledby="retire-heading"
    >
      <h2 id="retire-heading" className={page.h2}>
        Retire {person.name}
      </h2>
      <p>
        When someone leaves: their roles and delegate are removed, so they can no longer act on
        returns. Their past work stays in the audit trail.
      </p>
      <Field label="Why (recorded in the audit trail)">
        <Input value={note} onChange={(_e, d) => setNote(d.value)} />
      </Field>
      {error && <ErrorBar>{error}</ErrorBar>}
      <div>
        <Button type="submit">Retire {person.name}</Button>
      </div>
    </form>
  );
}
