// The bot's side of the notification port (src/app/notifications.ts): whatever channel a change
// came through, the people whose turn it now is hear it in their Teams chat, and the copies of a
// return's card already in people's chats are brought up to date. Delivery runs after the answer
// (follow-ups.ts), so a person acting in the tab or on a card never waits on Teams.
import type { AppDeps } from '../../src/app/deps.js';
import type { HandoverNotice, Notifications } from '../../src/app/notifications.js';
import { escapeCardText } from '../cards/index.js';
import { updateCard } from '../handlers/key-action.js';
import { planApprovalCardFor } from '../handlers/plan-approval.js';
import type { FollowUps } from './follow-ups.js';
import type { Notifier } from './notifier.js';

export interface BotNotificationsOptions {
  deps: AppDeps;
  notifier: Notifier;
  followUps: FollowUps;
}

export function createBotNotifications({
  deps,
  notifier,
  followUps,
}: BotNotificationsOptions): Notifications {
  async function deliver(notice: HandoverNotice): Promise<void> {
    switch (notice.kind) {
      case 'return':
        return notifier.afterDecision(notice);
      case 'key-action-update':
        for (const personId of notice.to)
          await notifier.sendCard(personId, await updateCard({ deps, personId }, notice.updateId));
        return;
      case 'action-plan':
        for (const personId of notice.to)
          await notifier.sendCard(
            personId,
            await planApprovalCardFor({ deps, personId }, notice.planId),
          );
        return;
      case 'spot-check':
        for (const { personId, codes } of notice.checks) {
          const which = codes.map((c) => escapeCardText(c)).join(', ');
          await notifier.tell(
            personId,
            `You have been drawn to spot-check ${which} for ${escapeCardText(notice.quarter)}. Open Spot checks in Golden Thread's tab to record what you find.`,
          );
        }
        return;
    }
  }

  return {
    handedOver(notice) {
      followUps.later(labelOf(notice), () => deliver(notice));
    },
  };
}

/** How a follow-up is named in the log: the item and what happened, never a person. */
function labelOf(notice: HandoverNotice): { returnId: string; event: string } {
  switch (notice.kind) {
    case 'return':
      return { returnId: notice.returnId, event: notice.event };
    case 'key-action-update':
      return { returnId: notice.updateId, event: `keyAction.${notice.event}` };
    case 'action-plan':
      return { returnId: notice.planId, event: `actionPlan.${notice.event}` };
    case 'spot-check':
      return { returnId: notice.quarter, event: 'spotCheck.drawn' };
  }
}
