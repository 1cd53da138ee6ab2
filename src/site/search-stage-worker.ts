// Worker thread: stages a share of the built pages for the search index (see search-index.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { stagePages } from './search-index.ts';

const { siteDir, staging, files } = workerData as { siteDir: string; staging: string; files: string[] };
parentPort!.postMessage(stagePages(siteDir, staging, files));
