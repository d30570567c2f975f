// Turns the indicator catalogue into Indicator items: officers follow the service (its Collection
// Officer and manager), corporate indicators are authorised by the director and escalate to the
// Chief Executive, local ones are authorised by the head of service and escalate to the director.
import type { Benchmark, Indicator } from '../domain/model/types.js';
import { DEMO_CIPFA_GROUP_ID } from './benchmarks.js';
import { fyLabel } from './dates.js';
import { demoId } from './ids.js';
import { COMMUNITIES_INDICATORS } from './indicators-communities.js';
import { PLACE_INDICATORS } from './indicators-place.js';
import { RESOURCES_INDICATORS } from './indicators-resources.js';
import type { IndicatorSpec } from './indicator-spec.js';
import { DIRECTORATE_SPECS, SERVICE_SPECS, type ServiceKey } from './organisation.js';
import { DEMO_PEOPLE_IDS, personId } from './people.js';

export const INDICATOR_SPECS: readonly IndicatorSpec[] = [
  ...PLACE_INDICATORS,
  ...RESOURCES_INDICATORS,
  ...COMMUNITIES_INDICATORS,
];

export interface IndicatorContext {
  fyStart: number;
  serviceIds: Record<ServiceKey, string>;
  objectiveIdByCode: Record<string, string>;
}

export interface BuiltIndicator {
  spec: IndicatorSpec;
  indicator: Indicator;
}

function benchmarksFor(spec: IndicatorSpec, year: string): Benchmark[] {
  const out: Benchmark[] = [];
  if (spec.england !== undefined)
    out.push({ comparator: 'England average', value: spec.england, source: 'LG Inform', year });
  if (spec.neighbours !== undefined) {
    out.push({
      comparator: 'Nearest neighbours (CIPFA)',
      value: spec.neighbours,
      source: 'LG Inform',
      year,
    });
  }
  return out;
}

function officersFor(spec: IndicatorSpec) {
  const service = SERVICE_SPECS[spec.service];
  const dir = DIRECTORATE_SPECS[service.directorate];
  return {
    collectorId: personId(service.collector),
    responsibleId: personId(service.manager),
    authoriserId: personId(spec.corporate ? dir.director : dir.head),
    escalationOwnerId: spec.corporate ? DEMO_PEOPLE_IDS.leadership : personId(dir.director),
  };
}

export function buildIndicators(ctx: IndicatorContext): BuiltIndicator[] {
  const benchmarkYear = fyLabel(ctx.fyStart - 1);
  return INDICATOR_SPECS.map((spec, i) => ({
    spec,
    indicator: {
      id: demoId('indicators', i + 1),
      code: spec.code,
      title: spec.title,
      definition: spec.definition,
      procedure: {
        calculation: spec.calculation,
        source: spec.source,
        evidenceLocation: `Performance evidence library › ${SERVICE_SPECS[spec.service].name} › ${spec.code}, one folder per period`,
        verification:
          spec.verification ??
          'Responsible Officer compares the figure with the source report and the previous period, and asks about any change over 10%.',
        url: spec.url
          ? `https://intranet.example.gov.uk/performance/procedures/${spec.code.toLowerCase()}`
          : null,
      },
      unit: spec.unit,
      decimals: spec.decimals,
      polarity: spec.polarity,
      frequency: spec.frequency,
      ytd: spec.ytd,
      scope: spec.corporate ? 'corporate' : 'local',
      serviceId: ctx.serviceIds[spec.service],
      objectiveIds: spec.objectives.map((code) => {
        const id = ctx.objectiveIdByCode[code];
        if (id === undefined)
          throw new Error(`demo indicator ${spec.code} names unknown objective ${code}`);
        return id;
      }),
      ...officersFor(spec),
      benchmarks: benchmarksFor(spec, benchmarkYear),
      // Quartiles against the CIPFA family (issue 16), whose figures src/demo/benchmarks.ts invents.
      primaryGroupId: DEMO_CIPFA_GROUP_ID,
      contextOnly: spec.contextOnly ?? false,
      published: !spec.retired && (spec.corporate === true || spec.published === true),
      retired: spec.retired ?? false,
      reminderPolicy: spec.reminder ? { ...spec.reminder } : null,
    },
  }));
}
