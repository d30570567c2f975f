// What a node says, shared by the map's cards and the narrow list: its kind and code, its title,
// and its rating (a leaf) or roll-up counts (a branch), each in words with a shape.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RatingState, ThreadNode } from '../../../shared/api/index.js';
import { isLeaf } from './map-model.js';
import { useProvisionalWords } from './provisional-context.js';
import { CountMarks, LeafRating } from './rating-marks.js';

const useStyles = makeStyles({
  top: { display: 'flex', justifyContent: 'space-between', gap: '8px', alignItems: 'baseline' },
  // Neutral, not the link colour: the brand blue falls below 4.5:1 on a hovered card in the dark
  // theme (axe, thread-risks.test.ts).
  hint: { fontSize: '0.8em', color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  kind: {
    fontSize: '0.8em',
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    color: tokens.colorNeutralForeground2,
  },
  title: { display: 'block', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  provisional: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  marks: { display: 'flex', flexDirection: 'column', gap: '2px', marginTop: '4px' },
});

export const KIND_NAMES: Record<ThreadNode['kind'], string> = {
  plan: 'Plan',
  priority: 'Priority',
  objective: 'Objective',
  indicator: 'Indicator',
  'key-action': 'Key action',
  unlinked: 'Not linked to an objective',
};

export function NodeLabel({
  node,
  shapeSize,
  hint,
}: {
  node: ThreadNode;
  shapeSize?: number;
  /** What pressing the card does, e.g. "Show 6 ▸" (its state is told to screen readers apart). */
  hint?: string | null;
}) {
  const styles = useStyles();
  const provisional = useProvisionalWords(node.kind === 'indicator' ? node.id : '');
  return (
    <>
      <span className={styles.top}>
        <span className={styles.kind}>
          {KIND_NAMES[node.kind]}
          {node.code ? ` ${node.code}` : ''}
        </span>{' '}
        {hint && (
          <span className={styles.hint} aria-hidden="true">
            {hint}
          </span>
        )}
      </span>{' '}
      <span className={styles.title}>{node.title}</span>{' '}
      <span className={styles.marks}>
        {isLeaf(node) && node.state ? (
          <>
            <LeafRating state={node.state as RatingState} size={shapeSize} />
            {provisional && <span className={styles.provisional}>{provisional}</span>}
          </>
        ) : (
          <>
            <CountMarks
              counts={node.indicatorCounts}
              noun={['indicator', 'indicators']}
              size={shapeSize}
            />{' '}
            <CountMarks
              counts={node.actionCounts}
              noun={['key action', 'key actions']}
              size={shapeSize}
            />
          </>
        )}
      </span>
    </>
  );
}
