// What every plan set-up use case shares: reading an item or 404, refusing a stale version with
// 409 before any check, raising every field problem at once, and the versioned shape the API
// returns (the fields, the id and the version to send back).
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldProblem,
} from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import type { ListName, ListShapes, StoredItem } from '../../domain/ports/store.js';
import { adminContext } from '../admin/require-admin.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';

export type Versioned<T> = T & { id: string; version: string };

/** What each list is called in a message. */
const NOUNS: Partial<Record<ListName, string>> = {
  plans: 'corporate plan',
  priorities: 'priority',
  objectives: 'objective',
  servicePlans: 'service plan',
  keyActions: 'key action',
};

export async function readItem<L extends ListName>(
  deps: AppDeps,
  list: L,
  id: string,
): Promise<StoredItem<ListShapes[L]>> {
  const item = await deps.store.get(list, id);
  if (!item) throw new NotFoundError(`No ${NOUNS[list] ?? list} with id ${id}`);
  return item;
}

/** The write names the version it read; someone else's change since is never overwritten. */
export function assertVersion(
  item: { version: string; fields: { code?: string; title?: string } },
  version: string,
): void {
  if (item.version !== version)
    throw new ConflictError(
      `${item.fields.code ?? item.fields.title ?? 'This item'} was changed by someone else.`,
      item.version,
    );
}

export function assertNoProblems(problems: FieldProblem[]): void {
  if (problems.length) throw new ValidationError(problems);
}

export function versioned<F>(item: { id: string; version: string; fields: F }): Versioned<F> {
  return { ...item.fields, id: item.id, version: item.version };
}

/** Drops keys whose value is undefined, so a partial edit never blanks a field it did not name. */
export function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

type PlanList = 'plans' | 'priorities' | 'objectives' | 'servicePlans' | 'keyActions';

/** One edit of a stored plan item: what to write, under which audit event, and its checks. */
export interface ItemChange<L extends PlanList> {
  id: string;
  /** The version the person read. */
  version: string;
  patch: Partial<ListShapes[L]>;
  event: string;
  /** Refuses the person (their role for this item) before anything is said about its version. */
  allow?: (item: StoredItem<ListShapes[L]>, cat: Catalogue) => void | Promise<void>;
  /** Every field problem with the change, raised together once the version is known fresh. */
  problems?: (item: StoredItem<ListShapes[L]>, cat: Catalogue) => FieldProblem[];
}

/**
 * The order every edit follows: the item or 404, the person's right, the version or 409, every
 * field problem at once, then the audited write. The caller's own role check (requireAdmin) runs
 * before this, so nothing is read for someone with no right at all.
 */
export async function changeItem<L extends PlanList>(
  deps: AppDeps,
  actor: Person,
  list: L,
  change: ItemChange<L>,
): Promise<StoredItem<ListShapes[L]>> {
  const item = await readItem(deps, list, change.id);
  const cat = await loadCatalogue(deps.store);
  await change.allow?.(item, cat);
  assertVersion(item as StoredItem<{ code?: string; title?: string }>, change.version);
  assertNoProblems(change.problems?.(item, cat) ?? []);
  return deps.store.update(
    list,
    change.id,
    change.version,
    change.patch,
    adminContext(actor, change.event),
  );
}

/** Retiring or reinstating an item: the patch and its audit event (`<noun>.retired`). */
export function retireChange(noun: string, retired: boolean) {
  return { patch: { retired }, event: `${noun}.${retired ? 'retired' : 'reinstated'}` };
}
