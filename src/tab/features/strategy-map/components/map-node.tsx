// One card on the map. The card's body is its control: a branch is a button that opens or closes
// what serves it, an indicator a link to its page, a key action a button opening its details.
// Beneath it, where risks threaten the node, a link to them (a link cannot sit inside a button,
// so the card is a frame holding both). Until ELK has placed it, a card is drawn hidden at the
// left so it can be measured.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CSSProperties, Ref } from 'react';
import type { Box } from './elk-layout.js';
import { CARD_CONTROL } from './card-control.js';
import { cardHint, type MapNode } from './map-model.js';
import { NodeLabel } from './node-label.js';
import { ThreadRisksLink } from '../../risks/index.js';

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
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    transitionProperty: 'left, top',
    transitionDuration: tokens.durationNormal,
    ':focus-within': { zIndex: 1 },
    '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0s' },
    '@media (forced-colors: active)': { border: '1px solid CanvasText' },
  },
  control: {
    ...CARD_CONTROL,
    padding: '8px 10px',
    color: 'inherit',
    backgroundColor: 'transparent',
    border: 'none',
    borderRadius: 'inherit',
    ':focus-visible': { outline: `3px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  risks: {
    display: 'block',
    padding: '6px 10px 8px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: '0.9em',
  },
  large: { fontSize: '24px', lineHeight: 1.3 },
  largeControl: { padding: '12px 14px' },
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
  const frame = mergeClasses(
    styles.card,
    large && styles.large,
    node.kind === 'plan' && styles.plan,
    node.kind === 'priority' && styles.priority,
    item.expandable && styles.branch,
    selected && styles.selected,
  );
  const className = mergeClasses(styles.control, large && styles.largeControl);
  const body = <NodeLabel node={node} shapeSize={large ? 22 : 14} hint={cardHint(item)} />;
  const control =
    node.kind === 'indicator' ? (
      <a
        href={`#/indicators/${encodeURIComponent(node.code)}`}
        className={className}
        data-key={item.key}
      >
        {body}
      </a>
    ) : (
      <button
        type="button"
        className={className}
        data-key={item.key}
        aria-expanded={item.expandable ? item.expanded : undefined}
        aria-haspopup={node.kind === 'key-action' ? 'dialog' : undefined}
        onClick={() => (node.kind === 'key-action' ? onOpenAction(node.id) : onToggle(item.key))}
      >
        {body}
      </button>
    );
  return (
    <div ref={cardRef as Ref<HTMLDivElement>} className={frame} style={style}>
      {control}
      <ThreadRisksLink node={node} className={styles.risks} />
    </div>
  );
}

/** The control of a card (its frame is what the map measures and places). */
export function cardControl(card: HTMLElement | undefined): HTMLElement | null {
  return card?.querySelector<HTMLElement>('[data-key]') ?? null;
}
