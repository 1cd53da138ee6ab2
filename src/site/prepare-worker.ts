// Worker thread: catalogues and prepares the servers it is given (see parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { catalogueServers } from '../core/catalogue.ts';
import type { LoadedServer } from '../core/model.ts';
import type { PolicyDefaults } from '../core/policy/index.ts';
import { prepareServer } from './prepare.ts';

const { servers: loaded, defaults } = workerData as { servers: LoadedServer[]; defaults: PolicyDefaults };
const { servers, problems, facts } = catalogueServers(loaded, defaults);
const prepared = problems.length ? [] : servers.map((s) => prepareServer(s, facts));
parentPort!.postMessage({ servers, problems, prepared });
