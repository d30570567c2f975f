// One kind of thing the nudge cycle reminds people of: where its due items come from, how to tell
// it is still waiting just before the send, and how the delivery log names it. Returns, key-action
// updates, spot checks and action-plan dates all go through the same policy, digest and ledger.
import type { CouncilSettings, Indicator } from '../../../domain/model/types.js';
import type { PlanReturn } from '../../../domain/reminders/index.js';
import type { Store } from '../../../domain/ports/store.js';
import type { Catalogue } from '../../catalogue/index.js';
import type { SubjectKind } from './subject.js';

export interface GatherContext {
  store: Store;
  cat: Catalogue;
  settings: CouncilSettings;
}

export interface DueSubject {
  /** as the reminder policy reads it; `returnId` is the ledger subject */
  entry: PlanReturn;
  /** the version a card's buttons carry */
  version: string;
  /** the tab page that answers it, for kinds a card cannot answer on its own */
  page?: string;
}

export interface SubjectDescription {
  code: string | null;
  title: string | null;
  label: string | null;
  /** still waiting on someone */
  due: boolean;
}

export interface SubjectSource {
  kind: SubjectKind;
  due(ctx: GatherContext): Promise<DueSubject[]>;
  /** Still waiting, read again after the claim: reminders stop the moment it is answered. */
  stillDue(store: Store, id: string): Promise<boolean>;
  describe(store: Store, id: string): Promise<SubjectDescription>;
  /** The policy's words (said of an indicator's officers) said of this kind's people. */
  words?(reason: string): string;
}

/** The first member of the performance team, who answers for things with no officer of their own. */
export function firstAdmin(cat: Pick<Catalogue, 'people'>): string | null {
  for (const p of cat.people.values()) if (p.roles.includes('admin')) return p.id;
  return null;
}

/** An indicator as the policy reads it for someone other than its officers: only who is addressed. */
export function addressedAs(
  indicator: Indicator,
  people: Pick<Indicator, 'collectorId' | 'responsibleId' | 'authoriserId' | 'escalationOwnerId'>,
): Indicator {
  return { ...indicator, ...people, reminderPolicy: null, needsOwners: false };
}

/** The policy's escalation words for a kind whose escalations all go to the performance team. */
export function toPerformanceTeam(reason: string): string {
  return reason.replace(
    /(escalated|sent) to the (Responsible Officer|escalation owner)/,
    '$1 to the performance team',
  );
}
