// Why a migration stopped, and what it left behind. A DomainError, so the CLI prints the message
// without a stack (src/cli/run-cli.ts).
import { DomainError } from '../../domain/errors/errors.js';
import type { ListName } from '../../domain/ports/store.js';

export class MigrationError extends DomainError {
  constructor(
    message: string,
    /** True when the target holds nothing this migration wrote (refused, or undone in full). */
    readonly clean: boolean,
    /** Items still on the target that the migration wrote (only when the rollback failed). */
    readonly leftBehind: { list: ListName; id: string }[] = [],
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}
