// The notification port (issue 15): every use case that changes whose turn something is tells the
// people whose turn it now is through this, after the change is committed, whichever channel the
// change came through (tab, card, typed reply, CLI, import). The bot implements it with Teams chat
// (cards, and refreshing the copies already sent); tests record the calls. Delivery is the
// implementation's affair: `handedOver` returns at once and never throws, because the change has
// already happened and the person who made it must get their answer.
import type { Handover } from '../domain/workflow/index.js';
import type { ReturnView } from './returns/return-view.js';

export type HandoverNotice =
  | {
      kind: 'return';
      returnId: string;
      /** what was done: a workflow step, or a reopening for restatement */
      event: 'enter' | 'check' | 'authorise' | 'send-back' | 'reopen';
      /** whose turn it is now; null once the figure is final (the copies are still refreshed) */
      handover: Handover | null;
      /** the return as it now stands, seen by the person who acted */
      view: ReturnView;
      /** the Teams card the decision was made on, already updated by the answer (else null) */
      cardActivityId: string | null;
    }
  | {
      kind: 'key-action-update';
      updateId: string;
      event: 'submit' | 'send-back';
      to: string[];
    }
  | {
      kind: 'action-plan';
      planId: string;
      event: 'approve' | 'reject';
      to: string[];
    }
  | {
      kind: 'spot-check';
      /** the quarter drawn, as people write it (`2025/26 Q1`) */
      quarter: string;
      /** each checker and the indicators (codes) drawn for them */
      checks: { personId: string; codes: string[] }[];
    };

export interface Notifications {
  handedOver(notice: HandoverNotice): void;
}
