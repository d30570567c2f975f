// Comparator groups (issue 16): England, a region, county councils, CIPFA nearest neighbours or a
// custom group, each with its member councils by GSS code. A group is unique by its name, matched
// ignoring case and spacing, so "CIPFA Nearest Neighbours" in one file is the group another made.
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import type { ComparatorGroup, ComparatorGroupKind } from '../../domain/model/types.js';
import type { Store, StoredItem } from '../../domain/ports/store.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { choice, type Parsed } from '../import/cell-parsers.js';

export type StoredGroup = StoredItem<Omit<ComparatorGroup, 'id'>>;

/** The nine English regions (ONS), so a group named for one is a region group. */
const REGIONS = [
  'north east',
  'north west',
  'yorkshire and the humber',
  'east midlands',
  'west midlands',
  'east of england',
  'london',
  'south east',
  'south west',
];

/** How names are matched: case and runs of spaces do not make a second group. */
export const groupKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The kind a new group is given from its name, when the file does not say. */
export function inferGroupKind(name: string): ComparatorGroupKind {
  const key = groupKey(name);
  if (/nearest neighbours?|near neighbours?|\bcipfa\b/.test(key)) return 'nearest-neighbours';
  if (/\bengland\b/.test(key) && !key.includes('east of england')) return 'england';
  if (/\bcount(y|ies)\b/.test(key)) return 'county';
  if (REGIONS.some((r) => key === r || key.startsWith(`${r} `) || key.endsWith(` ${r}`))) {
    return 'region';
  }
  return 'custom';
}

export const parseGroupKind = (text: string): Parsed<ComparatorGroupKind> =>
  choice(
    text,
    {
      england: 'england',
      region: 'region',
      county: 'county',
      'nearest-neighbours': 'nearest-neighbours',
      'nearest neighbours': 'nearest-neighbours',
      custom: 'custom',
    },
    'comparator group kind',
  );

/** Every stored group by its matching key. */
export async function groupsByKey(store: Store): Promise<Map<string, StoredGroup>> {
  return new Map((await store.query('comparatorGroups')).map((g) => [groupKey(g.fields.name), g]));
}

/** A stored group named by a person (a CLI option): its name as they typed it, else refused. */
export async function namedGroup(store: Store, name: string, field: string): Promise<StoredGroup> {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new ValidationError('is required: the comparator group by its name', field);
  }
  const group = (await groupsByKey(store)).get(groupKey(name));
  if (!group) {
    throw new NotFoundError(
      `no comparator group "${name}": import its figures first (golden-thread benchmarks import)`,
    );
  }
  return group;
}

export interface ComparatorGroupSummary {
  id: string;
  name: string;
  kind: ComparatorGroupKind;
  memberCount: number;
}

/** The groups for the tab (any person of the council), by name. */
export async function listComparatorGroups(
  deps: AppDeps,
  viewerId: string,
): Promise<{ groups: ComparatorGroupSummary[] }> {
  const cat = await loadCatalogue(deps.store);
  if (!cat.people.has(viewerId))
    throw new ForbiddenError('Only people of the council may do this.');
  const groups = (await deps.store.query('comparatorGroups')).map((g) => ({
    id: g.id,
    name: g.fields.name,
    kind: g.fields.kind,
    memberCount: g.fields.members.length,
  }));
  return { groups: groups.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')) };
}
