// People and their roles: change roles in place, or add someone (in a tenant, under their Entra
// object id so their sign-in finds them).
import { Button, Checkbox, Field, Input, Link, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  ErrorBar,
  Loading,
  useLoad,
  usePageStyles,
  StatusNotice,
  type Notice,
  TableScroll,
} from '../../../shared/components/index.js';
import { useTableStyles } from '../../../shared/components/index.js';
import { adminApi, type AdminPerson, type Role } from '../api/index.js';
import { saveFailure, type SaveFailure } from './problems.js';

const ROLES: [Role, string][] = [
  ['admin', 'Performance team'],
  ['leadership', 'Leadership Team'],
  ['officer', 'Officer'],
];

const useStyles = makeStyles({
  roles: { display: 'flex', flexWrap: 'wrap', gap: '0 8px' },
  form: { display: 'grid', gap: '12px', maxWidth: '560px' },
});

/** Leave and delegate in words: "Until 19/12/2025; Sam acts for them". */
function awayText(p: AdminPerson, names: Map<string, string>): string {
  const parts: string[] = [];
  if (p.onLeaveUntil) parts.push(`Until ${p.onLeaveUntil.split('-').reverse().join('/')}`);
  if (p.delegateId) parts.push(`delegate ${names.get(p.delegateId) ?? 'unknown'}`);
  return parts.join('; ') || '–';
}

function RolesCell({
  person,
  onSaved,
  onFailed,
}: {
  person: AdminPerson;
  onSaved: (t: string) => void;
  onFailed: (f: SaveFailure) => void;
}) {
  const styles = useStyles();
  const change = async (role: Role, on: boolean) => {
    const roles = on ? [...person.roles, role] : person.roles.filter((r) => r !== role);
    try {
      await adminApi.updatePerson(person.id, person.version, { roles });
      onSaved(`${person.name}'s roles saved.`);
    } catch (e) {
      onFailed(saveFailure(e));
    }
  };
  return (
    <div className={styles.roles} role="group" aria-label={`Roles of ${person.name}`}>
      {ROLES.map(([role, label]) => (
        <Checkbox
          key={role}
          label={label}
          checked={person.roles.includes(role)}
          onChange={(_e, d) => void change(role, Boolean(d.checked))}
        />
      ))}
    </div>
  );
}

function AddPerson({ onAdded }: { onAdded: (name: string) => void }) {
  const styles = useStyles();
  const page = usePageStyles();
  const [form, setForm] = useState({ id: '', name: '', email: '', jobTitle: '' });
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    try {
      const p = await adminApi.createPerson({
        ...(form.id.trim() ? { id: form.id.trim() } : {}),
        name: form.name,
        email: form.email,
        jobTitle: form.jobTitle,
        roles: ['officer'],
        delegateId: null,
        onLeaveUntil: null,
        directorateId: null,
      });
      setFailure(null);
      setForm({ id: '', name: '', email: '', jobTitle: '' });
      onAdded(p.name);
    } catch (e) {
      setFailure(saveFailure(e));
    }
  };
  const f = failure?.fields ?? {};
  const field = (key: keyof typeof form, label: string, hint?: string, required = true) => (
    <Field label={label} hint={hint} required={required} validationMessage={f[key]}>
      <Input value={form[key]} onChange={(_e, d) => setForm((s) => ({ ...s, [key]: d.value }))} />
    </Field>
  );
  return (
    <form
      className={styles.form}
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-labelledby="add-person"
    >
      <h2 id="add-person" className={page.h2}>
        Add a person
      </h2>
      {field('name', 'Name')}
      {field('email', 'Email')}
      {field('jobTitle', 'Job title', undefined, false)}
      {field(
        'id',
        'Entra object id',
        'In a tenant: their object id, so their sign-in finds them',
        false,
      )}
      {failure?.message && <ErrorBar>{failure.message}</ErrorBar>}
      <div>
        <Button type="submit" appearance="primary">
          Add the person
        </Button>
      </div>
    </form>
  );
}

export function PeopleAdmin({ meId }: { meId: string }) {
  const page = usePageStyles();
  const t = useTableStyles();
  const people = useLoad(adminApi.people, []);
  const names = new Map((people.data ?? []).map((p) => [p.id, p.name]));
  const [notice, setNotice] = useState<Notice | null>(null);
  const saved = (text: string) => {
    setNotice({ ok: true, text });
    people.reload();
  };
  const failed = (f: SaveFailure) => {
    setNotice({ ok: false, text: Object.values(f.fields)[0] ?? f.message ?? 'Could not save' });
    people.reload();
  };
  return (
    <>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading" className={page.h2}>
          People and roles ({people.data?.length ?? 0})
        </h2>
        <StatusNotice notice={notice} />
        {people.error && <ErrorBar>Could not load people: {people.error.message}</ErrorBar>}
        {!people.data && people.loading && <Loading label="Loading people" />}
        {people.data && (
          <TableScroll label="Everyone who uses Golden Thread">
            <table className={t.table}>
              <caption className={t.caption}>
                Everyone who uses Golden Thread{meId ? '' : ''}, with who acts for them when away
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={t.cell}>
                    Name
                  </th>
                  <th scope="col" className={t.cell}>
                    Job title
                  </th>
                  <th scope="col" className={t.cell}>
                    Roles
                  </th>
                  <th scope="col" className={t.cell}>
                    Away
                  </th>
                  <th scope="col" className={t.cell}>
                    Details
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.data.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className={t.cell} style={{ fontWeight: 'normal' }}>
                      {p.name}
                    </th>
                    <td className={t.cell}>{p.jobTitle}</td>
                    <td className={t.cell}>
                      {p.roles.length === 0 ? (
                        'Retired'
                      ) : (
                        <RolesCell person={p} onSaved={saved} onFailed={failed} />
                      )}
                    </td>
                    <td className={t.cell}>{awayText(p, names)}</td>
                    <td className={t.cell}>
                      <Link
                        href={`#/admin/people/${encodeURIComponent(p.id)}`}
                        aria-label={`Edit ${p.name}`}
                      >
                        Edit
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <AddPerson onAdded={(name) => saved(`${name} added.`)} />
    </>
  );
}
