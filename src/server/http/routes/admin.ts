// The performance team's set-up: indicators, targets, people and roles, the rating scheme (the
// timetable has its own routes). Every route checks the admin role before it reads the body, so a
// non-admin gets 403 whatever they send; every write names the version it read (409 when stale)
// and is audited with channel 'tab'.
import { z } from 'zod';
import {
  adminIndicators,
  actionPlanApproval,
  adminPeople,
  createIndicator,
  createPerson,
  ratingScheme,
  requireAdmin,
  retirePerson,
  setIndicatorRetired,
  setActionPlanApproval,
  setRatingScheme,
  setTarget,
  targetsOf,
  updateIndicator,
  updatePerson,
} from '../../../app/admin/index.js';
import { loadCatalogue } from '../../../app/catalogue/index.js';
import type { AppDeps } from '../../../app/deps.js';
import type { Person } from '../../../domain/model/types.js';
import { route, type Method, type Route } from '../route.js';

const id = z.string().min(1).max(100);
const version = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().max(max);

const approvalRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('authoriser') }),
  z.object({
    kind: z.literal('panel'),
    name: z.string().max(200),
    memberIds: z.array(id).max(200),
  }),
]);

const indicatorInput = z.object({
  code: z.string().trim().toUpperCase().min(1).max(20),
  title: text(300).min(1),
  definition: text(4000),
  procedure: z.object({
    calculation: text(4000),
    source: text(1000),
    evidenceLocation: text(1000),
    verification: text(1000),
    url: z.string().url().max(2048).nullable(),
  }),
  unit: z.enum(['count', 'percentage', 'days', 'currency', 'rate', 'number']),
  decimals: z.number().int().min(0).max(4),
  polarity: z.enum(['higher', 'lower', 'none']),
  frequency: z.enum(['monthly', 'quarterly', 'half-yearly', 'annual']),
  ytd: z.enum(['sum', 'average', 'latest']),
  scope: z.enum(['corporate', 'local']),
  // Null for an indicator imported before its service was known; the use case asks for one.
  serviceId: id.nullable(),
  objectiveIds: z.array(id).max(50),
  collectorId: id,
  responsibleId: id,
  authoriserId: id,
  escalationOwnerId: id,
  benchmarks: z
    .array(
      z.object({
        comparator: text(200).min(1),
        value: z.number().finite(),
        source: text(500),
        year: z.string().regex(/^\d{4}\/\d{2}$/, 'must be a financial year like 2024/25'),
      }),
    )
    .max(20),
  contextOnly: z.boolean(),
  published: z.boolean(),
  // More than this times (or under 1/this of) its history or target asks the officer; null: council's.
  plausibilityRatio: z.number().finite().nullable().optional(),
  // Benchmarks (issue 16): the quartile's comparator group, and the LG Inform metric to fetch.
  primaryGroupId: id.nullable().optional(),
  lgInformMetricId: z.number().int().positive().nullable().optional(),
});

const targetInput = z.object({
  indicatorId: id,
  year: z.string().max(7),
  annual: z.number().finite().nullable(),
  seasonal: z.string().max(40).optional(),
  weights: z.array(z.number().finite().nonnegative()).max(12).optional(),
  profile: z.record(z.string().max(20), z.number().finite()).optional(),
  version: version.optional(),
});

const role = z.enum(['admin', 'leadership', 'officer']);
const personInput = z.object({
  name: text(200).min(1),
  email: z.string().trim().max(320),
  jobTitle: text(200),
  roles: z.array(role).max(3),
  delegateId: id.nullable(),
  onLeaveUntil: z.string().max(10).nullable(),
  directorateId: id.nullable(),
});

const scheme = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('four-level') }),
  z.object({
    kind: z.literal('rag'),
    greenTolerance: z.number().finite(),
    amberTolerance: z.number().finite(),
  }),
]);

/**
 * An admin route: the role is checked first (or `allow`, a narrower right such as a plan's owner),
 * then the body is validated with `schema`.
 */
export function admin<B>(r: {
  method: Method;
  path: string;
  summary: string;
  tag?: string;
  schema?: z.ZodType<B>;
  status?: number;
  allow?: (person: Person, params: Record<string, string>, deps: AppDeps) => Promise<void>;
  run: (a: { person: Person; params: Record<string, string>; body: B }, deps: AppDeps) => unknown;
}): Route {
  return route({
    method: r.method,
    path: r.path,
    summary: r.summary,
    tag: r.tag ?? 'admin',
    status: r.status,
    body: r.schema ? z.unknown() : undefined,
    handler: async ({ person, params, body }, deps) => {
      if (r.allow) await r.allow(person, params, deps);
      else requireAdmin(person);
      const parsed = r.schema ? r.schema.parse(body ?? {}) : (undefined as B);
      return r.run({ person, params, body: parsed }, deps);
    },
  });
}

export const adminRoutes: Route[] = [
  admin({
    method: 'get',
    path: '/api/admin/options',
    summary: 'Services, objectives, directorates and people, for the set-up forms',
    run: async (_a, deps) => {
      const cat = await loadCatalogue(deps.store);
      const pick = <T extends { id: string }>(m: Iterable<T>, label: (t: T) => string) =>
        [...m]
          .map((t) => ({ id: t.id, label: label(t) }))
          .sort((a, b) => a.label.localeCompare(b.label));
      return {
        services: pick(cat.services.values(), (s) => s.name),
        objectives: pick(cat.objectives, (o) => `${o.code} ${o.title}`),
        directorates: pick(cat.directorates.values(), (d) => d.name),
        people: pick(cat.people.values(), (p) => p.name),
      };
    },
  }),
  admin({
    method: 'get',
    path: '/api/admin/indicators',
    summary: 'Every indicator, retired included, with its version',
    run: ({ person }, deps) => adminIndicators(deps, person),
  }),
  admin({
    method: 'post',
    path: '/api/admin/indicators',
    summary: 'Create an indicator',
    schema: indicatorInput,
    status: 201,
    run: ({ person, body }, deps) => createIndicator(deps, person, body),
  }),
  admin({
    method: 'put',
    path: '/api/admin/indicators/:id',
    summary: 'Edit an indicator (send the version you read)',
    schema: indicatorInput.partial().extend({ version, procedureNote: text(1000).optional() }),
    run: ({ person, params, body: { version: v, procedureNote, ...patch } }, deps) =>
      updateIndicator(deps, person, params.id!, v, patch, { procedureNote }),
  }),
  admin({
    method: 'post',
    path: '/api/admin/indicators/:id/retire',
    summary: 'Retire an indicator, or reinstate it (retired: false)',
    schema: z.object({ version, retired: z.boolean().default(true) }),
    run: ({ person, params, body }, deps) =>
      setIndicatorRetired(deps, person, params.id!, body.version, body.retired),
  }),
  admin({
    method: 'get',
    path: '/api/admin/indicators/:id/targets',
    summary: "An indicator's targets by year, with their period profiles",
    run: ({ person, params }, deps) => targetsOf(deps, person, params.id!),
  }),
  admin({
    method: 'put',
    path: '/api/admin/targets',
    summary: 'Set the target for an indicator and year, profiled across its periods',
    schema: targetInput,
    run: ({ person, body }, deps) => setTarget(deps, person, body),
  }),
  admin({
    method: 'get',
    path: '/api/admin/people',
    summary: 'People and their roles, with versions',
    run: ({ person }, deps) => adminPeople(deps, person),
  }),
  admin({
    method: 'post',
    path: '/api/admin/people',
    summary: 'Add a person (id: their Entra object id, in a tenant)',
    schema: personInput.extend({ id: id.optional() }),
    status: 201,
    run: ({ person, body: { id: newId, ...fields } }, deps) =>
      createPerson(deps, person, fields, newId),
  }),
  admin({
    method: 'put',
    path: '/api/admin/people/:id',
    summary: "Edit a person's details and roles",
    schema: personInput.partial().extend({ version }),
    run: ({ person, params, body: { version: v, ...patch } }, deps) =>
      updatePerson(deps, person, params.id!, v, patch),
  }),
  admin({
    method: 'post',
    path: '/api/admin/people/:id/retire',
    summary: 'Retire a person who has left: their roles and delegate are removed, and audited',
    schema: z.object({ version, note: text(500).optional() }),
    run: ({ person, params, body }, deps) =>
      retirePerson(deps, person, params.id!, body.version, body.note),
  }),
  admin({
    method: 'get',
    path: '/api/admin/rating-scheme',
    summary: 'The rating scheme in use',
    run: ({ person }, deps) => ratingScheme(deps, person),
  }),
  admin({
    method: 'put',
    path: '/api/admin/rating-scheme',
    summary: 'Switch between the four-level scheme and RAG with tolerances',
    schema: z.object({ scheme, version: version.nullable() }),
    run: ({ person, body }, deps) => setRatingScheme(deps, person, body.scheme, body.version),
  }),
  admin({
    method: 'get',
    path: '/api/admin/action-plan-approval',
    summary: 'Who approves action plans: nobody, the Authorising Officer, or a named panel',
    run: ({ person }, deps) => actionPlanApproval(deps, person),
  }),
  admin({
    method: 'put',
    path: '/api/admin/action-plan-approval',
    summary: 'Set who approves action plans',
    schema: z.object({ rule: approvalRule, version: version.nullable() }),
    run: ({ person, body }, deps) => setActionPlanApproval(deps, person, body.rule, body.version),
  }),
];
