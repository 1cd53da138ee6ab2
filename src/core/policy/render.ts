// Policy files as YAML text, built through the yaml Document API so that comments and
// quoting are the library's job: every tool name and every string from a server is a
// scalar node, never spliced into text.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type ScalarTag, type Tags } from 'yaml';
import { stringifyString, stringTag } from 'yaml/util';
import type { GeneratedRule } from './args.ts';
import type { Rule } from './schema.ts';
import { oneLine } from './text.ts';

// Plain only when every YAML reader takes it as this exact string: no YAML 1.1 booleans or
// nulls (yes, off, ~), no numbers, no indicator characters, ASCII only.
const PLAIN_SAFE = /^[A-Za-z_][A-Za-z0-9_/-]*$/u;
const YAML11_WORDS = /^(?:y|yes|n|no|on|off|true|false|null)$/iu;

export function isPlainSafe(s: string): boolean {
  return PLAIN_SAFE.test(s) && !YAML11_WORDS.test(s);
}

/** A string scalar that reads back as exactly `s`. */
export function str(s: string, style: 'auto' | 'double' | 'single' = 'auto'): Scalar {
  const node = new Scalar(s);
  if (style === 'single' && /^[\x20-\x7e]*$/u.test(s)) node.type = 'QUOTE_SINGLE';
  else if (style === 'double' || style === 'single' || !isPlainSafe(s)) node.type = 'QUOTE_DOUBLE';
  else node.type = 'PLAIN';
  return node;
}

function plain(s: string | number | boolean): Scalar {
  const node = new Scalar(s);
  node.type = 'PLAIN';
  return node;
}

/** Comment text: one line per entry, each made safe. */
export function commentLines(lines: readonly string[]): string {
  return lines.map((l) => ` ${oneLine(l)}`.trimEnd()).join('\n');
}

function valueNode(value: unknown, op: string): Scalar | YAMLSeq {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    seq.flow = true;
    for (const v of value) seq.items.push(typeof v === 'string' ? str(v, 'double') : plain(v as number));
    return seq;
  }
  if (typeof value === 'string') return str(value, op === 'regex' ? 'single' : 'double');
  return plain(value as number | boolean);
}

export function ruleNode(g: GeneratedRule): YAMLMap {
  const r: Rule = g.rule;
  const map = new YAMLMap();
  const add = (key: string, value: unknown) => map.items.push(new Pair(plain(key), value));
  add('name', str(r.name, 'double'));
  if (r.action) add('action', plain(r.action));
  if (r.rate_limit) add('rate_limit', plain(r.rate_limit));
  if (r.conditions) {
    const seq = new YAMLSeq();
    for (const c of r.conditions) {
      const cond = new YAMLMap();
      cond.items.push(new Pair(plain('path'), str(c.path, 'double')));
      cond.items.push(new Pair(plain('op'), plain(c.op)));
      const v = valueNode(c.value, c.op);
      if (g.valueComment) v.comment = ` ${oneLine(g.valueComment)}`;
      cond.items.push(new Pair(plain('value'), v));
      seq.items.push(cond);
    }
    add('conditions', seq);
  }
  if (r.on_deny) add('on_deny', str(r.on_deny, 'double'));
  return map;
}

/** `rules:` with its rule list (`rules: []` when empty). */
export function toolEntry(rules: readonly GeneratedRule[]): YAMLMap {
  const seq = new YAMLSeq();
  if (rules.length === 0) seq.flow = true;
  for (const g of rules) seq.items.push(ruleNode(g));
  const map = new YAMLMap();
  map.items.push(new Pair(plain('rules'), seq));
  return map;
}

/** A tool key with its comment lines above it. */
export function toolKey(name: string, comment: readonly string[], spaceBefore = false): Scalar {
  const key = str(name);
  if (comment.length > 0) key.commentBefore = commentLines(comment);
  if (spaceBefore) key.spaceBefore = true;
  return key;
}

export interface FileParts {
  header: readonly string[];
  description: string;
  default?: 'allow' | 'deny';
  hide: Array<{ name: string; comment: string[]; spaceBefore?: boolean }>;
  tools: Array<{ name: string; comment: string[]; rules: readonly GeneratedRule[]; spaceBefore?: boolean }>;
}

// Characters YAML readers take as line breaks (NEL, LS, PS) or refuse (C1 controls,
// non-characters) stay escaped; the library escapes only C0 controls. Everything from a
// server that can hold them is double-quoted (see str()), and comments never hold them
// (oneLine), so replacing them in the output only touches double-quoted scalars.
const ESCAPE_AFTER = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/gu;
function escapeRest(text: string): string {
  return text.replace(ESCAPE_AFTER, (ch) => {
    const code = ch.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

// The library's string tag copies the whole stringify context for every string it writes
// (`Object.assign({ actualString: true }, ctx)`, a slow path in V8), and that copy was a
// quarter of the time spent writing a catalogue's policies. This tag sets the same flag on
// the context for the duration of the call instead; the text it writes is the same.
const fastStringTag: ScalarTag = {
  ...stringTag,
  stringify(item, ctx, onComment, onChompKeep) {
    const before = ctx.actualString;
    ctx.actualString = true;
    try {
      return stringifyString(item, ctx, onComment, onChompKeep);
    } finally {
      ctx.actualString = before;
    }
  },
};
const withFastStrings = (tags: Tags): Tags => tags.map((tag) => (tag === stringTag ? fastStringTag : tag));

export function renderFile(parts: FileParts): string {
  const doc = new Document(undefined, { customTags: withFastStrings });
  const root = new YAMLMap();
  root.items.push(new Pair(plain('version'), str('1', 'double')));
  root.items.push(new Pair(plain('description'), str(parts.description, 'double')));
  if (parts.default) root.items.push(new Pair(plain('default'), plain(parts.default)));
  if (parts.hide.length > 0) {
    const seq = new YAMLSeq();
    for (const h of parts.hide) {
      const item = str(h.name);
      if (h.comment.length > 0) item.commentBefore = commentLines(h.comment);
      if (h.spaceBefore) item.spaceBefore = true;
      seq.items.push(item);
    }
    const hideKey = plain('hide');
    hideKey.spaceBefore = true;
    root.items.push(new Pair(hideKey, seq));
  }
  const tools = new YAMLMap();
  if (parts.tools.length === 0) tools.flow = true;
  for (const t of parts.tools) tools.items.push(new Pair(toolKey(t.name, t.comment, t.spaceBefore), toolEntry(t.rules)));
  const toolsKey = plain('tools');
  toolsKey.spaceBefore = true;
  root.items.push(new Pair(toolsKey, tools));
  doc.contents = root;
  if (parts.header.length > 0) doc.commentBefore = commentLines(parts.header);
  return escapeRest(doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false }));
}
