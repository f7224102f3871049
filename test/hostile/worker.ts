// Worker thread of the corpus pool: runs the cases it is sent (by index into the corpus) one at a time.
import { parentPort } from 'node:worker_threads';
import { CORPUS } from './corpus.ts';
import { runCase } from './run.ts';

parentPort!.on('message', (index: number) => {
  parentPort!.postMessage({ index, outcome: runCase(CORPUS[index]) });
});
