// One error type per kind of failure, so every host (API, bot, CLI) maps them the same way:
// ValidationError → 400, NotFoundError → 404, ForbiddenError → 403, ConflictError → 409,
// WorkflowError → 422.

export interface FieldProblem {
  /** The field that was wrong, e.g. `value`, `rows[12].period`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[] | string, field = 'input') {
    const list = typeof problems === 'string' ? [{ field, message: problems }] : problems;
    super(list.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.problems = list;
  }
}

export class NotFoundError extends DomainError {}

export class ForbiddenError extends DomainError {}

/** A write named a version that is no longer current (someone else changed the item first). */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly currentVersion: string | null = null,
  ) {
    super(message);
  }
}

/** The return workflow refused a transition (wrong state, missing reason, separation of duties). */
export class WorkflowError extends DomainError {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The input looks wrong but may be right: it is saved only when the person confirms. */
export class ConfirmationRequiredError extends DomainError {
  constructor(
    readonly question: string,
    readonly field: string,
  ) {
    super(question);
  }
}
