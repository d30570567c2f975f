// How both spot-check forms take a refusal: a 400 puts each named field's message by its field;
// anything else is said in the page's notice.
import { ApiError } from '../../../shared/api/index.js';
import type { Notice } from '../../../shared/components/index.js';

export function showRefusal(
  e: unknown,
  setProblems: (problems: Record<string, string>) => void,
  onDone: (notice: Notice) => void,
): void {
  if (e instanceof ApiError && e.status === 400) {
    setProblems(Object.fromEntries((e.body.problems ?? []).map((p) => [p.field, p.message])));
  } else {
    onDone({ ok: false, text: e instanceof Error ? e.message : String(e) });
  }
}
