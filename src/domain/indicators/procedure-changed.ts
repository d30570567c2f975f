// Whether an edit changes the written procedure (and so makes a new version of it): shared by the
// use case and the Set-up form, which says before saving that a new version will be made.
import type { WrittenProcedure } from '../model/types.js';

const PROCEDURE_FIELDS = [
  'calculation',
  'source',
  'evidenceLocation',
  'verification',
  'url',
] as const;

export function procedureChanged(a: WrittenProcedure, b: WrittenProcedure): boolean {
  return PROCEDURE_FIELDS.some((f) => (a[f] ?? null) !== (b[f] ?? null));
}
