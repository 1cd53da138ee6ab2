// `mcp-catalogue check [--data DIR] [file…]`: validate manifests; exit 1 on any error.
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../core/diagnostics.ts';
import { loadDataDir, loadManifestFile } from '../../core/manifest/load.ts';

const HELP = `usage: mcp-catalogue check [--data DIR] [--quiet] [manifest…]

Validates every manifest in DIR/servers (default: data) or the files named,
prints every error and warning as "file: path: message", and exits 1 on errors.
  --quiet   print errors only, not warnings`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { data: { type: 'string', default: 'data' }, quiet: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }

  let diagnostics: Diagnostic[];
  let servers = 0;
  let tools = 0;
  if (positionals.length > 0) {
    diagnostics = [];
    for (const file of positionals) {
      const result = loadManifestFile(file);
      diagnostics.push(...result.diagnostics);
      if (result.server) {
        servers += 1;
        tools += result.server.tools.length;
      }
    }
  } else {
    const result = loadDataDir(values.data);
    diagnostics = result.diagnostics;
    servers = result.servers.length;
    tools = result.servers.reduce((n, s) => n + s.tools.length, 0);
  }

  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  for (const d of errors) console.error(formatDiagnostic(d));
  if (!values.quiet) for (const d of warnings) console.error(formatDiagnostic(d));
  const summary = `${servers} server${servers === 1 ? '' : 's'}, ${tools} tools: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
  if (hasErrors(diagnostics)) {
    console.error(`\n${summary}. Fix the errors above; nothing was built.`);
    return 1;
  }
  console.log(summary);
  return 0;
}
