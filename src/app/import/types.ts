export interface ImportOptions {
  /** The person importing (recorded as having entered the figures). */
  actorId: string;
  /** Shown in the audit note. */
  fileName?: string;
}

export interface ImportSummary {
  indicatorsCreated: number;
  indicatorsUpdated: number;
  /** Of those created, how many wait for an admin to assign a service and officers. */
  indicatorsNeedingOwners: number;
  /** Target items (one per indicator per financial year) created or changed. */
  targetsWritten: number;
  returnsCreated: number;
  returnsUpdated: number;
  /** Breakdown values (by ward, age band …) created, changed or removed. */
  breakdownValuesWritten: number;
  /** Data rows read (the header not counted). */
  rows: number;
}
