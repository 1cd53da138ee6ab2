// Local JSON Schema pointers (`{"$ref": "#/$defs/PodAction"}`), as zod and pydantic write shared types.
// Manifests are untrusted: only pointers inside the same schema are followed, a few hops and path segments deep.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A node read as what it points to in `root`, its own keys (a description) kept; any other node as it is. */
export function deref(root: Record<string, unknown>, node: unknown): unknown {
  let current = node;
  for (let hop = 0; hop < 3 && isObject(current) && typeof current['$ref'] === 'string'; hop++) {
    const ref = current['$ref'];
    if (!ref.startsWith('#/')) return current;
    let target: unknown = root;
    for (const part of ref.slice(2).split('/').slice(0, 4)) {
      const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
      target = isObject(target) && Object.hasOwn(target, key) ? target[key] : undefined;
    }
    if (!isObject(target)) return current;
    const { $ref: _ref, ...own } = current;
    current = { ...target, ...own };
  }
  return current;
}
