// The worker thread's side of render-pool.ts: renders each job it is sent and answers with the
// bytes, or with the error (a ValidationError keeps its field problems, so a bad logo is still a
// 400 naming GT_COUNCIL_LOGO).
import { parentPort } from 'node:worker_threads';
import { ValidationError } from '../../../domain/errors/errors.js';
import { renderInPlace, type RenderJob } from './render-job.js';

export interface JobMessage {
  id: number;
  job: RenderJob;
}

export type AnswerMessage =
  | { id: number; bytes: Uint8Array }
  | {
      id: number;
      error: { message: string; problems?: ValidationError['problems'] };
    };

parentPort!.on('message', async ({ id, job }: JobMessage) => {
  let answer: AnswerMessage;
  try {
    answer = { id, bytes: new Uint8Array(await renderInPlace(job)) };
  } catch (error) {
    answer =
      error instanceof ValidationError
        ? { id, error: { message: error.message, problems: error.problems } }
        : { id, error: { message: error instanceof Error ? error.message : String(error) } };
  }
  parentPort!.postMessage(answer);
});
