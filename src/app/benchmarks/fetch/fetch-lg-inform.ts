// Fetching comparator figures from LG Inform Plus (issue 16) for the indicators mapped to an LG
// Inform metric (`lgInformMetricId`): each metric for the group's member councils, read as LG
// Inform's CSV download is read, then written all or nothing like an imported file.
import { ValidationError } from '../../../domain/errors/errors.js';
import type { Indicator } from '../../../domain/model/types.js';
import type { AppDeps } from '../../deps.js';
import { ProblemList } from '../../import/problems.js';
import { readCsvRecords } from '../../import/read-records.js';
import { decodeCsvText } from '../../import/decode-text.js';
import { namedGroup } from '../groups.js';
import { ENGLAND_GSS, type BenchmarkRow } from '../import/benchmark-row.js';
import {
  adminCatalogue,
  indicatorByCode,
  writeBenchmarkRows,
} from '../import/import-benchmarks.js';
import { lgInformHeaderAt, lgInformSource, readLgInformRecords } from '../import/lg-inform-csv.js';
import type { BenchmarkImportSummary } from '../import/plan-benchmark-writes.js';
import type { LgInformSource } from './lg-inform-source.js';

export interface LgInformFetchOptions {
  actorId: string;
  group: string;
  /** One indicator only; else every indicator with an LG Inform metric. */
  code?: string;
  /** LG Inform's period expression; the latest three periods unless given. */
  period?: string;
}

export interface LgInformFetchSummary extends BenchmarkImportSummary {
  metrics: number;
}

const PERIOD = /^latest(:\d{1,2})?$|^[\w/ ,:-]{1,80}$/;

export async function fetchFromLgInform(
  deps: AppDeps,
  source: LgInformSource,
  opts: LgInformFetchOptions,
): Promise<LgInformFetchSummary> {
  const cat = await adminCatalogue(deps.store, opts?.actorId);
  const group = await namedGroup(deps.store, opts.group, 'group');
  const period = opts.period ?? 'latest:3';
  if (!PERIOD.test(period)) {
    throw new ValidationError(`"${period}" is not an LG Inform period, e.g. latest:3`, 'period');
  }
  const indicators: Indicator[] =
    opts.code !== undefined
      ? [indicatorByCode(cat, opts.code, 'code')]
      : [...cat.indicators.values()].filter((i) => i.lgInformMetricId);
  const unmapped = indicators.find((i) => !i.lgInformMetricId);
  if (unmapped) throw new ValidationError(`${unmapped.code} has no LG Inform metric`, 'code');
  if (indicators.length === 0) {
    throw new ValidationError('no indicator has an LG Inform metric (lgInformMetricId)', 'code');
  }
  // An England group is England's own figure; any other group asks for its member councils.
  const areas =
    group.fields.kind === 'england' && group.fields.members.length === 0
      ? [ENGLAND_GSS]
      : group.fields.members.map((m) => m.areaCode);
  if (areas.length === 0) {
    throw new ValidationError(
      `${group.fields.name} has no member councils: import a file naming them first`,
      'group',
    );
  }

  const problems = new ProblemList();
  const rows: BenchmarkRow[] = [];
  for (const indicator of indicators) {
    const metricType = indicator.lgInformMetricId!;
    const records = readCsvRecords(
      decodeCsvText(await source.metricCsv({ metricType, areas, period })),
    );
    const own = new ProblemList();
    if (lgInformHeaderAt(records) < 0) {
      own.add(1, 'header', "is not LG Inform's area by period layout (area, area label, …)");
    } else {
      const target = { indicator, group: group.fields.name, source: lgInformSource(metricType) };
      rows.push(...readLgInformRecords(records, target, own));
    }
    // Each problem says which metric's answer it is in, as a file's says which line.
    for (const p of own.items) {
      problems.items.push({ ...p, field: `${indicator.code} (metric ${metricType}) ${p.field}` });
    }
  }
  const summary = await writeBenchmarkRows(deps, rows, problems, {
    actorId: opts.actorId,
    channel: 'import',
    event: 'benchmarks.fetched',
    note: `fetched from LG Inform for ${group.fields.name}`,
  });
  return { ...summary, metrics: indicators.length };
}
