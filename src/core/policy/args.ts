// Argument checks read from a tool's input schema. Intercept refuses a call when a
// condition's argument is missing, so checks only go on required parameters; and a check
// is dropped if it would refuse the schema's own default or examples.
import { RE2JS } from 're2js';
import type { ToolDefinition } from '../manifest/schema.ts';
import { deref } from '../manifest/ref.ts';
import type { Rule } from './schema.ts';
import { commentText, cut, oneLine } from './text.ts';

/** A rule plus the comment a person editing the file should see next to its value. */
export interface GeneratedRule {
  rule: Rule;
  /** Shown after the condition's value: what the value is and what to edit. */
  valueComment?: string;
  /** One sentence for the snippet summary: what a refused call looks like. */
  effect: string;
}

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Param {
  name: string;
  schema: JsonObject;
}

/** Required, addressable top-level parameters. Intercept splits `args.a.b` on dots, so a name with a dot cannot be reached. */
export function requiredParams(definition: ToolDefinition): Param[] {
  const input = definition.inputSchema;
  const props = isObject(input.properties) ? input.properties : {};
  const required = Array.isArray(input.required) ? input.required.filter((r): r is string => typeof r === 'string') : [];
  const out: Param[] = [];
  const seen = new Set<string>();
  for (const name of required) {
    // (A parameter kept in a shared type, `{"$ref": "#/$defs/Action"}`, is checked as that type.)
    const schema = Object.hasOwn(props, name) ? deref(input, props[name]) : undefined;
    if (seen.has(name) || name === '' || name.includes('.') || !isObject(schema)) continue;
    seen.add(name);
    out.push({ name, schema });
  }
  return out;
}

function types(schema: JsonObject): string[] {
  const t = schema.type;
  return typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/** The values the schema documents for a parameter (default, examples), which a check must accept. */
function documentedValues(schema: JsonObject): unknown[] {
  const out: unknown[] = [];
  if (Object.hasOwn(schema, 'default')) out.push(schema.default);
  if (Array.isArray(schema.examples)) out.push(...schema.examples);
  return out;
}

const MAX_ENUM = 100;

/** `in` for a parameter whose schema lists its values (strings or finite numbers only: Intercept compares others as text). */
export function enumRule(p: Param): GeneratedRule | undefined {
  const values = Array.isArray(p.schema.enum) ? p.schema.enum : Object.hasOwn(p.schema, 'const') ? [p.schema.const] : undefined;
  if (!values || values.length === 0 || values.length > MAX_ENUM) return undefined;
  if (types(p.schema).includes('array') || types(p.schema).includes('object')) return undefined;
  if (!values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) return undefined;
  const unique = [...new Set(values as Array<string | number>)];
  if (!documentedValues(p.schema).every((d) => unique.includes(d as string | number))) return undefined;
  const label = cut(oneLine(p.name), 40);
  return {
    rule: {
      name: `${label}: documented values only`,
      conditions: [{ path: `args.${p.name}`, op: 'in', value: unique }],
      on_deny: `The ${label} argument must be one of the values the tool documents.`,
    },
    effect: `A call whose ${label} is not one of the ${unique.length} documented value${unique.length === 1 ? '' : 's'} is refused.`,
  };
}

const AMOUNT_NAME = /^(?:amount|.*[_-]amount|amount[_-].*|.*Amount|price|unit[_-]?amount|total|value|sum)$/u;
const UNIT = /\b(cents?|pence|minor units?|smallest currency unit|dollars?|usd|eur|euros?|pounds?|gbp|satoshis?|sats|wei|gwei|lamports?)\b/iu;

/** `lte` cap on a required amount of a financial tool, never below what the schema itself allows as a default or minimum. */
export function amountCapRule(p: Param, cap: number): GeneratedRule | undefined {
  if (!AMOUNT_NAME.test(p.name)) return undefined;
  const t = types(p.schema);
  if (!t.includes('number') && !t.includes('integer')) return undefined;
  let value = cap;
  for (const floor of [p.schema.minimum, p.schema.exclusiveMinimum, ...documentedValues(p.schema)]) {
    if (typeof floor === 'number' && Number.isFinite(floor) && floor > value) value = floor;
  }
  if (typeof p.schema.maximum === 'number' && p.schema.maximum <= value) return undefined;
  const unitText = [p.schema.description, p.schema.title, p.schema['x-unit'], p.schema.unit].filter((x): x is string => typeof x === 'string').join(' ');
  const unit = UNIT.exec(unitText)?.[1]?.toLowerCase();
  const label = cut(oneLine(p.name), 40);
  return {
    rule: {
      name: `${label}: at most ${value}`,
      conditions: [{ path: `args.${p.name}`, op: 'lte', value }],
      on_deny: `This amount is above the limit set by policy (${value}${unit ? ` ${unit}` : ''}); ask a human to approve it.`,
    },
    valueComment: unit
      ? ` in ${unit}, as the schema says; edit to your own ceiling`
      : ' in the unit the tool uses (the schema does not say which); edit to your own ceiling',
    effect: `A call with ${label} above ${value}${unit ? ` ${unit}` : ''} is refused.`,
  };
}

interface Location {
  kind: 'URL' | 'host' | 'path';
  regex: string;
  allows: string;
  example: string;
}

const LOCATIONS: Array<{ test: (name: string, schema: JsonObject) => boolean; loc: Location }> = [
  {
    test: (n, s) => /(?:^|[_-])(?:url|uri|href|endpoint|link)s?$/iu.test(n) || /Url$|Uri$/u.test(n) || ['uri', 'url', 'iri', 'uri-reference'].includes(String(s.format)),
    loc: { kind: 'URL', regex: '^https?://', allows: 'any http(s) URL, refusing file:, data: and other schemes', example: '^https://(docs\\.example\\.com|api\\.example\\.com)/' },
  },
  {
    test: (n, s) => /(?:^|[_-])(?:host|hostname|domain)$/iu.test(n) || /Host$|Hostname$|Domain$/u.test(n) || s.format === 'hostname',
    loc: { kind: 'host', regex: '^[A-Za-z0-9._:\\[\\]-]+$', allows: 'a bare host name or address (with an optional port), refusing user info, paths and spaces', example: '^(db1|db2)\\.internal(:5432)?$' },
  },
  {
    test: (n) => /(?:^|[_-])(?:path|file|filename|filepath|dir|directory|folder)s?$/iu.test(n) || /Path$|File$|Dir$|Directory$|Folder$/u.test(n),
    loc: { kind: 'path', regex: '^(?:[^.]|\\.[^.])*\\.?$', allows: 'any path without ".." in it', example: '^/srv/data/' },
  },
];

/** A regex allowlist for a path, URL or host parameter: permissive as written, with a comment saying how to narrow it. */
export function locationRule(p: Param): GeneratedRule | undefined {
  if (!types(p.schema).includes('string') && types(p.schema).length > 0) return undefined;
  if (Array.isArray(p.schema.enum)) return undefined;
  const found = LOCATIONS.find((l) => l.test(p.name, p.schema));
  if (!found) return undefined;
  const { loc } = found;
  const re = RE2JS.compile(loc.regex);
  if (!documentedValues(p.schema).every((v) => typeof v === 'string' && re.matcher(v).find())) return undefined;
  const label = cut(oneLine(p.name), 40);
  return {
    rule: {
      name: `${label}: allowed ${loc.kind}s`,
      conditions: [{ path: `args.${p.name}`, op: 'regex', value: loc.regex }],
      on_deny: `This ${loc.kind} is outside what the policy allows for ${label}; ask a human to allow it.`,
    },
    valueComment: ` allows ${loc.allows}; edit to the ${loc.kind}s this agent may use, e.g. ${loc.example}`,
    effect: `A call whose ${label} does not match ${loc.regex} (${loc.allows}) is refused.`,
  };
}

/** The description of a parameter, for comments. */
export function paramDescription(p: Param): string {
  return commentText(typeof p.schema.description === 'string' ? p.schema.description : '', 100);
}
