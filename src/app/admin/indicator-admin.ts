// Creating, editing and retiring indicators (the performance team's set-up). Retiring keeps the
// indicator and its history (returns and reports still name it) but stops new returns and hides it
// from pickers; nothing is ever deleted.
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import type { Indicator, Person } from '../../domain/model/types.js';
import type { FieldProblem } from '../../domain/errors/errors.js';
import { serviceOf } from '../../domain/model/service-of.js';
import { plausibilityRatioProblem } from '../../domain/values/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { keptVersions, procedureEditOps } from '../indicators/procedure-versions.js';
import { adminContext, requireAdmin } from './require-admin.js';

export type IndicatorFields = Omit<Indicator, 'id'>;
// The procedure's version is the application's to keep (see procedure-versions), never sent.
export type IndicatorInput = Omit<
  IndicatorFields,
  'retired' | 'reminderPolicy' | 'needsOwners' | 'procedureVersion'
>;

export const MAX_PROCEDURE_NOTE = 1000;

/** Beside the fields: why the written procedure changed, kept with its new version. */
export interface IndicatorEditNote {
  procedureNote?: string;
}
export type Versioned<T> = T & { id: string; version: string };

const CODE = /^[A-Z][A-Z0-9]{0,9}(\.[A-Z0-9]{1,4})?$/;

/** Every problem at once, each naming its field, so the form can mark them all. */
export function indicatorProblems(
  cat: Catalogue,
  input: IndicatorInput,
  selfId: string | null,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!CODE.test(input.code)) add('code', 'must be capitals and digits, like WR04 (up to 10)');
  const clash = cat.indicatorsByCode.get(input.code);
  if (clash && clash.id !== selfId) add('code', `is already used by “${clash.title}”`);
  if (!input.title.trim()) add('title', 'is required');
  if (!input.definition.trim()) add('definition', 'is required');
  if (!input.serviceId)
    add('serviceId', 'is required: choose the service the indicator belongs to');
  else if (!serviceOf(cat.services, input.serviceId)) add('serviceId', 'is not a known service');
  const known = new Set(cat.objectives.map((o) => o.id));
  input.objectiveIds.forEach((id, i) => {
    if (!known.has(id)) add(`objectiveIds.${i}`, 'is not a known objective');
  });
  for (const field of [
    'collectorId',
    'responsibleId',
    'authoriserId',
    'escalationOwnerId',
  ] as const)
    if (!cat.people.has(input[field])) add(field, 'is not a known person');
  // Separation of duties (DESIGN.md): whoever enters a figure does not authorise it.
  if (input.collectorId === input.authoriserId)
    add('authoriserId', 'must not be the Collection Officer (separation of duties)');
  if (input.unit === 'count' && input.decimals !== 0)
    add('decimals', 'must be 0 for a count (counts are whole numbers)');
  if (input.polarity === 'none' && !input.contextOnly)
    add('polarity', 'must be higher or lower unless the indicator is context only');
  const ratio = plausibilityRatioProblem(input.plausibilityRatio);
  if (ratio) add('plausibilityRatio', ratio);
  return problems;
}

/** The comparator fields (issue 16): a group that exists, an LG Inform metric by its number. */
async function comparatorProblems(deps: AppDeps, input: Partial<IndicatorInput>) {
  const problems: FieldProblem[] = [];
  const metric = input.lgInformMetricId;
  if (metric !== undefined && metric !== null && !(Number.isSafeInteger(metric) && metric > 0))
    problems.push({ field: 'lgInformMetricId', message: 'must be a whole number, e.g. 4282' });
  if (input.primaryGroupId && !(await deps.store.get('comparatorGroups', input.primaryGroupId)))
    problems.push({ field: 'primaryGroupId', message: 'is not a known comparator group' });
  return problems;
}

const OWNER_FIELDS = [
  'serviceId',
  'collectorId',
  'responsibleId',
  'authoriserId',
  'escalationOwnerId',
] as const;

/**
 * An admin who saves the service or officers of an imported indicator has assigned them: its
 * officers are no longer the importer's placeholders, so reminders may start (see gatherCycle).
 */
function ownersAssigned(
  stored: IndicatorFields,
  patch: Partial<IndicatorInput>,
): Partial<IndicatorFields> {
  return stored.needsOwners && OWNER_FIELDS.some((f) => patch[f] !== undefined)
    ? { needsOwners: false }
    : {};
}

async function readIndicator(deps: AppDeps, id: string) {
  const item = await deps.store.get('indicators', id);
  if (!item) throw new NotFoundError(`No indicator with id ${id}`);
  return item;
}

const versioned = (item: { id: string; version: string; fields: IndicatorFields }) => ({
  ...item.fields,
  id: item.id,
  version: item.version,
});

export async function adminIndicators(deps: AppDeps, actor: Person) {
  requireAdmin(actor);
  const items = await deps.store.query('indicators', {}, { orderBy: 'code' });
  return items.map(versioned);
}

export async function createIndicator(
  deps: AppDeps,
  actor: Person,
  input: IndicatorInput,
): Promise<Versioned<IndicatorFields>> {
  requireAdmin(actor);
  const cat = await loadCatalogue(deps.store);
  const problems = [
    ...indicatorProblems(cat, input, null),
    ...(await comparatorProblems(deps, input)),
  ];
  if (problems.length) throw new ValidationError(problems);
  const item = await deps.store.create(
    'indicators',
    { ...input, retired: false, reminderPolicy: null, needsOwners: false, procedureVersion: 1 },
    adminContext(actor, 'indicator.created'),
  );
  return versioned(item);
}

/**
 * Saves an edit. An edit of the written procedure makes a new version of it (with the editor's
 * note), in the same all-or-nothing write as the indicator, so no version is lost or half-kept.
 */
export async function updateIndicator(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  patch: Partial<IndicatorInput>,
  edit: IndicatorEditNote = {},
): Promise<Versioned<IndicatorFields>> {
  requireAdmin(actor);
  const item = await readIndicator(deps, id);
  if (item.version !== version)
    throw new ConflictError(`${item.fields.code} was changed by someone else.`, item.version);
  const next = { ...item.fields, ...patch };
  const problems = [
    ...indicatorProblems(await loadCatalogue(deps.store), next, id),
    ...(await comparatorProblems(deps, patch)),
  ];
  if (problems.length) throw new ValidationError(problems);
  const note = edit.procedureNote?.trim() ?? '';
  if (note.length > MAX_PROCEDURE_NOTE)
    throw new ValidationError(`must be at most ${MAX_PROCEDURE_NOTE} characters`, 'procedureNote');
  const procedure = patch.procedure
    ? procedureEditOps({
        stored: item,
        procedure: patch.procedure,
        kept: await keptVersions(deps, id),
        actorId: actor.id,
        now: deps.clock.now().toISOString(),
        note,
      })
    : { patch: {}, creates: [] };
  const fields = { ...patch, ...ownersAssigned(item.fields, patch), ...procedure.patch };
  if (!procedure.creates.length) {
    const updated = await deps.store.update(
      'indicators',
      id,
      version,
      fields,
      adminContext(actor, 'indicator.updated'),
    );
    return versioned(updated);
  }
  const to = procedure.patch.procedureVersion;
  await deps.store.writeMany(
    [{ kind: 'update', list: 'indicators', id, version, patch: fields }, ...procedure.creates],
    {
      ...adminContext(actor, 'indicator.updated'),
      note: `Written procedure changed (version ${to})${note ? `: ${note}` : ''}`,
    },
  );
  return versioned((await readIndicator(deps, id))!);
}

export async function setIndicatorRetired(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  retired: boolean,
): Promise<Versioned<IndicatorFields>> {
  requireAdmin(actor);
  await readIndicator(deps, id);
  const updated = await deps.store.update(
    'indicators',
    id,
    version,
    { retired },
    adminContext(actor, retired ? 'indicator.retired' : 'indicator.reinstated'),
  );
  return versioned(updated);
}
