// The strategy map where there is no room for it (the Teams side panel, a phone, 320 px): the same
// thread as a nested list, each line the same control as its card on the map, with the same link
// to the risks that threaten it beneath.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ThreadNode } from '../../../shared/api/index.js';
import { CARD_CONTROL } from './card-control.js';
import { cardHint, visibleNodes, type MapNode } from './map-model.js';
import { NodeLabel } from './node-label.js';
import { ThreadRisksLink } from '../../risks/index.js';

const useStyles = makeStyles({
  root: { listStyle: 'none', margin: 0, padding: 0 },
  nested: {
    listStyle: 'none',
    margin: '4px 0 0',
    paddingLeft: '12px',
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
  item: { margin: '6px 0' },
  control: {
    ...CARD_CONTROL,
    padding: '6px 8px',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `3px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  branch: { backgroundColor: tokens.colorNeutralBackground2 },
  risks: { display: 'block', margin: '2px 0 0 8px', fontSize: tokens.fontSizeBase200 },
});

function Line({
  item,
  onToggle,
  onOpenAction,
}: {
  item: MapNode;
  onToggle: (key: string, open: boolean) => void;
  onOpenAction: (id: string) => void;
}) {
  const styles = useStyles();
  const { node } = item;
  if (node.kind === 'indicator')
    return (
      <a className={styles.control} href={`#/indicators/${encodeURIComponent(node.code)}`}>
        <NodeLabel node={node} hint={cardHint(item)} />
      </a>
    );
  if (node.kind === 'key-action')
    return (
      <button
        type="button"
        className={styles.control}
        aria-haspopup="dialog"
        onClick={() => onOpenAction(node.id)}
      >
        <NodeLabel node={node} hint={cardHint(item)} />
      </button>
    );
  return (
    <button
      type="button"
      className={mergeClasses(styles.control, styles.branch)}
      aria-expanded={item.expandable ? item.expanded : undefined}
      onClick={() => item.expandable && onToggle(item.key, !item.expanded)}
    >
      <NodeLabel node={node} hint={cardHint(item)} />
    </button>
  );
}

export function MapList({
  tree,
  open,
  onToggle,
  onOpenAction,
  label,
}: {
  tree: ThreadNode;
  open: ReadonlySet<string>;
  onToggle: (key: string, open: boolean) => void;
  onOpenAction: (id: string) => void;
  label: string;
}) {
  const styles = useStyles();
  const nodes = visibleNodes(tree, open);
  const render = (parentKey: string | null) => {
    const mine = nodes.filter((n) => n.parentKey === parentKey);
    return mine.map((item) => (
      <li key={item.key} className={styles.item}>
        <Line item={item} onToggle={onToggle} onOpenAction={onOpenAction} />
        <ThreadRisksLink node={item.node} className={styles.risks} />
        {item.expanded && <ul className={styles.nested}>{render(item.key)}</ul>}
      </li>
    ));
  };
  return (
    <ul className={styles.root} aria-label={label}>
      {render(null)}
    </ul>
  );
}
