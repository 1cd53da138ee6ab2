// Worker thread: catalogues and prepares the servers it is given (see parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { catalogueServers, loadData } from '../core/catalogue.ts';
import { prepareServer } from './prepare.ts';

const { dataDir, slugs } = workerData as { dataDir: string; slugs: string[] };
const wanted = new Set(slugs);
const data = loadData(dataDir);
const { servers, problems } = catalogueServers(data.servers.filter((s) => wanted.has(s.slug)), data.defaults);
const prepared = problems.length ? [] : servers.map(prepareServer);
parentPort!.postMessage({ servers, problems, prepared });
