// One worker thread, as a promise: resolves with the first message the worker posts,
// rejects on an error or a non-zero exit. Shared by the catalogue and the search staging.
import { Worker } from 'node:worker_threads';

/**
 * The workers make many short-lived objects beside a large live heap (the whole corpus): with V8's default young
 * generation they collect every few megabytes, and a 22,000-tool corpus took twice as long as a 19,000-tool one.
 */
const YOUNG_GENERATION_MB = 384;

export function runWorker<T>(script: URL, workerData: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.once('message', (result: T) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${what} worker stopped with exit code ${code}`));
    });
  });
}
