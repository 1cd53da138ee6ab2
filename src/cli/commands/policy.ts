// `mcp-catalogue policy <manifest> [--preset p]` or `mcp-catalogue policy [--preset p] -- <server command…>`:
// prints the Intercept policy of a manifest, or of a live server captured first.
import { slugify } from '../../core/slug.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyLoadedServer } from '../../core/classify/server.ts';
import { formatDiagnostic, hasErrors } from '../../core/diagnostics.ts';
import { loadManifestFile } from '../../core/manifest/load.ts';
import type { LoadedServer } from '../../core/model.ts';
import { loadPolicyDefaults, PRESETS, PRESET_MEANING, serverPolicyFile, type Preset } from '../../core/policy/index.ts';

const HELP = `usage: mcp-catalogue policy <manifest> [--preset <preset>] [--defaults <file>]
       mcp-catalogue policy [--preset <preset>] [--defaults <file>] -- <server command> [args…]

Prints the Intercept policy for a server: from a manifest file, or from a live stdio
server whose tools are captured first. Presets:
${PRESETS.map((p) => `  ${p.padEnd(10)} ${PRESET_MEANING[p]}`).join('\n')}
--defaults  a policy defaults table (see data/policy-defaults.yaml); built-in if omitted.`;


function load(file: string): LoadedServer | undefined {
  const { server, diagnostics } = loadManifestFile(file);
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  return hasErrors(diagnostics) ? undefined : server;
}

/** Capture a live server, then load its manifest through the same checks as a file. */
async function capture(command: string[]): Promise<LoadedServer | undefined> {
  const { captureServer } = await import('../../ingest/capture.ts');
  const [cmd, ...args] = command;
  const { manifest, warnings } = await captureServer({ command: cmd!, args });
  for (const w of warnings) console.error(`warning: ${w}`);
  const dir = mkdtempSync(join(tmpdir(), 'mcp-catalogue-policy-'));
  try {
    // The file name becomes the slug, which names the policy file in the header's run command.
    const file = join(dir, `${slugify(manifest.name, 'server')}.json`);
    writeFileSync(file, JSON.stringify(manifest));
    return load(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(argv: string[]): Promise<number> {
  const dash = argv.indexOf('--');
  const own = dash >= 0 ? argv.slice(0, dash) : argv;
  const command = dash >= 0 ? argv.slice(dash + 1) : [];
  let parsed;
  try {
    parsed = parseArgs({ args: own, allowPositionals: true, options: { preset: { type: 'string', default: 'balanced' }, defaults: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    console.error(`mcp-catalogue policy: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { console.log(HELP); return 0; }
  const preset = values.preset as Preset;
  if (!(PRESETS as readonly string[]).includes(preset)) {
    console.error(`mcp-catalogue policy: unknown preset "${values.preset}" (expected ${PRESETS.join(', ')})`);
    return 2;
  }
  if ((positionals.length === 1) === (command.length > 0)) {
    console.error(`mcp-catalogue policy: give one manifest file, or a server command after --\n\n${HELP}`);
    return 2;
  }
  const defaults = loadPolicyDefaults(values.defaults);
  const server = command.length > 0 ? await capture(command) : load(positionals[0]!);
  if (!server) return 1;
  process.stdout.write(serverPolicyFile(classifyLoadedServer(server), defaults, preset));
  return 0;
}
