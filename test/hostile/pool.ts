// Runs the corpus in a few worker threads, each case with a hang guard: a case with no result in
// HANG_MS has its worker terminated and counts as a hang (a failure, never a skip).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CORPUS } from './corpus.ts';
import type { Outcome } from './run.ts';

export const HANG_MS = 30_000;

export function runCorpus(indices: number[] = CORPUS.map((_, i) => i), size = Math.min(4, Math.max(2, availableParallelism() - 1))): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const queue = [...indices];
  return new Promise((done, fail) => {
    let running = 0;
    const start = () => {
      const next = queue.shift();
      if (next === undefined) {
        if (running === 0) done(outcomes);
        return;
      }
      running++;
      const worker = new Worker(new URL('./worker.ts', import.meta.url));
      let index = next;
      let started = performance.now();
      let timer: NodeJS.Timeout;
      const send = (i: number) => {
        index = i;
        started = performance.now();
        timer = setTimeout(() => {
          outcomes[index] = { kind: 'hang', ms: performance.now() - started };
          worker.removeAllListeners();
          void worker.terminate();
          running--;
          start();
        }, HANG_MS);
        worker.postMessage(i);
      };
      worker.on('message', (m: { index: number; outcome: Outcome }) => {
        clearTimeout(timer);
        outcomes[m.index] = m.outcome;
        const i = queue.shift();
        if (i === undefined) {
          void worker.terminate();
          running--;
          if (running === 0) done(outcomes);
        } else {
          send(i);
        }
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        outcomes[index] = { kind: 'threw', error: `worker died: ${error.message}`, ms: performance.now() - started };
        running--;
        start();
      });
      worker.on('exit', () => clearTimeout(timer));
      send(next);
    };
    const n = Math.min(size, queue.length);
    if (n === 0) done(outcomes);
    for (let i = 0; i < n; i++) start();
    void fail;
  });
}
