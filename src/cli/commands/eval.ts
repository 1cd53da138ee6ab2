// `mcp-catalogue eval <labelled.json>`: measures the classifier against hand labels, twice —
// with annotations as given, and with every annotation removed (what the text alone says).
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { classifyTool, withoutAnnotations, type ServerContext } from '../../core/classify/index.ts';
import { serverContext } from '../../core/classify/server.ts';
import { formatDiagnostic, hasErrors } from '../../core/diagnostics.ts';
import { loadDataDir } from '../../core/manifest/load.ts';
import { CATEGORIES, RISKS } from '../../core/labels.ts';
import { loadLabelledSet, serverContexts, toToolDefinition, type LabelledTool } from '../../eval/dataset.ts';
import { computeMetrics, isDangerousUnderCall, type Metrics, type Prediction } from '../../eval/metrics.ts';

const HELP = `usage: mcp-catalogue eval <labelled.json> [--json] [--misses] [--half odd|even] [--servers DIR]

Measures the classifier against a labelled set (shared/eval/README.md), once with the
annotations as given and once with all annotations removed.

  --json         print the metrics of both runs as JSON
  --misses       list every misclassified tool (expected → got)
  --half H       only the servers at odd or even positions (sorted by name): a held-out check
  --servers DIR  classify each tool against its whole server, as the catalogue does, where a
                 manifest in DIR has the entry's server as its package (or name); otherwise,
                 and by default, against the tools the set itself lists for that server`;

type Mode = 'annotations' | 'text-only';

function predict(entries: readonly LabelledTool[], mode: Mode, whole: ReadonlyMap<string, ServerContext>): Prediction[] {
  const servers = serverContexts(entries);
  return entries.map((e) => {
    const tool = toToolDefinition(e);
    const context = whole.get(e.server) ?? servers.get(e.server) ?? { name: e.server, toolNames: [e.name] };
    const c = classifyTool(mode === 'annotations' ? tool : withoutAnnotations(tool), context);
    return {
      server: e.server, tool: e.name, vague: e.vague ?? false,
      expected: { category: e.category, risk: e.risk },
      actual: { category: c.category, risk: c.risk },
      confidence: c.confidence,
    };
  });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table<K extends string>(keys: readonly K[], m: Record<K, Record<K, number>>): string {
  const w = Math.max(...keys.map((k) => k.length), 5);
  const head = `${'expected ↓ / got →'.padEnd(w + 2)}${keys.map((k) => k.padStart(w + 1)).join('')}`;
  const rows = keys.map((a) => `  ${a.padEnd(w)}${keys.map((b) => String(m[a][b]).padStart(w + 1)).join('')}`);
  return [head, ...rows].join('\n');
}

function report(mode: Mode, m: Metrics): string {
  const lines = [
    `== ${mode === 'annotations' ? 'with annotations' : 'text only (annotations removed)'}: ${m.total} tools ==`,
    `category accuracy  ${pct(m.categoryAccuracy)}`,
    `risk accuracy      ${pct(m.riskAccuracy)}`,
    `dangerous under-calls ${m.dangerousUnderCalls.length} (${pct(m.dangerousUnderCallRate)})`,
    '',
    'category confusion',
    table(CATEGORIES, m.categoryConfusion),
    '',
    'per category       precision  recall  support',
    ...CATEGORIES.map((c) => `  ${c.padEnd(16)}${pct(m.perCategory[c].precision).padStart(9)}${pct(m.perCategory[c].recall).padStart(8)}${String(m.perCategory[c].support).padStart(9)}`),
    '',
    'risk confusion',
    table(RISKS, m.riskConfusion),
    '',
    'per risk           precision  recall  support',
    ...RISKS.map((r) => `  ${r.padEnd(16)}${pct(m.perRisk[r].precision).padStart(9)}${pct(m.perRisk[r].recall).padStart(8)}${String(m.perRisk[r].support).padStart(9)}`),
  ];
  if (m.byConfidence.length > 0) {
    lines.push('', 'by confidence      tools  category    risk');
    for (const b of m.byConfidence) {
      lines.push(`  ${`${b.from.toFixed(1)}–${b.to.toFixed(1)}`.padEnd(16)}${String(b.total).padStart(5)}${(b.total === 0 ? '–' : pct(b.categoryAccuracy)).padStart(10)}${(b.total === 0 ? '–' : pct(b.riskAccuracy)).padStart(8)}`);
    }
  }
  if (m.dangerousUnderCalls.length > 0) {
    lines.push('', 'dangerous under-calls');
    for (const p of m.dangerousUnderCalls) lines.push(`  ${p.server} ${p.tool}: ${p.expected.category}/${p.expected.risk} → ${p.actual.category}/${p.actual.risk}`);
  }
  return lines.join('\n');
}

function misses(predictions: readonly Prediction[]): string {
  const wrong = predictions.filter((p) => p.expected.category !== p.actual.category || p.expected.risk !== p.actual.risk);
  return ['misses (expected → got)', ...wrong.map((p) =>
    `  ${isDangerousUnderCall(p) ? '!' : ' '} ${p.server} ${p.tool}: ${p.expected.category}/${p.expected.risk} → ${p.actual.category}/${p.actual.risk}${p.vague ? ' (vague)' : ''}`)].join('\n');
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { json: { type: 'boolean' }, misses: { type: 'boolean' }, half: { type: 'string' }, servers: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { console.log(HELP); return 0; }
  if (positionals.length !== 1) { console.error(HELP); return 2; }
  if (values.half !== undefined && values.half !== 'odd' && values.half !== 'even') {
    console.error(`mcp-catalogue eval: --half must be "odd" or "even", not "${values.half}"`);
    return 2;
  }
  let entries = loadLabelledSet(positionals[0] as string);
  if (values.half) {
    const servers = [...new Set(entries.map((e) => e.server))].sort();
    const keep = new Set(servers.filter((_, i) => (i % 2 === 1) === (values.half === 'odd')));
    entries = entries.filter((e) => keep.has(e.server));
  }
  // Whole servers, keyed by package and by name, from the manifests of a data folder.
  const whole = new Map<string, ServerContext>();
  if (values.servers !== undefined) {
    if (!existsSync(values.servers) || !statSync(values.servers).isDirectory()) {
      console.error(`mcp-catalogue eval: --servers ${values.servers}: no such folder; pass the folder that holds the manifests (e.g. data/servers)`);
      return 2;
    }
    const loaded = loadDataDir(values.servers);
    for (const d of loaded.diagnostics) console.error(formatDiagnostic(d));
    if (hasErrors(loaded.diagnostics)) return 1;
    for (const server of loaded.servers) {
      const context = serverContext(server);
      whole.set(server.manifest.name, context);
      if (server.manifest.package?.name !== undefined) whole.set(server.manifest.package.name, context);
    }
    const inSet = new Set(entries.map((e) => e.server));
    const found = [...inSet].filter((s) => whole.has(s)).length;
    console.error(`whole-server context for ${found} of ${inSet.size} servers (from ${values.servers})`);
  }
  const runs = (['annotations', 'text-only'] as const).map((mode) => {
    const predictions = predict(entries, mode, whole);
    return { mode, predictions, metrics: computeMetrics(predictions) };
  });
  if (values.json) {
    console.log(JSON.stringify(Object.fromEntries(runs.map((r) => [r.mode, r.metrics])), null, 2));
    return 0;
  }
  for (const r of runs) {
    console.log(report(r.mode, r.metrics));
    if (values.misses) console.log(`\n${misses(r.predictions)}`);
    console.log('');
  }
  return 0;
}
