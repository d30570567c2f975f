// The strategy map proper: the visible part of the thread as cards laid out by ELK, joined by the
// routes ELK gives. Cards are native buttons and links in reading order (Tab works); the arrow keys
// move along the thread (Up/Down within a column, Left to the parent, Right to the first child,
// opening or closing a branch when there is nowhere to move).
import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ThreadNode } from '../../../shared/api/index.js';
import { ErrorBar } from '../../../shared/components/index.js';
import { layoutMap, warmLayout, type MapLayout } from './elk-layout.js';
import { neighbour, visibleNodes } from './map-model.js';
import { MapCard, cardControl } from './map-node.js';
import { SMALL_MAP, treeLayout } from './tree-layout.js';

const useStyles = makeStyles({
  // Wide maps scroll sideways here; tall ones scroll with the page, so the whole map can be read.
  scroll: {
    overflowX: 'auto',
    minHeight: '240px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  canvas: { position: 'relative' },
  links: { position: 'absolute', left: 0, top: 0, pointerEvents: 'none' },
  link: { fill: 'none', stroke: tokens.colorNeutralStroke1, strokeWidth: 1.5 },
});

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

export function MapCanvas({
  tree,
  open,
  onToggle,
  large,
  scale,
  selectedAction,
  onOpenAction,
  label,
}: {
  tree: ThreadNode;
  open: ReadonlySet<string>;
  onToggle: (key: string, open: boolean) => void;
  large: boolean;
  /** How much wider than the base size the cards are drawn. */
  scale: number;
  selectedAction: string | null;
  onOpenAction: (id: string) => void;
  label: string;
}) {
  const styles = useStyles();
  const nodes = useMemo(() => visibleNodes(tree, open), [tree, open]);
  const cards = useRef(new Map<string, HTMLElement>());
  const [layout, setLayout] = useState<MapLayout | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const shape = nodes.map((n) => n.key).join('|');

  // Measure the cards as drawn (titles wrap to their own height), then place them.
  useLayoutEffect(() => {
    let live = true;
    const sized = nodes.map((n) => {
      const el = cards.current.get(n.key);
      return {
        key: n.key,
        parentKey: n.parentKey,
        width: el?.offsetWidth ?? 200,
        height: el?.offsetHeight ?? 80,
      };
    });
    // A small map (the first one) is placed at once; ELK's worker takes seconds to start.
    if (sized.length <= SMALL_MAP) {
      setLayout(treeLayout(sized, scale));
      setFailed(null);
      // After this paint, ELK starts in its worker, for when the map grows.
      const timer = window.setTimeout(() => warmLayout(sized, scale), 0);
      return () => window.clearTimeout(timer);
    }
    layoutMap(sized, scale).then(
      (laid) => live && (setLayout(laid), setFailed(null)),
      (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
    // The shape of what is shown (and the card size) is what needs a new layout.
  }, [shape, scale, large, tree]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (!ARROWS.has(e.key)) return;
      const key = (e.target as HTMLElement).closest('[data-key]')?.getAttribute('data-key');
      const here = key ? nodes.find((n) => n.key === key) : undefined;
      if (!here) return;
      e.preventDefault();
      if (e.key === 'ArrowRight' && here.expandable && !here.expanded)
        return onToggle(here.key, true);
      if (e.key === 'ArrowLeft' && here.expanded) return onToggle(here.key, false);
      const next = neighbour(nodes, here.key, e.key as 'ArrowUp');
      if (next) cardControl(cards.current.get(next))?.focus();
    },
    [nodes, onToggle],
  );

  const width = layout?.width ?? 0;
  const height = layout?.height ?? 0;
  return (
    <>
      {failed && <ErrorBar>{failed}</ErrorBar>}
      <div className={styles.scroll}>
        <section
          className={styles.canvas}
          aria-label={label}
          aria-busy={!layout}
          style={{ width, height: Math.max(height, 200) }}
          onKeyDown={onKeyDown}
        >
          <svg className={styles.links} width={width} height={height} aria-hidden="true">
            {layout?.routes.map((r) => (
              <polyline
                key={r.id}
                className={styles.link}
                points={r.points.map((p) => `${p.x},${p.y}`).join(' ')}
              />
            ))}
          </svg>
          {nodes.map((n) => (
            <MapCard
              key={n.key}
              item={n}
              box={layout?.boxes.get(n.key)}
              large={large}
              scale={scale}
              selected={n.node.kind === 'key-action' && n.node.id === selectedAction}
              cardRef={(el) => {
                if (el) cards.current.set(n.key, el);
                else cards.current.delete(n.key);
              }}
              onToggle={(key) => onToggle(key, !n.expanded)}
              onOpenAction={onOpenAction}
            />
          ))}
        </section>
      </div>
    </>
  );
}
