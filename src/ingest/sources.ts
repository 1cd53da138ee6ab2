// data/sources.yaml: the list of real servers the bundled corpus is captured from, and
// how to install and start each one. Validated with zod; problems are reported as
// `data/sources.yaml: servers[3].version: …` so they can be fixed without guessing.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { parseDocument } from 'yaml';
import { SLUG_PATTERN } from '../core/manifest/schema.ts';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.ts';
import { zodIssuesToDiagnostics } from '../core/manifest/zod-issues.ts';
import { slugify } from '../core/slug.ts';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
/** `{secret:NAME}` in args: the dummy value of `secrets.NAME` when run, `<NAME>` in the recorded launch. */
export const SECRET_ARG = /\{secret:([^}]*)\}/g;

/** A string → string map whose keys must match `pattern`; zod's own key errors name no key. */
function keyedRecord(pattern: RegExp, problem: string) {
  return z.record(z.string(), z.string()).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (!pattern.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" ${problem}` });
    }
  });
}

const CommandSchema = z.object({
  command: z.string().min(1),
  args: z.array(z.string()).default([]),
}).strict();

export const SourceSchema = z.object({
  package: z.string().regex(NPM_NAME, 'an npm package name such as "@scope/name" or "name"'),
  version: z.string().regex(EXACT_VERSION, 'an exact version such as "1.2.3" (no ranges or tags: captures must be reproducible)'),
  name: z.string().min(1, 'a display name is required').describe('Display name in the catalogue.'),
  slug: z.string().regex(SLUG_PATTERN, 'lower-case letters, digits and dashes').optional()
    .describe('Manifest file name (without .json); defaults to the slug of `name`.'),
  bin: z.string().min(1).optional().describe('Which of the package\'s bins to run, when it has several.'),
  entry: z.string().min(1).optional().describe('A file inside the package to run with node instead of a bin.'),
  args: z.array(z.string()).default([]),
  env: keyedRecord(ENV_NAME, 'is not an environment variable name (letters, digits and _, not starting with a digit)').default({})
    .describe('Dummy values only: these are committed. Only the names reach the manifest.'),
  secrets: keyedRecord(ENV_NAME, 'is not a secret name (letters, digits and _, not starting with a digit)').default({})
    .describe('Dummy credentials for `{secret:NAME}` in args: committed, and recorded as `<NAME>`, never as themselves.'),
  files: keyedRecord(/^(?!.*(?:^|\/)\.\.(?:\/|$))[\w.-][\w./-]*$/, 'is not a relative path inside the scratch folder').default({})
    .describe('Files to create in the scratch folder (fake config or credential files).'),
  ignoreScripts: z.boolean().default(true).describe('Install with npm lifecycle scripts disabled.'),
  build: z.array(z.string().regex(NPM_NAME, 'an npm package name such as "better-sqlite3"')).default([])
    .describe('Native modules in the install tree to build from source after the script-free install (their own install scripts only).'),
  sidecar: CommandSchema.extend({ ready: z.array(z.string()).min(1).optional() }).optional()
    .describe('A local daemon started next to the server, inside the same network namespace.'),
  timeout: z.number().positive().optional().describe('Seconds; overrides --timeout for this server.'),
  description: z.string().min(1).optional(),
  homepage: z.url().optional(),
  repository: z.url().optional(),
  notes: z.string().optional(),
}).strict().refine((s) => !(s.bin && s.entry), { message: 'give either `bin` or `entry`, not both' })
  .superRefine(checkSecrets);
export type Source = z.infer<typeof SourceSchema>;

/** Every `{secret:NAME}` has its dummy in `secrets`, and every secret is used: a leftover one hides a typo. */
function checkSecrets(source: { name: string; args: string[]; env: Record<string, string>; secrets: Record<string, string>; sidecar?: { args: string[] } }, ctx: z.RefinementCtx): void {
  const used = new Set<string>();
  const check = (args: string[], where: PropertyKey[]) => args.forEach((arg, i) => {
    for (const [placeholder, name = ''] of arg.matchAll(SECRET_ARG)) {
      used.add(name);
      if (!Object.hasOwn(source.secrets, name)) {
        ctx.addIssue({ code: 'custom', path: [...where, i], message: `${placeholder}: "${source.name}" has no secret ${name}: add it to its \`secrets\` with a dummy value, or fix the name` });
      }
    }
  });
  check(source.args, ['args']);
  if (source.sidecar) check(source.sidecar.args, ['sidecar', 'args']);
  for (const name of Object.keys(source.secrets)) {
    if (!used.has(name)) ctx.addIssue({ code: 'custom', path: ['secrets', name], message: `"${source.name}" never uses this secret: put {secret:${name}} in its \`args\`, or remove it` });
    // Redaction keys values by name, so one name for two values would leave one of them unredacted.
    if (Object.hasOwn(source.env, name) && source.env[name] !== source.secrets[name]) {
      ctx.addIssue({ code: 'custom', path: ['secrets', name], message: `"${source.name}" also has ${name} in \`env\`, with another value: give the secret another name` });
    }
  }
}

export const SourcesFileSchema = z.object({
  servers: z.array(SourceSchema).min(1, 'list at least one server'),
}).strict();

export interface LoadedSource extends Source {
  slug: string;
}

export class SourcesError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'SourcesError';
    this.diagnostics = diagnostics;
  }
}

/** Parses and validates a sources file; throws SourcesError with every problem found. */
export function parseSources(text: string, file: string): LoadedSource[] {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new SourcesError(doc.errors.map((e) => ({ severity: 'error', file, path: '', message: `not valid YAML: ${e.message}` })));
  }
  const data: unknown = doc.toJS();
  const parsed = SourcesFileSchema.safeParse(data);
  if (!parsed.success) throw new SourcesError(zodIssuesToDiagnostics(parsed.error, data, file));

  const diagnostics: Diagnostic[] = [];
  const bySlug = new Map<string, number>();
  const sources = parsed.data.servers.map((source, index) => {
    const slug = source.slug ?? slugify(source.name, 'server');
    const first = bySlug.get(slug);
    if (first !== undefined) {
      diagnostics.push({ severity: 'error', file, path: `servers[${index}]`, message: `its slug "${slug}" is already used by servers[${first}]: give one of them another name or a \`slug\`` });
    } else {
      bySlug.set(slug, index);
    }
    return { ...source, slug };
  });
  if (diagnostics.length > 0) throw new SourcesError(diagnostics);
  return sources;
}

export function loadSources(file: string): LoadedSource[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SourcesError([{ severity: 'error', file, path: '', message: `cannot read it: ${(error as Error).message}` }]);
  }
  return parseSources(text, file);
}
