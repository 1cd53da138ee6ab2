// One worker thread, as a promise: resolves with the first message the worker posts,
// rejects on an error or a non-zero exit. Shared by the catalogue and the search staging.
import { Worker } from 'node:worker_threads';

export function runWorker<T>(script: URL, workerData: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    worker.once('message', (result: T) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${what} worker stopped with exit code ${code}`));
    });
  });
}
