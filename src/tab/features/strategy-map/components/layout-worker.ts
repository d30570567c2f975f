// The layout runs in a worker: ELK is a large library (the Eclipse Layout Kernel, compiled to
// JavaScript), and laying out hundreds of nodes should not freeze the page while it works. The
// worker is its own chunk, so the side panel's list never downloads it.
import * as elkModule from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

type ElkConstructor = typeof import('elkjs/lib/elk-api.js').default;
// elkjs is a CommonJS bundle: its constructor is the module itself or its `default`, depending on
// the bundler's interop.
const mod = elkModule as unknown as { default?: ElkConstructor | { default: ElkConstructor } };
const ELK = (
  typeof mod.default === 'function' ? mod.default : (mod.default?.default ?? mod)
) as ElkConstructor;
const elk = new ELK();

export interface LayoutRequest {
  id: number;
  graph: ElkNode;
}
export type LayoutAnswer = { id: number; graph: ElkNode } | { id: number; error: string };

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, graph } = event.data;
  try {
    const laid = await elk.layout(graph);
    self.postMessage({ id, graph: laid } satisfies LayoutAnswer);
  } catch (e) {
    self.postMessage({
      id,
      error: e instanceof Error ? e.message : String(e),
    } satisfies LayoutAnswer);
  }
};
