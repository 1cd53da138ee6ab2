// `mcp-catalogue classify <manifest>… [--json]`: the category and risk of every tool,
// as a table for people or as JSON (with signals and rationale) for programs.
import { parseArgs } from 'node:util';
import { classifyServer, type ClassifiedRow } from '../../core/classify/server.ts';
import { formatDiagnostic, hasErrors } from '../../core/diagnostics.ts';
import { loadManifestFile } from '../../core/manifest/load.ts';

const HELP = `usage: mcp-catalogue classify <manifest>… [--json]

Classifies every tool of the manifests (the manifest format or a bare tools/list result).
Prints a table (server, tool, category, risk, confidence), or with --json an array of
{server, tool, category, risk, confidence, signals, rationale}. Exits 1 if a file has errors.`;

export { classifyServer, serverContext, type ClassifiedRow } from '../../core/classify/server.ts';

/** Tool names are attacker-controlled: no control characters reach the terminal. */
function printable(s: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function table(rows: readonly ClassifiedRow[]): string {
  const cells = rows.map((r) => [printable(r.server, 40), printable(r.tool, 60), r.category, r.risk, r.confidence.toFixed(2)]);
  const head = ['server', 'tool', 'category', 'risk', 'confidence'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => c.map((v, i) => (i === 4 ? v.padStart(widths[i] as number) : v.padEnd(widths[i] as number))).join('  ').trimEnd();
  return [line(head), ...cells.map(line)].join('\n');
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { console.log(HELP); return 0; }
  if (positionals.length === 0) { console.error(HELP); return 2; }

  const rows: ClassifiedRow[] = [];
  let failed = false;
  for (const file of positionals) {
    const result = loadManifestFile(file);
    for (const d of result.diagnostics) console.error(formatDiagnostic(d));
    if (hasErrors(result.diagnostics)) failed = true;
    if (result.server) rows.push(...classifyServer(result.server));
  }
  if (failed) return 1;
  console.log(values.json ? JSON.stringify(rows, null, 2) : table(rows));
  return 0;
}
