// One node of the golden thread with its roll-up counts and the risks that threaten it (a link to
// the register filtered to it); a disclosure button opens its children (native buttons, so it is
// keyboard operable without a custom tree widget).
import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RatingState, ThreadNode } from '../../../shared/api/index.js';
import { RatingBadge } from '../../../shared/components/index.js';
import { ThreadRisksLink } from '../../risks/index.js';
import { countsSummary } from './counts-summary.js';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    paddingLeft: '24px',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  item: { margin: '4px 0' },
  line: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap', minHeight: '32px' },
  kind: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    textTransform: 'uppercase',
  },
  counts: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // On a line of its own under the node's, aligned with its words (past the 32 px toggle).
  risks: { flexBasis: 'calc(100% - 40px)', marginLeft: '40px', fontSize: tokens.fontSizeBase200 },
  spacer: { width: '32px' },
  toggle: { minWidth: '32px', width: '32px', padding: 0 },
});

const KIND: Record<ThreadNode['kind'], string> = {
  plan: 'Plan',
  priority: 'Priority',
  objective: 'Objective',
  indicator: 'Indicator',
  'key-action': 'Key action',
  unlinked: 'Not linked',
};

function Label({ node }: { node: ThreadNode }) {
  const text = `${node.code ? `${node.code} ` : ''}${node.title}`;
  if (node.kind === 'indicator')
    return <Link href={`#/indicators/${encodeURIComponent(node.code)}`}>{text}</Link>;
  return <span>{text}</span>;
}

export function ThreadNodeView({
  node,
  depth,
  expandAll,
}: {
  node: ThreadNode;
  depth: number;
  expandAll: boolean;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(depth < 1);
  const shown = expandAll || open;
  const hasChildren = node.children.length > 0;
  const childId = `children-${node.kind}-${node.id}`;
  const summary = [
    countsSummary(node.indicatorCounts, ['indicator', 'indicators']),
    countsSummary(node.actionCounts, ['key action', 'key actions']),
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <li className={styles.item}>
      <div className={styles.line}>
        {hasChildren ? (
          <Button
            appearance="subtle"
            className={styles.toggle}
            size="small"
            aria-expanded={shown}
            aria-controls={childId}
            aria-label={`${shown ? 'Collapse' : 'Expand'} ${node.code || node.title}`}
            onClick={() => setOpen(!shown)}
            disabled={expandAll}
          >
            <span aria-hidden="true">{shown ? '▾' : '▸'}</span>
          </Button>
        ) : (
          <span className={styles.spacer} />
        )}
        <span className={styles.kind}>{KIND[node.kind]}</span>
        <Label node={node} />
        {node.state && (node.kind === 'indicator' || node.kind === 'key-action') && (
          <RatingBadge state={node.state as RatingState} />
        )}
        {node.kind !== 'indicator' && node.kind !== 'key-action' && summary && (
          <span className={styles.counts}>{summary}</span>
        )}
        <ThreadRisksLink node={node} className={styles.risks} />
      </div>
      {hasChildren && shown && (
        <ul id={childId} className={styles.list}>
          {node.children.map((c) => (
            <ThreadNodeView
              key={`${c.kind}-${c.id}`}
              node={c}
              depth={depth + 1}
              expandAll={expandAll}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
