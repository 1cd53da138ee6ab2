// `ingest --all`: install every source of data/sources.yaml into the cache, capture it
// isolated (isolate.ts: loopback only, a read-only machine but for its scratch and install
// folders, no privileges), store its manifest, and report one line per server as it finishes, then a
// summary. One failing server never stops the others.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { captureServer, CaptureError } from './capture.ts';
import { installDir, installSource, type Installed } from './install.ts';
import { readPackageJson } from './package-ref.ts';
import { explainIsolationFailure, isolatedCommand, unreachableBy } from './isolate.ts';
import { storeManifest, type StoreResult } from './store.ts';
import { summarizeDiff } from './diff.ts';
import { SECRET_ARG, type LoadedSource } from './sources.ts';
import { printable } from './text.ts';
import { isAlive } from './process-tree.ts';

export const SCRATCH = '{scratch}';
/** What `{scratch}` becomes in the recorded launch: an obvious placeholder, not a real path. */
export const SCRATCH_SHOWN = '<scratch-dir>';

export interface AllOptions {
  sources: LoadedSource[];
  outDir: string;
  cacheDir: string;
  concurrency: number;
  timeoutMs: number;
  /** Run each server isolated (isolate.ts). */
  isolate: boolean;
  /** Where progress goes; a TTY gets a live "running:" line, anything else plain lines. */
  stream: NodeJS.WriteStream;
}

export interface SourceOutcome {
  source: LoadedSource;
  ok: boolean;
  result?: StoreResult;
  error?: string;
  stderr?: string[];
  seconds: number;
}

const fill = (text: string, scratch: string) => text.split(SCRATCH).join(scratch);
const fillArg = (arg: string, scratch: string, secrets: Readonly<Record<string, string>>) =>
  fill(arg, scratch).replace(SECRET_ARG, (_, name: string) => secrets[name] ?? '');

/**
 * The args a source's server is run with (`{scratch}` and `{secret:NAME}` filled in) and the
 * launch recorded for users, where they stay `<scratch-dir>` and `<NAME>`: a published dummy
 * credential reads as an instruction, or as a leak. Secrets are not env: `launch.env` lists
 * only the variables a user must set.
 */
export function commandLines(source: LoadedSource, installed: Pick<Installed, 'args' | 'binName'>, scratch: string) {
  const spec = `${source.package}@${source.version}`;
  const shownArgs = source.args.map((a) => fill(a, SCRATCH_SHOWN).replace(SECRET_ARG, '<$1>'));
  const launchArgs = source.entry
    ? [`node_modules/${source.package}/${source.entry.replace(/^\.\//, '')}`, ...shownArgs]
    : installed.binName ? ['-y', '-p', spec, installed.binName, ...shownArgs] : ['-y', spec, ...shownArgs];
  return {
    args: [...installed.args, ...source.args.map((a) => fillArg(a, scratch, source.secrets))],
    sidecarArgs: source.sidecar?.args.map((a) => fillArg(a, scratch, source.secrets)),
    launch: { command: source.entry ? 'node' : 'npx', args: launchArgs, env: Object.keys(source.env).sort() },
  };
}

/** Installs, captures and stores one source. Never throws: failures become outcomes. */
export async function ingestSource(source: LoadedSource, options: Omit<AllOptions, 'sources' | 'concurrency' | 'stream'>): Promise<SourceOutcome> {
  const started = Date.now();
  let scratch: string;
  try {
    scratch = claimScratch(source.slug);
  } catch (error) {
    return { source, ok: false, error: (error as Error).message, seconds: 0 };
  }
  const done = (o: Omit<SourceOutcome, 'source' | 'seconds'>): SourceOutcome => ({ source, seconds: (Date.now() - started) / 1000, ...o });
  try {
    const installed = await installSource(source, options.cacheDir);
    for (const [path, content] of Object.entries(source.files)) {
      const target = join(scratch, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, fill(content, scratch));
    }
    const { args, sidecarArgs, launch } = commandLines(source, installed, scratch);
    const env: Record<string, string> = { HOME: scratch, TMPDIR: scratch };
    for (const [key, value] of Object.entries(source.env)) env[key] = fill(value, scratch);
    const sidecar = source.sidecar && {
      command: source.sidecar.command,
      args: sidecarArgs ?? [],
      ready: source.sidecar.ready,
    };
    // Its own install folder stays writable: some packages put a native binary into place on first start.
    const isolation = { writable: [scratch, installDir(options.cacheDir, source)], sidecar };
    const unreachable = options.isolate ? unreachableBy(installed.packageDir) : undefined;
    if (unreachable) throw new Error(`cannot run the installed package isolated: ${unreachable}`);
    const run = options.isolate ? isolatedCommand({ command: installed.command, args }, isolation) : { command: installed.command, args };
    if (!options.isolate && sidecar) throw new Error('a sidecar needs the network namespace; run without --no-isolate');

    const captured = await captureServer({
      command: run.command,
      args: run.args,
      env,
      // The scratch folder is no secret, and servers print it (it is why the folder's path is fixed).
      publicEnv: ['HOME', 'TMPDIR'],
      secrets: source.secrets,
      cwd: scratch,
      name: source.name,
      timeoutMs: source.timeout !== undefined ? source.timeout * 1000 : options.timeoutMs,
      package: { name: source.package, version: source.version },
      recordLaunch: launch,
    });
    const meta = readPackageJson(join(installed.packageDir, 'package.json'));
    const result = storeManifest(captured.manifest, options.outDir, {
      slug: source.slug,
      nameGiven: true,
      overrides: {
        description: source.description ?? meta?.description,
        homepage: source.homepage ?? meta?.homepage,
        repository: source.repository ?? meta?.repository,
      },
    });
    return done({ ok: true, result });
  } catch (caught) {
    const error = explainIsolationFailure(caught);
    return done({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      stderr: error instanceof CaptureError ? error.stderr : undefined,
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(`${scratch}.lock`, { force: true });
  }
}

/**
 * The scratch folder of a source: the same path on every run (servers sometimes print
 * their working folder into tool descriptions, and a random path would make every
 * re-capture differ), emptied first, and guarded by a lock file against a parallel run.
 */
function claimScratch(slug: string): string {
  const base = join(process.platform === 'win32' ? tmpdir() : '/tmp', 'mcp-catalogue-ingest');
  mkdirSync(base, { recursive: true });
  const dir = join(base, slug);
  const lock = `${dir}.lock`;
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(readFileSync(lock, 'utf8'));
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
      throw new Error(`another ingest (pid ${owner}) is capturing this server; wait for it to finish`);
    }
    writeFileSync(lock, String(process.pid)); // left behind by a run that died
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  return dir;
}

export async function ingestAll(options: AllOptions): Promise<SourceOutcome[]> {
  const { sources, stream } = options;
  const live = stream.isTTY === true;
  const running = new Set<string>();
  const outcomes: SourceOutcome[] = new Array(sources.length);
  const width = String(sources.length).length;
  let finished = 0;

  const status = () => {
    if (!live) return;
    const names = [...running].join(', ');
    stream.write(`\r\x1b[K${running.size ? `running: ${names}`.slice(0, (stream.columns || 80) - 1) : ''}`);
  };
  const report = (o: SourceOutcome) => {
    finished++;
    const counter = `[${String(finished).padStart(width)}/${sources.length}]`;
    const time = `${o.seconds.toFixed(1)} s`;
    const line = o.ok && o.result
      ? `${counter} ok    ${o.source.slug}: ${o.result.manifest.tools.length} tool${o.result.manifest.tools.length === 1 ? '' : 's'}, ${o.result.status === 'updated' && o.result.diff ? summarizeDiff(o.result.diff) : o.result.status} (${time})`
      : `${counter} FAIL  ${o.source.slug}: ${printable((o.error ?? '').split('\n')[0] ?? '', 160)} (${time})`;
    stream.write(`${live ? '\r\x1b[K' : ''}${line}\n`);
    status();
  };

  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const index = next++;
      const source = sources[index];
      if (!source) break;
      running.add(source.slug);
      status();
      const outcome = await ingestSource(source, options);
      running.delete(source.slug);
      outcomes[index] = outcome;
      report(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, sources.length)) }, worker));
  if (live) stream.write('\r\x1b[K');
  return outcomes;
}
