// The map or, where it does not fit, the list — with one open/closed state between them, so
// turning a tablet round keeps your place — and the key action drawer both open.
import { Button, makeStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ThreadNode } from '../../../shared/api/index.js';
import { ProvisionalContext } from './provisional-context.js';
import { KeyActionPanel } from './key-action-panel.js';
import { MapCanvas } from './map-canvas.js';
import { MapKey } from './map-key.js';
import { MapList } from './map-list.js';
import { allBranchKeys, initiallyOpen } from './map-model.js';
import { useNarrow } from './use-narrow.js';

const useStyles = makeStyles({
  tools: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '8px 16px',
    margin: '12px 0',
  },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  large: { fontSize: '24px', minHeight: '48px' },
});

function findAction(tree: ThreadNode, id: string): ThreadNode | undefined {
  if (tree.kind === 'key-action' && tree.id === id) return tree;
  for (const c of tree.children) {
    const found = findAction(c, id);
    if (found) return found;
  }
  return undefined;
}

const NONE: Readonly<Record<string, string>> = {};

export function StrategyMapView({
  tree,
  large = false,
  label,
  provisional = NONE,
}: {
  tree: ThreadNode;
  large?: boolean;
  label: string;
  /** indicator id → the words marking its figure as provisional */
  provisional?: Readonly<Record<string, string>>;
}) {
  const styles = useStyles();
  const { ref, narrow, width } = useNarrow<HTMLDivElement>();
  // Wider screens get wider cards (titles on fewer lines, a shorter map), in steps so a small
  // resize does not lay the map out again; the stage's large type has its own size.
  const scale = large ? 1.4 : Math.min(1.35, Math.max(1, Math.floor((width ?? 0) / 62.5) / 20));
  const [open, setOpen] = useState(() => initiallyOpen(tree));
  const [action, setAction] = useState<string | null>(null);
  const everything = useMemo(() => allBranchKeys(tree), [tree]);
  const allOpen = [...everything].every((k) => open.has(k));
  const onToggle = useCallback(
    (key: string, on: boolean) =>
      setOpen((was) => {
        const next = new Set(was);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  // The drawer is mounted only while open (a closed Fluent drawer leaves focus guards behind), so
  // focus is handed back to the card that opened it by hand.
  // The card is remembered by its key, not its element: a layout that lands while the drawer is
  // open may draw the card afresh.
  const opener = useRef<string | null>(null);
  const openAction = useCallback((id: string) => {
    const active = document.activeElement;
    opener.current =
      active instanceof HTMLElement
        ? (active.closest('[data-key]')?.getAttribute('data-key') ?? null)
        : null;
    setAction(id);
  }, []);
  const closeAction = useCallback(() => setAction(null), []);
  useEffect(() => {
    if (action !== null || !opener.current) return;
    const key = opener.current;
    opener.current = null;
    // After the drawer's own focus handling, which (unmounted) falls back to the page body; tried
    // for a few frames, and only while nothing else has taken focus.
    let tries = 0;
    let timer = 0;
    const refocus = () => {
      const card = ref.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      const idle = !document.activeElement || document.activeElement === document.body;
      if (card && idle) card.focus();
      if (++tries < 8 && document.activeElement !== card) timer = window.setTimeout(refocus, 50);
    };
    timer = window.setTimeout(refocus, 0);
    return () => window.clearTimeout(timer);
  }, [action]);
  const shown = action ? findAction(tree, action) : undefined;
  const button = large ? styles.large : undefined;
  return (
    <ProvisionalContext.Provider value={provisional}>
      <div ref={ref}>
        <div className={styles.tools}>
          <MapKey size={large ? 22 : 14} />
          <div className={styles.buttons}>
            <Button
              className={button}
              disabled={allOpen}
              onClick={() => setOpen(new Set(everything))}
            >
              Show every indicator and key action
            </Button>
            <Button className={button} onClick={() => setOpen(initiallyOpen(tree))}>
              Back to priorities and objectives
            </Button>
          </div>
        </div>
        {narrow === true && (
          <MapList
            tree={tree}
            open={open}
            onToggle={onToggle}
            onOpenAction={openAction}
            label={label}
          />
        )}
        {narrow === false && (
          <MapCanvas
            tree={tree}
            open={open}
            onToggle={onToggle}
            large={large}
            scale={scale}
            selectedAction={action}
            onOpenAction={openAction}
            label={label}
          />
        )}
        {action && (
          <KeyActionPanel
            id={action}
            large={large}
            title={shown ? `${shown.code} ${shown.title}` : 'Key action'}
            onClose={closeAction}
          />
        )}
      </div>
    </ProvisionalContext.Provider>
  );
}
