// The values of the environment a capture is given (API keys, account and page ids) must not
// reach a manifest, which is published. Some servers echo them back: a page id as a schema
// default, a base URL in a description. Every such string is replaced by `<NAME>`.

/** Values this short ("1", "true", "prod") are too common to tell apart from the server's own text. */
const MIN_LENGTH = 8;

export interface Redaction<T> {
  value: T;
  /** The names of the variables whose value was found, in order of first find. */
  found: string[];
}

/** `value` with every occurrence of the given variables' values replaced by `<NAME>`. */
export function redactEnvValues<T>(value: T, env: Readonly<Record<string, string>>): Redaction<T> {
  // Longest first, so a value that contains another is replaced whole.
  const pairs = Object.entries(env).filter(([, v]) => v.length >= MIN_LENGTH).sort((a, b) => b[1].length - a[1].length);
  const found: string[] = [];
  if (pairs.length === 0) return { value, found };
  const redactString = (s: string): string => {
    let out = s;
    for (const [name, secret] of pairs) {
      if (!out.includes(secret)) continue;
      out = out.split(secret).join(`<${name}>`);
      if (!found.includes(name)) found.push(name);
    }
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactString(v);
    if (Array.isArray(v)) return v.map(walk);
    // (fromEntries defines each key as its own property, so a hostile `__proto__` key stays a key.)
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, child]) => [redactString(k), walk(child)]));
    return v;
  };
  return { value: walk(value) as T, found };
}
