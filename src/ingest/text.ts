// Server-supplied text (tool names, descriptions, stderr) is attacker-controllable: before
// it reaches a terminal, escape control characters so it cannot move the cursor, rewrite
// earlier lines or change colours, and cut it to a readable length.

// C0 and C1 controls, DEL, and bidi overrides/isolates that can reorder what is shown.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string, max = 200): string {
  const safe = text.replace(UNSAFE, (c) => (c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}
