// A key action's progress typed in chat (`KA12 on track 60% planning permission granted`): found
// among the updates due from the person (their own actions, or those they are delegate for), then
// submitted through the same use case as the card, which answers with the update card.
import { myKeyActionUpdates } from '../../src/app/key-action-updates/index.js';
import type { KeyActionReply } from '../../src/domain/key-actions/index.js';
import { escapeCardText, type AdaptiveCard, type UpdateDraft } from '../cards/index.js';
import { submitUpdate, type HandlerContext } from '../handlers/index.js';

export async function typedKeyActionUpdate(
  ctx: HandlerContext,
  reply: KeyActionReply,
): Promise<AdaptiveCard | string> {
  if (!reply.ok) return reply.error;
  const due = (await myKeyActionUpdates(ctx.deps, ctx.personId)).toUpdate;
  const chosen = due.find((v) => v.action.code.toUpperCase() === reply.code);
  if (!chosen) {
    const codes = [...new Set(due.map((v) => v.action.code))].join(', ');
    return `You have no key-action update due for ${escapeCardText(reply.code, 20)}.${codes ? ` Due from you: ${escapeCardText(codes, 400)}.` : ''}`;
  }
  const percent = reply.percent ?? chosen.action.percentComplete;
  const draft: UpdateDraft = {
    status: reply.status,
    outcome: 'as-expected',
    percentComplete: String(percent),
    commentary: reply.commentary,
    evidenceUrl: '',
    revisedDueDate: '',
    revisedDueReason: '',
    nextMilestone: chosen.action.nextMilestone,
  };
  return submitUpdate(
    ctx,
    { updateId: chosen.id, version: chosen.version },
    {
      status: reply.status,
      percentComplete: percent,
      commentary: reply.commentary,
      nextMilestone: chosen.action.nextMilestone,
    },
    draft,
  );
}
