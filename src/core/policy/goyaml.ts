// Decodes a policy file the way Intercept's Go code does: gopkg.in/yaml.v3 unmarshalling
// into its config structs. That differs from reading YAML into JavaScript in ways that
// decide whether a file is accepted: any scalar fills a string field with its source
// text (`version: 1` is "1", `version: 1.0` is "1.0"), null fills it with "", a list or
// mapping where a string belongs is an error, keys are duplicates when their text
// matches (`1` and "1"), and unknown fields are ignored (we warn about them).
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { PolicyProblem } from './problems.ts';
import { toolPath } from './problems.ts';
import { readCanonical } from './canonical.ts';

export interface GoCondition { path: string; op: string; value: unknown }
export interface GoState { counter: string; window: string; increment: number; incrementFrom: string }
export interface GoRule {
  name: string;
  action: string;
  rateLimit: string;
  conditions: GoCondition[];
  onDeny: string;
  state: GoState | null;
}
export interface GoConfig {
  version: string;
  description: string;
  default: string;
  hide: string[];
  /** In file order; Go's map has no order, Intercept sorts names when it reports. */
  tools: Map<string, { rules: GoRule[] }>;
}

/** An integer in [2^63, 2^64): yaml.v3 gives it Go type uint64, which Intercept does not count as numeric. */
export class GoUint64 {
  readonly text: string;
  constructor(text: string) { this.text = text; }
}

type Tag = '!!str' | '!!int' | '!!float' | '!!bool' | '!!null' | '!!map' | '!!seq' | '!!merge';
interface Resolved { tag: Tag; value: unknown }

const RESOLVE_MAP = new Map<string, Resolved>([
  ...['true', 'True', 'TRUE'].map((s): [string, Resolved] => [s, { tag: '!!bool', value: true }]),
  ...['false', 'False', 'FALSE'].map((s): [string, Resolved] => [s, { tag: '!!bool', value: false }]),
  ...['', '~', 'null', 'Null', 'NULL'].map((s): [string, Resolved] => [s, { tag: '!!null', value: null }]),
  ...['.nan', '.NaN', '.NAN'].map((s): [string, Resolved] => [s, { tag: '!!float', value: Number.NaN }]),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s): [string, Resolved] => [s, { tag: '!!float', value: Infinity }]),
  ...['-.inf', '-.Inf', '-.INF'].map((s): [string, Resolved] => [s, { tag: '!!float', value: -Infinity }]),
  ['<<', { tag: '!!merge', value: '<<' }],
]);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/u;
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|\s+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/u;
const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's strconv.ParseInt(s, 0, 64) syntax: optional sign, 0x/0o/0b prefixes, a leading 0 means octal. */
function parseGoInt(s: string): bigint | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/u.exec(s);
  if (!m) return undefined;
  const body = m[2]!;
  let n: bigint;
  if (/^0[oO]/u.test(body)) n = BigInt(`0o${body.slice(2)}`);
  else if (/^0[0-7]+$/u.test(body)) n = BigInt(`0o${body.slice(1)}`);
  else n = BigInt(body);
  return m[1] === '-' ? -n : n;
}

/** yaml.v3's resolve() for a plain (unquoted, untagged) scalar. */
export function resolvePlain(text: string): Resolved {
  const hit = RESOLVE_MAP.get(text);
  if (hit) return hit;
  const first = text[0] ?? '';
  if (first === '.') {
    const f = Number(text);
    if (/^\.[0-9]+([eE][-+]?[0-9]+)?$/u.test(text) && Number.isFinite(f)) return { tag: '!!float', value: f };
  } else if (/[-+0-9]/u.test(first)) {
    // Timestamps decode to their text when the target is interface{} or string.
    if (TIMESTAMP.test(text)) return { tag: '!!str', value: text };
    const plain = text.replaceAll('_', '');
    const n = parseGoInt(plain);
    if (n !== undefined && n >= INT64_MIN && n <= INT64_MAX) return { tag: '!!int', value: Number(n) };
    if (n !== undefined && n >= 0n && n <= UINT64_MAX && !plain.startsWith('-')) return { tag: '!!int', value: new GoUint64(plain) };
    if (YAML_STYLE_FLOAT.test(plain)) return { tag: '!!float', value: Number(plain) };
  }
  return { tag: '!!str', value: text };
}

interface Decoder {
  doc: Document;
  lines: LineCounter;
  problems: PolicyProblem[];
}

function lineOf(d: Decoder, node: Node | null | undefined): number | undefined {
  const start = node?.range?.[0];
  return start === undefined ? undefined : d.lines.linePos(start).line;
}

function deref(d: Decoder, node: unknown): Node | null {
  let n = node as Node | null | undefined;
  for (let i = 0; n && isAlias(n) && i < 100; i++) n = n.resolve(d.doc) as Node | undefined;
  return n ?? null;
}

/** The text yaml.v3 keeps as a scalar's Value (source for plain scalars, content for quoted ones). */
function scalarText(s: Scalar): string {
  return typeof s.source === 'string' ? s.source : String(s.value ?? '');
}

function resolveScalar(s: Scalar): Resolved {
  if (s.tag === 'tag:yaml.org,2002:str' || s.type === 'QUOTE_DOUBLE' || s.type === 'QUOTE_SINGLE' || s.type === 'BLOCK_LITERAL' || s.type === 'BLOCK_FOLDED') {
    return { tag: '!!str', value: scalarText(s) };
  }
  return resolvePlain(scalarText(s));
}

function tagOf(node: Node | null): { tag: Tag; text?: string } {
  if (!node) return { tag: '!!null' };
  if (isMap(node)) return { tag: '!!map' };
  if (isSeq(node)) return { tag: '!!seq' };
  if (isScalar(node)) return { tag: resolveScalar(node).tag, text: scalarText(node) };
  return { tag: '!!null' };
}

function unmarshalError(d: Decoder, node: Node | null, path: string, goType: string): void {
  const { tag, text } = tagOf(node);
  let shown = '';
  if (text !== undefined) shown = text.length > 10 ? ` \`${text.slice(0, 7)}...\`` : ` \`${text}\``;
  d.problems.push({ severity: 'error', path, message: `cannot unmarshal ${tag}${shown} into ${goType}`, line: lineOf(d, node) });
}

function isNull(node: Node | null): boolean {
  return !node || (isScalar(node) && resolveScalar(node).tag === '!!null');
}

function decodeString(d: Decoder, raw: unknown, path: string): string {
  const node = deref(d, raw);
  if (isNull(node)) return '';
  if (isScalar(node!)) return scalarText(node as Scalar);
  unmarshalError(d, node, path, 'string');
  return '';
}

function decodeInt(d: Decoder, raw: unknown, path: string): number {
  const node = deref(d, raw);
  if (isNull(node)) return 0;
  if (isScalar(node!)) {
    const r = resolveScalar(node as Scalar);
    if (r.tag === '!!int' && typeof r.value === 'number') return r.value;
    if (r.tag === '!!float' && typeof r.value === 'number' && r.value <= 2 ** 63 && r.value > -(2 ** 63)) return Math.trunc(r.value);
  }
  unmarshalError(d, node, path, 'int');
  return 0;
}

/** Go's interface{}: maps, lists and resolved scalars (timestamps stay text). */
function decodeAny(d: Decoder, raw: unknown, path: string, depth = 0): unknown {
  const node = deref(d, raw);
  if (!node || depth > 64) return null;
  if (isScalar(node)) return resolveScalar(node).value;
  if (isSeq(node)) return node.items.map((item, i) => decodeAny(d, item, `${path}[${i}]`, depth + 1));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of mapEntries(d, node, path)) out[key] = decodeAny(d, value, `${path}.${key}`, depth + 1);
    return out;
  }
  return null;
}

/**
 * A mapping's entries with keys as Go strings, `<<` merges applied (explicit keys win) and
 * yaml.v3's duplicate-key check (same node kind and same text, whatever the quoting).
 */
function mapEntries(d: Decoder, map: YAMLMap, path: string): Array<[string, unknown, Pair]> {
  const seen = new Map<string, Pair>();
  const explicit: Array<[string, unknown, Pair]> = [];
  const merged: Array<[string, unknown, Pair]> = [];
  for (const pair of map.items as Pair[]) {
    const keyNode = deref(d, pair.key);
    const kind = !keyNode ? 'scalar' : isMap(keyNode) ? 'map' : isSeq(keyNode) ? 'seq' : 'scalar';
    const keyText = keyNode && isScalar(keyNode) ? scalarText(keyNode) : '';
    const dupKey = `${kind}\u0000${keyText}`;
    const before = seen.get(dupKey);
    if (before) {
      d.problems.push({
        severity: 'error', path,
        message: `mapping key ${JSON.stringify(keyText)} already defined at line ${lineOf(d, before.key as Node)}`,
        line: lineOf(d, pair.key as Node),
      });
      continue;
    }
    seen.set(dupKey, pair);
    if (keyNode && isScalar(keyNode) && resolveScalar(keyNode).tag === '!!merge') {
      mergeInto(d, pair.value, path, merged);
      continue;
    }
    if (keyNode && !isScalar(keyNode)) {
      unmarshalError(d, keyNode, path, 'string');
      continue;
    }
    explicit.push([isNull(keyNode) ? '' : keyText, pair.value, pair]);
  }
  const names = new Set(explicit.map(([k]) => k));
  for (const entry of merged) {
    if (!names.has(entry[0])) { names.add(entry[0]); explicit.push(entry); }
  }
  return explicit;
}

function mergeInto(d: Decoder, raw: unknown, path: string, out: Array<[string, unknown, Pair]>): void {
  const node = deref(d, raw);
  const sources = node && isSeq(node) ? node.items.map((i) => deref(d, i)) : [node];
  for (const src of sources) {
    if (!src || !isMap(src)) {
      d.problems.push({ severity: 'error', path, message: 'map merge requires map or sequence of maps as the value', line: lineOf(d, node) });
      return;
    }
    out.push(...mapEntries(d, src, path));
  }
}

/** A struct: a mapping (null gives the zero value), with unknown fields reported as warnings. */
function decodeStruct(d: Decoder, raw: unknown, path: string, goType: string, fields: readonly string[]): Map<string, unknown> | undefined {
  const node = deref(d, raw);
  if (isNull(node)) return new Map();
  if (!isMap(node!)) { unmarshalError(d, node, path, goType); return undefined; }
  const out = new Map<string, unknown>();
  for (const [key, value, pair] of mapEntries(d, node as YAMLMap, path)) {
    if (fields.includes(key)) out.set(key, value);
    else d.problems.push({
      severity: 'warning', path: path ? `${path}.${key}` : key,
      message: `unknown field ${JSON.stringify(key)} is ignored by Intercept (expected one of: ${fields.join(', ')})`,
      line: lineOf(d, pair.key as Node),
    });
  }
  return out;
}

function decodeList<T>(d: Decoder, raw: unknown, path: string, goType: string, item: (node: unknown, path: string) => T): T[] {
  const node = deref(d, raw);
  if (isNull(node)) return [];
  if (!isSeq(node!)) { unmarshalError(d, node, path, goType); return []; }
  return node.items.map((n, i) => item(n, `${path}[${i}]`));
}

function decodeState(d: Decoder, raw: unknown, path: string): GoState | null {
  if (isNull(deref(d, raw))) return null;
  const f = decodeStruct(d, raw, path, 'config.StateDef', ['counter', 'window', 'increment', 'increment_from']) ?? new Map();
  return {
    counter: decodeString(d, f.get('counter'), `${path}.counter`),
    window: decodeString(d, f.get('window'), `${path}.window`),
    increment: decodeInt(d, f.get('increment'), `${path}.increment`),
    incrementFrom: decodeString(d, f.get('increment_from'), `${path}.increment_from`),
  };
}

function decodeRule(d: Decoder, raw: unknown, path: string): GoRule {
  const f = decodeStruct(d, raw, path, 'config.Rule', ['name', 'action', 'rate_limit', 'conditions', 'on_deny', 'state']) ?? new Map();
  return {
    name: decodeString(d, f.get('name'), `${path}.name`),
    action: decodeString(d, f.get('action'), `${path}.action`),
    rateLimit: decodeString(d, f.get('rate_limit'), `${path}.rate_limit`),
    conditions: decodeList(d, f.get('conditions'), `${path}.conditions`, '[]config.Condition', (n, p) => {
      const c = decodeStruct(d, n, p, 'config.Condition', ['path', 'op', 'value']) ?? new Map();
      return { path: decodeString(d, c.get('path'), `${p}.path`), op: decodeString(d, c.get('op'), `${p}.op`), value: decodeAny(d, c.get('value'), `${p}.value`) };
    }),
    onDeny: decodeString(d, f.get('on_deny'), `${path}.on_deny`),
    state: decodeState(d, f.get('state'), `${path}.state`),
  };
}

export interface DecodeResult {
  config: GoConfig;
  /** Errors here stop Intercept before validation (its Load fails); warnings do not. */
  problems: PolicyProblem[];
}

/** Parse and decode; a YAML syntax error or an unmarshal error is an error problem. */
export function decodePolicy(text: string): DecodeResult {
  // Text in the layout the catalogue writes is read by a faster reader that composes the
  // same nodes; if it cannot read the text, or the text has any problem, the general
  // parser reads it (and says where the problems are).
  const root = readCanonical(text);
  if (root) {
    const d: Decoder = { doc: undefined as unknown as Document, lines: new LineCounter(), problems: [] };
    const config = decodeContents(d, root);
    if (d.problems.length === 0 && config) return { config, problems: [] };
  }
  return decodePolicyParsed(text);
}

/** decodePolicy with the general YAML parser only. */
export function decodePolicyParsed(text: string): DecodeResult {
  const lines = new LineCounter();
  const empty: GoConfig = { version: '', description: '', default: '', hide: [], tools: new Map() };
  // yaml.v3 reads the first document of a stream and ignores the rest.
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: false, merge: false, strict: false });
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  if (!doc) return { config: empty, problems: [] };
  const d: Decoder = { doc, lines, problems: [] };
  // Like Go's parser, stop at the first syntax error: later ones are usually its echoes.
  const syntax = doc.errors[0];
  if (syntax) {
    const message = syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
    d.problems.push({ severity: 'error', path: '', message: `yaml: ${message}`, line: syntax.linePos?.[0]?.line });
  }
  if (d.problems.length > 0) return { config: empty, problems: d.problems };
  return { config: decodeContents(d, doc.contents) ?? empty, problems: d.problems };
}

/** The config from a document's root node; undefined if the root is not a mapping (an error problem says so). */
function decodeContents(d: Decoder, contents: unknown): GoConfig | undefined {
  const config: GoConfig = { version: '', description: '', default: '', hide: [], tools: new Map() };
  const top = decodeStruct(d, contents, '', 'config.Config', ['version', 'description', 'default', 'hide', 'tools']);
  if (!top) return undefined;
  config.version = decodeString(d, top.get('version'), 'version');
  config.description = decodeString(d, top.get('description'), 'description');
  config.default = decodeString(d, top.get('default'), 'default');
  config.hide = decodeList(d, top.get('hide'), 'hide', '[]string', (n, p) => decodeString(d, n, p));
  const toolsNode = deref(d, top.get('tools'));
  if (!isNull(toolsNode)) {
    if (!isMap(toolsNode!)) unmarshalError(d, toolsNode, 'tools', 'map[string]config.ToolDef');
    else {
      for (const [name, value] of mapEntries(d, toolsNode as YAMLMap, 'tools')) {
        const p = toolPath(name);
        const f = decodeStruct(d, value, p, 'config.ToolDef', ['rules']) ?? new Map();
        config.tools.set(name, { rules: decodeList(d, f.get('rules'), `${p}.rules`, '[]config.Rule', (n, rp) => decodeRule(d, n, rp)) });
      }
    }
  }
  return config;
}
