// One comparator figure as every source gives it (our CSV, LG Inform's download, LG Inform's API),
// checked and resolved to the indicator, before anything is compared with the store.
import type { ComparatorGroupKind } from '../../../domain/model/types.js';

export interface BenchmarkRow {
  /** The line the figure came from, for a problem found when the rows are put together. */
  line: number;
  indicatorId: string;
  periodKey: string;
  groupName: string;
  /** What the file says the group is; null: inferred from the name when the group is new. */
  groupKind: ComparatorGroupKind | null;
  kind: 'member' | 'average';
  /** The council's GSS code; null for the group's average. */
  areaCode: string | null;
  areaName: string | null;
  value: number;
  source: string;
}

/** A GSS code: a letter and eight digits, E07000146 (ONS, "Code History Database"). */
const GSS = /^[A-Z]\d{8}$/;

export const isGssCode = (code: string): boolean => GSS.test(code);

/** England's own GSS code, which LG Inform lists beside the councils it compares. */
export const ENGLAND_GSS = 'E92000001';
