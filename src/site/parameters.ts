// The parameters table of a tool page: a JSON Schema flattened into rows.
// Nested objects become `a.b`, array items `a[]`, their properties `a[].b`.
// Schemas come from servers we do not trust: every access is defensive, depth and
// row counts are bounded, and `$ref` cycles cannot loop.
import { resolveRef } from '../core/manifest/ref.ts';

export interface ParameterRow {
  /** Dotted path: `query`, `filter.state`, `labels[]`, `items[].id`. */
  name: string;
  /** Nesting depth (0 for top-level properties). */
  depth: number;
  /** `string`, `integer`, `string | null`, `array of string`, `object`, `any`. */
  type: string;
  required: boolean;
  description: string;
  /** Allowed values, JSON-encoded where not plain strings. */
  enumValues: string[];
  /** The default, JSON-encoded; undefined when none is declared. */
  defaultValue: string | undefined;
}

export interface ParametersTable {
  rows: ParameterRow[];
  /** True when rows were cut at the limit. */
  truncated: boolean;
  /** Whether the schema accepts properties it does not list. */
  additionalProperties: boolean;
}

const MAX_DEPTH = 6;
const MAX_ROWS = 300;
const MAX_TEXT = 2_000;

type Schema = Record<string, unknown>;

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : '';
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}


/** The variants of a union (`anyOf`/`oneOf`), or the schema itself. */
function variants(schema: Schema): Schema[] {
  const union = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  return union ? union.filter(isObject) : [schema];
}

export function describeType(schema: Schema, root: Schema, seen: ReadonlySet<Schema> = new Set()): string {
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(root, schema.$ref);
    if (!target || seen.has(target)) return 'object';
    return describeType(target, root, new Set([...seen, target]));
  }
  const union = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  if (union) {
    const names = [...new Set(union.filter(isObject).map((s) => describeType(s, root, seen)))];
    return names.length ? names.join(' | ') : 'any';
  }
  const type = schema.type;
  const types = Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : typeof type === 'string' ? [type] : [];
  if (types.length === 0) {
    if ('const' in schema) return typeof schema.const === 'string' ? 'string' : typeof schema.const;
    if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map((v) => (v === null ? 'null' : typeof v)))].join(' | ') || 'any';
    if (isObject(schema.properties)) return 'object';
    if (isObject(schema.items)) return `array of ${describeType(schema.items, root, seen)}`;
    return 'any';
  }
  return types.map((t) => (t === 'array' && isObject(schema.items) ? `array of ${describeType(schema.items, root, seen)}` : t)).join(' | ');
}

/** The object schema(s) a value of this schema may be, following refs and unions. */
function objectShapes(schema: Schema, root: Schema, seen: Set<Schema>): Schema[] {
  const out: Schema[] = [];
  let node = schema;
  if (typeof node.$ref === 'string') {
    const target = resolveRef(root, node.$ref);
    if (!target || seen.has(target)) return out;
    seen.add(target);
    node = target;
  }
  for (const variant of variants(node)) {
    if (variant !== node) out.push(...objectShapes(variant, root, seen));
    else if (isObject(variant.properties)) out.push(variant);
  }
  return out;
}

function arrayItems(schema: Schema, root: Schema): Schema | undefined {
  let node = schema;
  if (typeof node.$ref === 'string') node = resolveRef(root, node.$ref) ?? {};
  for (const variant of variants(node)) {
    if (isObject(variant.items)) return variant.items;
  }
  return undefined;
}

function enumValues(schema: Schema, root: Schema): string[] {
  const values: unknown[] = [];
  let node = schema;
  if (typeof node.$ref === 'string') node = resolveRef(root, node.$ref) ?? {};
  for (const variant of variants(node)) {
    if (Array.isArray(variant.enum)) values.push(...variant.enum);
    else if ('const' in variant) values.push(variant.const);
  }
  return values.slice(0, 100).map(show);
}

export function flattenParameters(inputSchema: unknown): ParametersTable {
  const rows: ParameterRow[] = [];
  let truncated = false;
  const root = isObject(inputSchema) ? inputSchema : {};

  const visit = (schema: Schema, prefix: string, depth: number, seen: Set<Schema>): void => {
    for (const shape of objectShapes(schema, root, new Set(seen))) {
      const properties = shape.properties as Schema;
      const required = new Set(Array.isArray(shape.required) ? shape.required.filter((r): r is string => typeof r === 'string') : []);
      for (const [key, value] of Object.entries(properties)) {
        if (rows.length >= MAX_ROWS) {
          truncated = true;
          return;
        }
        const property = isObject(value) ? value : {};
        const name = prefix ? `${prefix}.${key}` : key;
        rows.push({
          name,
          depth,
          type: describeType(property, root),
          required: required.has(key),
          description: text(property.description) || text(property.title),
          enumValues: enumValues(property, root),
          defaultValue: 'default' in property ? show(property.default) : undefined,
        });
        if (depth + 1 >= MAX_DEPTH) continue;
        const nextSeen = new Set(seen).add(property);
        visit(property, name, depth + 1, nextSeen);
        const items = arrayItems(property, root);
        if (items) {
          const itemShapes = objectShapes(items, root, new Set(nextSeen));
          if (itemShapes.length) visit(items, `${name}[]`, depth + 1, nextSeen.add(items));
        }
      }
    }
  };
  visit(root, '', 0, new Set([root]));
  return { rows, truncated, additionalProperties: root.additionalProperties !== false };
}
