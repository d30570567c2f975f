// One card on the map. The card is itself the control: a branch is a button that opens or closes
// what serves it, an indicator a link to its page, a key action a button opening its details.
// Until ELK has placed it, a card is drawn hidden at the left so it can be measured.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CSSProperties, Ref } from 'react';
import type { Box } from './elk-layout.js';
import { cardHint, type MapNode } from './map-model.js';
import { NodeLabel } from './node-label.js';

const WIDTH: Record<MapNode['node']['kind'], number> = {
  plan: 220,
  priority: 260,
  objective: 300,
  unlinked: 300,
  indicator: 300,
  'key-action': 300,
};

const useStyles = makeStyles({
  card: {
    position: 'absolute',
    boxSizing: 'border-box',
    display: 'block',
    textAlign: 'left',
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: '8px 10px',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textDecoration: 'none',
    cursor: 'pointer',
    transitionProperty: 'left, top',
    transitionDuration: tokens.durationNormal,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `3px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
      zIndex: 1,
    },
    '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0s' },
    '@media (forced-colors: active)': { border: '1px solid CanvasText' },
  },
  large: { fontSize: '24px', lineHeight: 1.3, padding: '12px 14px' },
  plan: { borderTop: `4px solid ${tokens.colorCompoundBrandStroke}` },
  priority: { borderLeft: `4px solid ${tokens.colorCompoundBrandStroke}` },
  branch: { backgroundColor: tokens.colorNeutralBackground2 },
  selected: { outline: `2px solid ${tokens.colorCompoundBrandStroke}` },
});

export function cardWidth(node: MapNode, scale: number): number {
  return Math.round(WIDTH[node.node.kind] * scale);
}

export function MapCard({
  item,
  box,
  large,
  scale,
  selected,
  cardRef,
  onToggle,
  onOpenAction,
}: {
  item: MapNode;
  box: Box | undefined;
  large: boolean;
  scale: number;
  selected: boolean;
  cardRef: Ref<HTMLElement>;
  onToggle: (key: string) => void;
  onOpenAction: (id: string) => void;
}) {
  const styles = useStyles();
  const { node } = item;
  const style: CSSProperties = {
    width: cardWidth(item, scale),
    left: box?.x ?? 0,
    top: box?.y ?? 0,
    visibility: box ? 'visible' : 'hidden',
  };
  const className = mergeClasses(
    styles.card,
    large && styles.large,
    node.kind === 'plan' && styles.plan,
    node.kind === 'priority' && styles.priority,
    item.expandable && styles.branch,
    selected && styles.selected,
  );
  const body = <NodeLabel node={node} shapeSize={large ? 22 : 14} hint={cardHint(item)} />;
  if (node.kind === 'indicator')
    return (
      <a
        ref={cardRef as Ref<HTMLAnchorElement>}
        href={`#/indicators/${encodeURIComponent(node.code)}`}
        className={className}
        style={style}
        data-key={item.key}
      >
        {body}
      </a>
    );
  return (
    <button
      ref={cardRef as Ref<HTMLButtonElement>}
      type="button"
      className={className}
      style={style}
      data-key={item.key}
      aria-expanded={item.expandable ? item.expanded : undefined}
      aria-haspopup={node.kind === 'key-action' ? 'dialog' : undefined}
      onClick={() => (node.kind === 'key-action' ? onOpenAction(node.id) : onToggle(item.key))}
    >
      {body}
    </button>
  );
}
