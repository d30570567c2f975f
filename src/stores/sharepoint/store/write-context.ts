// Every write names who made it and through which channel (the audit trail depends on it), and
// every operation names a list the domain knows: checked before anything is sent.
import { ValidationError } from '../../../domain/errors/errors.js';
import type { Channel } from '../../../domain/model/types.js';
import { LIST_NAMES, type ListName, type WriteContext } from '../../../domain/ports/store.js';

const CHANNELS = new Set<Channel>(['tab', 'bot', 'card', 'import', 'system', 'api']);
const LISTS = new Set<string>(LIST_NAMES);

export function assertWriteContext(ctx: WriteContext): void {
  if (typeof ctx?.actorId !== 'string' || ctx.actorId.trim() === '') {
    throw new ValidationError('who is writing must be given', 'ctx.actorId');
  }
  if (!CHANNELS.has(ctx.channel)) {
    throw new ValidationError(`unknown channel ${JSON.stringify(ctx.channel)}`, 'ctx.channel');
  }
}

export function assertListName(list: unknown): asserts list is ListName {
  if (typeof list !== 'string' || !LISTS.has(list)) {
    throw new ValidationError(`unknown list ${JSON.stringify(list)}`, 'list');
  }
}
