// Benchmarks and place (issue 16): comparator groups and their figures, breakdowns of a return by
// area or community group with the boundaries a ward map draws, and deep-dive reviews of
// persistent under-performance. Pure data, like types.ts (which re-exports these).
import type { Instant, IsoDate } from './types.js';

/** What sort of comparison a group makes: it decides only how the group is described. */
export type ComparatorGroupKind = 'england' | 'region' | 'county' | 'nearest-neighbours' | 'custom';

/** A council in a comparator group, by its GSS code (`E07000146`). */
export interface ComparatorMember {
  areaCode: string;
  areaName: string;
}

/** England, a region, county councils, CIPFA nearest neighbours or a custom group; unique by name. */
export interface ComparatorGroup {
  id: string;
  name: string;
  kind: ComparatorGroupKind;
  members: ComparatorMember[];
}

/**
 * One comparator figure: a member council's value for an indicator and period, or the group's
 * average (areaCode null). Unique by (indicatorId, periodKey, groupId, areaCode): an import of the
 * same row again replaces the value rather than adding a second.
 */
export interface BenchmarkValue {
  id: string;
  indicatorId: string;
  /** Canonical period key, as for returns. */
  periodKey: string;
  groupId: string;
  kind: 'member' | 'average';
  /** Null for the group's average. */
  areaCode: string | null;
  areaName: string | null;
  value: number;
  /** Where it came from, e.g. `LG Inform, metric 4282`. */
  source: string;
  importedAt: Instant;
}

/** By area (a ward or district, by GSS code) or by community group (an age band, disability …). */
export type BreakdownDimension = 'area' | 'community';

/**
 * One breakdown value of an indicator's figure for a period: e.g. the ward E05012345's rate, or
 * the `65 and over` age band's. Unique by (indicatorId, periodKey, breakdown, key).
 */
export interface BreakdownValue {
  id: string;
  indicatorId: string;
  periodKey: string;
  dimension: BreakdownDimension;
  /** The breakdown's name: `Ward`, `District`, `Age band`, `Disability` … */
  breakdown: string;
  /** The area's GSS code, or the community group's label. */
  key: string;
  /** What people read: the ward's name, or the community group's label again. */
  label: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  enteredBy: string;
  enteredAt: Instant;
}

/**
 * One area's boundary in a set the council uploaded (ONS ward boundaries are GeoJSON): the
 * geometry is the feature's GeoJSON Polygon or MultiPolygon, longitude/latitude (WGS 84).
 * Unique by (boundarySet, areaCode).
 */
export interface AreaBoundary {
  id: string;
  /** The set's name, e.g. `Wards 2024`: a breakdown's map draws the set its area codes are in. */
  boundarySet: string;
  areaCode: string;
  areaName: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

/** Why a deep dive was asked for. */
export type DeepDiveTrigger = 'persistent-under-performance' | 'performance-team' | 'committee';

/** Derbyshire's review questions, each answered in the review's own words. */
export interface DeepDiveAnswers {
  whyIsThisTheCase: string;
  implications: string;
  impactOnServiceUsersAndPartners: string;
  effectOnPrioritiesAndRisks: string;
  areExistingActionsWorking: string;
  predictedPerformanceIfNothingMore: string;
}

export type DeepDiveStatus = 'open' | 'closed';

/** A deep-dive review of one indicator's performance. */
export interface DeepDiveReview {
  id: string;
  indicatorId: string;
  trigger: DeepDiveTrigger;
  /** Which committee asked, when the trigger is a committee. */
  requestedBy: string;
  requestedAt: Instant;
  scope: string;
  leadOfficerId: string;
  dueDate: IsoDate;
  answers: DeepDiveAnswers;
  findings: string;
  recommendations: string;
  actionPlanId: string | null;
  status: DeepDiveStatus;
  /** The closing outcome, written when it is closed. */
  outcome: string;
  closedAt: Instant | null;
  closedBy: string | null;
}
