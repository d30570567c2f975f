// Risks in the golden thread (issue 17, "in the thread"): the part of the plan a thread node or a
// register filter names, and each node's roll-up (the rule is src/domain/risks/thread-roll-up.ts).
// Reads only the risks and the council's matrix, so a view holding these is recomputed when a
// risk changes (a review rescores it) and not when a mitigation or a review's commentary does.
import type { ThreadNode } from '../../domain/golden-thread/index.js';
import type { Store } from '../../domain/ports/store.js';
import {
  rollUpRisks,
  type RiskMatrix,
  type ThreadRisk,
  type ThreadTarget,
} from '../../domain/risks/index.js';
import type { Catalogue } from '../catalogue/index.js';
import { loadRiskMatrix } from './register.js';

export interface ThreadRisks {
  risks: ThreadRisk[];
  matrix: RiskMatrix;
}

export async function loadThreadRisks(store: Store): Promise<ThreadRisks> {
  const [items, matrix] = await Promise.all([store.query('risks'), loadRiskMatrix(store)]);
  return { risks: items.map((i) => i.fields), matrix };
}

/** What a priority, objective or key action covers: a priority, all its objectives. */
export function targetOf(
  cat: Catalogue,
  kind: 'priority' | 'objective' | 'key-action',
  id: string,
): ThreadTarget {
  if (kind === 'key-action') return { keyActionId: id };
  if (kind === 'objective') return { objectiveIds: [id] };
  return { objectiveIds: cat.objectives.filter((o) => o.priorityId === id).map((o) => o.id) };
}

/** The tree with each priority, objective and key action carrying its risks. */
export function withRisks(tree: ThreadNode, cat: Catalogue, loaded: ThreadRisks): ThreadNode {
  const walk = (node: ThreadNode): ThreadNode => {
    const children = node.children.map(walk);
    if (node.kind !== 'priority' && node.kind !== 'objective' && node.kind !== 'key-action')
      return { ...node, children };
    const risks = rollUpRisks(loaded.risks, targetOf(cat, node.kind, node.id), loaded.matrix);
    return { ...node, children, risks };
  };
  return walk(tree);
}
