// Rendering off the event loop (issue 21): a quarterly report for 300 indicators takes most of a
// second of CPU to lay out as Word or PDF, and on the server's one event loop every dashboard,
// card and chat reply would wait behind it. The pool keeps worker threads (started on first use)
// and hands each job to the least busy one; a worker that dies fails only its own jobs and is
// replaced on the next one.
import { Worker } from 'node:worker_threads';
import { ValidationError } from '../../../domain/errors/errors.js';
import type { Renderer, RenderJob } from './render-job.js';
import type { AnswerMessage, JobMessage } from './render-worker.js';

export interface RenderPool {
  render: Renderer;
  /** Jobs handed out and not yet answered. */
  pending(): number;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  waiting: Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>;
}

const BOOT = new URL('./render-worker-boot.mjs', import.meta.url);

export function createRenderPool(options: { threads?: number } = {}): RenderPool {
  const threads = Math.max(1, options.threads ?? 1);
  const slots: (Slot | null)[] = Array.from({ length: threads }, () => null);
  let nextId = 1;
  let closed = false;

  const start = (index: number): Slot => {
    const worker = new Worker(BOOT);
    const slot: Slot = { worker, waiting: new Map() };
    const failAll = (error: Error) => {
      for (const { reject } of slot.waiting.values()) reject(error);
      slot.waiting.clear();
      if (slots[index] === slot) slots[index] = null;
    };
    worker.on('message', (answer: AnswerMessage) => {
      const waiter = slot.waiting.get(answer.id);
      if (!waiter) return;
      slot.waiting.delete(answer.id);
      if (slot.waiting.size === 0) worker.unref();
      if ('bytes' in answer) waiter.resolve(Buffer.from(answer.bytes));
      else if (answer.error.problems) waiter.reject(new ValidationError(answer.error.problems));
      else waiter.reject(new Error(`the report could not be rendered: ${answer.error.message}`));
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => failAll(new Error(`the report renderer stopped (exit ${code})`)));
    // An idle worker must not keep the process alive (a test run's end); a busy one does.
    worker.unref();
    return slot;
  };

  const leastBusy = (): Slot => {
    let best = 0;
    for (let i = 0; i < threads; i++) {
      const size = slots[i]?.waiting.size ?? 0;
      if (size < (slots[best]?.waiting.size ?? 0)) best = i;
    }
    return (slots[best] ??= start(best));
  };

  return {
    render(job: RenderJob): Promise<Buffer> {
      if (closed) return Promise.reject(new Error('the report renderer has been closed'));
      const slot = leastBusy();
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        slot.waiting.set(id, { resolve, reject });
        slot.worker.ref();
        try {
          slot.worker.postMessage({ id, job } satisfies JobMessage);
        } catch (error) {
          // A job that cannot be cloned to the thread never reached it.
          slot.waiting.delete(id);
          if (slot.waiting.size === 0) slot.worker.unref();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    pending: () => slots.reduce((sum, slot) => sum + (slot?.waiting.size ?? 0), 0),
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot?.worker.terminate()));
    },
  };
}
