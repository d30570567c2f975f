// People and their roles. In a tenant a person's id is their Entra object id (so a token's `oid`
// finds them); the team may give it when adding someone, otherwise the store makes one.
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import type { FieldProblem } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import { isValidIsoDate } from '../../domain/periods/index.js';
import type { AppDeps } from '../deps.js';
import { delegateWarnings } from './delegate-warnings.js';
import { adminContext, requireAdmin } from './require-admin.js';

export type PersonInput = Omit<Person, 'id'>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function problemsOf(
  deps: AppDeps,
  p: PersonInput,
  selfId: string | null,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!p.name.trim()) add('name', 'is required');
  if (!EMAIL.test(p.email)) add('email', 'must be an email address');
  const sameEmail = (await deps.store.query('people', { email: p.email.toLowerCase() })).find(
    (o) => o.id !== selfId,
  );
  if (sameEmail) add('email', `is already ${sameEmail.fields.name}'s`);
  if (p.roles.length === 0) add('roles', 'must include at least one role');
  if (p.delegateId !== null) {
    if (p.delegateId === selfId) add('delegateId', 'cannot be the person themselves');
    else if (!(await deps.store.get('people', p.delegateId)))
      add('delegateId', 'is not a known person');
  }
  if (p.onLeaveUntil !== null && !isValidIsoDate(p.onLeaveUntil))
    add('onLeaveUntil', 'must be a date YYYY-MM-DD');
  if (p.directorateId !== null && !(await deps.store.get('directorates', p.directorateId)))
    add('directorateId', 'is not a known directorate');
  return problems;
}

const versioned = (item: { id: string; version: string; fields: PersonInput }) => ({
  ...item.fields,
  id: item.id,
  version: item.version,
});

export async function adminPeople(deps: AppDeps, actor: Person) {
  requireAdmin(actor);
  return (await deps.store.query('people', {}, { orderBy: 'name' })).map(versioned);
}

export async function createPerson(deps: AppDeps, actor: Person, input: PersonInput, id?: string) {
  requireAdmin(actor);
  const fields = { ...input, email: input.email.trim().toLowerCase() };
  const problems = await problemsOf(deps, fields, null);
  if (id && (await deps.store.get('people', id)))
    problems.push({ field: 'id', message: 'is already used' });
  if (problems.length) throw new ValidationError(problems);
  const created = await deps.store.create(
    'people',
    fields,
    adminContext(actor, 'person.created'),
    id,
  );
  return {
    ...versioned(created),
    warnings: await delegateWarnings(deps, created.id, fields.delegateId),
  };
}

/**
 * Retiring a person (they left the council): the Person type has no `retired` flag, so a retired
 * person is one with no roles and no delegate; the audit trail records it as `person.retired`.
 * Refused while live indicators still name them, or someone relies on them as delegate, so no
 * return is left without an officer to act on it.
 */
export async function retirePerson(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  note?: string,
) {
  requireAdmin(actor);
  if (id === actor.id) throw new ValidationError('you cannot retire yourself', 'id');
  const item = await deps.store.get('people', id);
  if (!item) throw new NotFoundError(`No person with id ${id}`);
  if (item.version !== version)
    throw new ConflictError(`${item.fields.name} was changed by someone else.`, item.version);
  const named = (await deps.store.query('indicators', { retired: false }))
    .filter((i) =>
      [
        i.fields.collectorId,
        i.fields.responsibleId,
        i.fields.authoriserId,
        i.fields.escalationOwnerId,
      ].includes(id),
    )
    .map((i) => i.fields.code)
    .sort();
  if (named.length)
    throw new ValidationError(
      `${item.fields.name} still looks after ${named.join(', ')}: give those indicators to someone else first`,
      'id',
    );
  const relying = (await deps.store.query('people', { delegateId: id })).map((p) => p.fields.name);
  if (relying.length)
    throw new ValidationError(
      `${item.fields.name} is the delegate of ${relying.join(', ')}: choose another delegate first`,
      'id',
    );
  return versioned(
    await deps.store.update(
      'people',
      id,
      version,
      { roles: [], delegateId: null },
      { ...adminContext(actor, 'person.retired'), note: note?.trim() || 'Retired' },
    ),
  );
}

export async function updatePerson(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  patch: Partial<PersonInput>,
) {
  requireAdmin(actor);
  const item = await deps.store.get('people', id);
  if (!item) throw new NotFoundError(`No person with id ${id}`);
  if (item.version !== version)
    throw new ConflictError(`${item.fields.name} was changed by someone else.`, item.version);
  const next = {
    ...item.fields,
    ...patch,
    email: (patch.email ?? item.fields.email).trim().toLowerCase(),
  };
  // Nobody may lock the performance team out of its own set-up.
  if (id === actor.id && !next.roles.includes('admin'))
    throw new ValidationError('you cannot remove your own admin role', 'roles');
  const problems = await problemsOf(deps, next, id);
  if (problems.length) throw new ValidationError(problems);
  const { email } = next;
  const updated = await deps.store.update(
    'people',
    id,
    version,
    { ...patch, email },
    adminContext(actor, 'person.updated'),
  );
  // Warned (not refused) whenever a delegate is set, so Set-up shows what the delegate cannot cover.
  const warnings = 'delegateId' in patch ? await delegateWarnings(deps, id, next.delegateId) : [];
  return { ...versioned(updated), warnings };
}
