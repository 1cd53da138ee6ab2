// `mcp-catalogue ingest`: capture one live server into a manifest, or re-capture every
// source of data/sources.yaml with --all. Exit codes: 0 done, 1 a capture failed,
// 2 the command line or the sources file is wrong.
import { parseArgs } from 'node:util';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { captureServer, CaptureError, type CaptureOptions } from '../../ingest/capture.ts';
import { storeManifest } from '../../ingest/store.ts';
import { formatDiff } from '../../ingest/diff.ts';
import { loadSources, SourcesError, type LoadedSource } from '../../ingest/sources.ts';
import { inferPackage } from '../../ingest/package-ref.ts';
import { ingestAll } from '../../ingest/all.ts';
import { explainIsolationFailure, isolatedCommand, isolationProblem } from '../../ingest/isolate.ts';
import { printable } from '../../ingest/text.ts';

const USAGE = `usage:
  mcp-catalogue ingest [options] -- <command> [args…]     capture a stdio server
  mcp-catalogue ingest [options] --url <https://…>        capture a Streamable HTTP server
  mcp-catalogue ingest --all [--sources FILE] [--only SLUG]… [--concurrency N]

options:
  --out DIR            where manifests go (default: data/servers); the file is <slug of name>.json
  --name TEXT          display name (default: the stored one, else the server's own title or name)
  --env KEY=VALUE      set a variable for the server; --env KEY passes ours through (names are stored, values never)
  --header "K: V"      an HTTP header for --url (never stored)
  --timeout SECONDS    for start-up, initialize and all of tools/list (default: 60)
  --isolate            run the server with no network but loopback, as an unprivileged user with no
                       capabilities, on a read-only view of the machine where only a fresh scratch
                       folder (its HOME and TMPDIR) is writable, and /tmp is its own, empty (so the
                       server's files and working folder must be elsewhere); needs root (default with --all)
  --no-isolate         with --all: do not isolate (unsafe: only for sources you trust not to
                       phone home or write outside their scratch folder)
  --verbose            echo the server's stderr
  --all                re-capture every source of the sources file
  --sources FILE       default: data/sources.yaml
  --only SLUG          with --all: just this source (repeatable)
  --concurrency N      with --all: servers captured at once (default: 4)
  --cache DIR          with --all: where packages are installed (default: .cache/servers)`;

function fail(message: string): number {
  console.error(`ingest: ${message}\n\n${USAGE}`);
  return 2;
}

function reportCaptureError(caught: unknown): number {
  const error = explainIsolationFailure(caught);
  if (error instanceof CaptureError) {
    console.error(`ingest: ${error.message}`);
    if (error.stderr.length) console.error(`last lines of the server's stderr:\n  ${error.stderr.join('\n  ')}`);
    return 1;
  }
  throw error;
}

export async function run(argv: string[]): Promise<number> {
  const split = argv.indexOf('--');
  const own = split === -1 ? argv : argv.slice(0, split);
  const serverCommand = split === -1 ? [] : argv.slice(split + 1);
  let values;
  try {
    ({ values } = parseArgs({
      args: own,
      allowPositionals: false,
      options: {
        out: { type: 'string', default: 'data/servers' },
        name: { type: 'string' },
        env: { type: 'string', multiple: true, default: [] },
        url: { type: 'string' },
        header: { type: 'string', multiple: true, default: [] },
        timeout: { type: 'string', default: '60' },
        isolate: { type: 'boolean', default: false },
        'no-isolate': { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        sources: { type: 'string', default: 'data/sources.yaml' },
        only: { type: 'string', multiple: true, default: [] },
        concurrency: { type: 'string', default: '4' },
        cache: { type: 'string', default: '.cache/servers' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return fail(`${(error as Error).message}${split === -1 ? ' (put the server command after `--`)' : ''}`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const timeout = Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) return fail(`--timeout must be a positive number of seconds, got "${values.timeout}"`);

  if (values.all) {
    if (serverCommand.length || values.url) return fail('--all captures the sources file; do not also give a command or --url');
    const concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) return fail(`--concurrency must be a whole number ≥ 1, got "${values.concurrency}"`);
    let sources: LoadedSource[];
    try {
      sources = loadSources(values.sources);
    } catch (error) {
      if (error instanceof SourcesError) {
        console.error(`ingest: ${values.sources} is not valid:\n${error.message}`);
        return 2;
      }
      throw error;
    }
    if (values.only.length) {
      const unknown = values.only.filter((s) => !sources.some((src) => src.slug === s));
      if (unknown.length) return fail(`--only: no source with slug ${unknown.join(', ')} in ${values.sources}`);
      sources = sources.filter((s) => values.only.includes(s.slug));
    }
    const isolate = !values['no-isolate'];
    if (isolate) {
      const problem = isolationProblem();
      if (problem) {
        console.error(`ingest: cannot isolate the servers: ${problem}.\nPass --no-isolate only if you trust every source not to send traffic or write outside its scratch folder.`);
        return 1;
      }
    }
    const outcomes = await ingestAll({
      sources,
      outDir: values.out,
      cacheDir: resolve(values.cache),
      concurrency,
      timeoutMs: timeout * 1000,
      isolate,
      stream: process.stderr,
    });
    const failed = outcomes.filter((o) => !o.ok);
    const tools = outcomes.reduce((n, o) => n + (o.result?.manifest.tools.length ?? 0), 0);
    const counts = { new: 0, updated: 0, unchanged: 0 };
    for (const o of outcomes) if (o.result) counts[o.result.status]++;
    console.log(`captured ${outcomes.length - failed.length} of ${outcomes.length} servers (${tools} tools): ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged; ${failed.length} failed`);
    for (const o of failed) {
      console.log(`\nFAILED ${o.source.slug} (${o.source.package}@${o.source.version}):\n  ${(o.error ?? '').split('\n').join('\n  ')}`);
      if (o.stderr?.length) console.log(`  last lines of its stderr:\n    ${o.stderr.join('\n    ')}`);
    }
    return failed.length ? 1 : 0;
  }

  const env: Record<string, string> = {};
  for (const item of values.env) {
    const eq = item.indexOf('=');
    const key = eq === -1 ? item : item.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return fail(`--env "${item}": expected KEY=VALUE with KEY a variable name`);
    const value = eq === -1 ? process.env[key] : item.slice(eq + 1);
    if (value === undefined) return fail(`--env ${key}: no value given and ${key} is not set here`);
    env[key] = value;
  }

  let options: CaptureOptions;
  let scratch: string | undefined;
  if (values.url) {
    if (serverCommand.length) return fail('give either --url or a command after --, not both');
    if (values.env.length) return fail('--env is for stdio servers; use --header for --url');
    const headers: Record<string, string> = {};
    for (const h of values.header) {
      const colon = h.indexOf(':');
      if (colon <= 0) return fail(`--header "${h}": expected "Name: value"`);
      headers[h.slice(0, colon).trim()] = h.slice(colon + 1).trim();
    }
    options = { url: values.url, headers, name: values.name, timeoutMs: timeout * 1000 };
  } else {
    const [command, ...args] = serverCommand;
    if (!command) return fail('give the server command after `--` (or --url, or --all)');
    if (values.header.length) return fail('--header is for --url');
    let run = { command, args };
    if (values.isolate) {
      const problem = isolationProblem();
      if (problem) {
        console.error(`ingest: --isolate: ${problem}`);
        return 1;
      }
      // Everything else is read-only to it: a fresh folder is its HOME and TMPDIR, the one place it may write.
      scratch = mkdtempSync(join(realpathSync(tmpdir()), 'mcp-catalogue-isolated-'));
      run = isolatedCommand(run, { writable: [scratch] });
    }
    options = {
      command: run.command,
      args: run.args,
      env: scratch ? { HOME: scratch, TMPDIR: scratch, ...env } : env,
      ...(scratch ? { publicEnv: ['HOME', 'TMPDIR'].filter((name) => !(name in env)) } : {}),
      name: values.name,
      timeoutMs: timeout * 1000,
      onStderr: values.verbose ? (chunk) => process.stderr.write(printable(chunk, 100_000).replace(/\\u000a/g, '\n')) : undefined,
      ...(values.isolate ? { recordLaunch: { command, args, env: Object.keys(env).sort() } } : {}),
    };
    if (values.isolate) {
      // The command actually run is `unshare …`; the package is the one the user named.
      const pkg = inferPackage(command, args);
      if (pkg) options.package = pkg;
    }
  }

  let captured;
  try {
    captured = await captureServer(options);
  } catch (error) {
    return reportCaptureError(error);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  for (const w of captured.warnings) console.error(`warning: ${w}`);
  const result = storeManifest(captured.manifest, values.out, { nameGiven: values.name !== undefined });
  const count = `${result.manifest.tools.length} tool${result.manifest.tools.length === 1 ? '' : 's'}`;
  if (result.status === 'new') console.log(`wrote ${result.file}: ${count} (new)`);
  else if (result.status === 'unchanged') console.log(`${result.file}: ${count}, no changes (file left as it was)`);
  else console.log(`updated ${result.file}: ${count}\n  ${formatDiff(result.diff!).join('\n  ')}`);
  return 0;
}
