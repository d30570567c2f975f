// Every bad cell in an import file is collected, not thrown at the first one, so a performance
// officer can fix the whole spreadsheet in one pass. Lines are numbered as a spreadsheet shows them
// (header = line 1); a quoted multi-line record is reported at its first line.
import { ValidationError, type FieldProblem } from '../../domain/errors/errors.js';

export class ProblemList {
  readonly items: FieldProblem[] = [];

  add(line: number, column: string, message: string): void {
    this.items.push({ field: `line ${line} ${column}`, message });
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  /** Throws one ValidationError listing everything found, when anything was. */
  throwIfAny(): void {
    if (this.items.length) throw new ValidationError(sortByLine(this.items));
  }
}

function lineOf(p: FieldProblem): number {
  const m = /^line (\d+)/.exec(p.field);
  return m ? Number(m[1]) : 0;
}

function sortByLine(items: FieldProblem[]): FieldProblem[] {
  return items
    .map((p, i) => ({ p, i }))
    .sort((a, b) => lineOf(a.p) - lineOf(b.p) || a.i - b.i)
    .map((x) => x.p);
}

/** `line 7: period: …` — the form printed by the CLI and shown in the tab. */
export function formatProblem(p: FieldProblem): string {
  const m = /^line (\d+) (.+)$/.exec(p.field);
  return m ? `line ${m[1]}: ${m[2]}: ${p.message}` : `${p.field}: ${p.message}`;
}
