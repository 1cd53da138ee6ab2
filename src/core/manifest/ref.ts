// Local JSON Schema pointers (`{"$ref": "#/$defs/PodAction"}`), as zod and pydantic write shared types.
// Manifests are untrusted: only pointers inside the same schema are followed, and only a few hops.

type Schema = Record<string, unknown>;
const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a local `#/…` pointer names inside the root schema; undefined when it names nothing there. */
export function resolveRef(root: Schema, ref: string): Schema | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return isObject(node) ? node : undefined;
}

/** A node read as what it points to in `root`, its own keys (a description) kept; any other node as it is. */
export function deref(root: Schema, node: unknown): unknown {
  let current = node;
  for (let hop = 0; hop < 3 && isObject(current) && typeof current['$ref'] === 'string'; hop++) {
    const target = resolveRef(root, current['$ref']);
    if (!target) return current;
    const { $ref: _ref, ...own } = current;
    current = { ...target, ...own };
  }
  return current;
}
