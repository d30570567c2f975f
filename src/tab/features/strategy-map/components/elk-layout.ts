// Lays the visible map out with ELK's tree algorithm (plan on the left, leaves on the right, in
// the thread's own order) and returns each node's box and each link's route. Node sizes are
// measured from the drawn nodes, so long titles wrap rather than overflow.
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { LayoutAnswer, LayoutRequest } from './layout-worker.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Route {
  id: string;
  points: { x: number; y: number }[];
}
export interface MapLayout {
  boxes: Map<string, Box>;
  routes: Route[];
  width: number;
  height: number;
}
export interface SizedNode {
  key: string;
  parentKey: string | null;
  width: number;
  height: number;
}

// ELK's tree layout (mrtree): the map is a tree (an item under two objectives is drawn under
// each), kept in the thread's order, and it is fast — 600 cards in about a second, where the
// layered algorithm with model order took minutes on the same graph.
const OPTIONS = {
  'elk.algorithm': 'mrtree',
  'elk.direction': 'RIGHT',
  'elk.mrtree.edgeRoutingMode': 'AVOID_OVERLAP',
  'elk.padding': '[top=12,left=12,bottom=12,right=12]',
};

let worker: Worker | null = null;
let sequence = 0;
const waiting = new Map<number, (answer: LayoutAnswer) => void>();

function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  return worker;
}

/**
 * Starts ELK's worker ahead of need by having it lay out the map already drawn (its result is not
 * used): ELK's download (1.5 MB), parse and slow first runs take seconds, which should be over by
 * the time the map grows past what tree-layout.ts places itself.
 */
export function warmLayout(nodes: readonly SizedNode[], spacing = 1): void {
  if (worker) return;
  // A failure here is the real layout's failure too, and is reported there.
  layoutMap(nodes, spacing).catch(() => undefined);
}

/** The graph ELK is given for the map's visible cards. */
export function elkGraph(nodes: readonly SizedNode[], spacing = 1): ElkNode {
  const options = {
    ...OPTIONS,
    // mrtree uses one spacing both between columns and between cards in a column.
    'elk.spacing.nodeNode': String(Math.round(28 * spacing)),
  };
  return {
    id: 'map',
    layoutOptions: options,
    children: nodes.map((n) => ({ id: n.key, width: n.width, height: n.height })),
    edges: nodes
      .filter((n) => n.parentKey)
      .map((n) => ({ id: `edge:${n.key}`, sources: [n.parentKey!], targets: [n.key] })),
  };
}

export async function layoutMap(nodes: readonly SizedNode[], spacing = 1): Promise<MapLayout> {
  const graph = elkGraph(nodes, spacing);
  const id = ++sequence;
  const answer = await new Promise<LayoutAnswer>((resolve) => {
    waiting.set(id, resolve);
    layoutWorker().postMessage({ id, graph } satisfies LayoutRequest);
  });
  if ('error' in answer) throw new Error(`The map could not be laid out: ${answer.error}`);
  const laid = answer.graph;
  const boxes = new Map<string, Box>(
    (laid.children ?? []).map((c) => [
      c.id,
      { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 },
    ]),
  );
  const routes = (laid.edges ?? []).map((e) => ({
    id: e.id,
    points: ((e as { sections?: ElkEdgeSectionLike[] }).sections ?? []).flatMap((s) => [
      s.startPoint,
      ...(s.bendPoints ?? []),
      s.endPoint,
    ]),
  }));
  return { boxes, routes, width: laid.width ?? 0, height: laid.height ?? 0 };
}

type ElkEdgeSectionLike = {
  startPoint: { x: number; y: number };
  endPoint: { x: number; y: number };
  bendPoints?: { x: number; y: number }[];
};
