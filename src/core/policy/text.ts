// Untrusted text (tool names, descriptions, schema strings) made safe for the places a
// policy file shows it: one-line comments, rule names and on_deny messages an agent reads.

/** Go's unicode.IsSpace, which Intercept's TrimSpace uses to refuse blank `hide` entries. */
export function isGoSpace(ch: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u.test(ch);
}

export function isGoBlank(s: string): boolean {
  for (const ch of s) if (!isGoSpace(ch)) return false;
  return true;
}

// Line breaks YAML readers honour (libyaml treats NEL, LS and PS as breaks too), control
// characters YAML forbids, and invisible characters that make text read differently
// from what it is (bidi overrides, zero-width joiners, BOM).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** One line of plain text: unsafe characters become spaces, runs of space collapse. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim();
}

/** Cut to at most `max` code points at a word boundary where one is near, marking the cut with "…". */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text; // never more code points than code units
  // Walk code points only as far as needed (descriptions can be long): where the first
  // max - 1 end, and whether there are more than max.
  let count = 0;
  let offset = 0;
  let headEnd = 0;
  for (const ch of text) {
    if (count === max - 1) headEnd = offset;
    count += 1;
    if (count > max) break;
    offset += ch.length;
  }
  if (count <= max) return text;
  let head = text.slice(0, headEnd);
  const space = head.lastIndexOf(' ');
  if (space > max * 0.6) head = head.slice(0, space);
  return `${head.replace(/[\s.,;:]+$/u, '')}…`;
}

// Each description is made into comments for every snippet and preset file of its tool.
const commentMemo = new Map<string, string>();
const COMMENT_MEMO_LIMIT = 50_000;

/** A description made fit for a single comment line. */
export function commentText(text: string | undefined, max = 160): string {
  const key = `${max}\u0000${text ?? ''}`;
  let line = commentMemo.get(key);
  if (line === undefined) {
    line = cut(oneLine(text ?? ''), max);
    if (commentMemo.size >= COMMENT_MEMO_LIMIT) commentMemo.clear();
    commentMemo.set(key, line);
  }
  return line;
}

/**
 * A tool name as prose in a message the agent reads. Names are attacker-controlled and an
 * on_deny message is fed back into the model, so only a conservative alphabet survives:
 * anything else (quotes, brackets, instructions in disguise) is replaced, and long names are cut.
 */
export function nameForProse(name: string, max = 64): string {
  const safe = name.replace(/[^A-Za-z0-9_.\-/ ]/gu, '?').replace(/\s+/gu, ' ').trim();
  return cut(safe || '?', max);
}

/** `delete_repository`, `deleteRepository`, `Delete-Repo` → words for a sentence ("delete repository"). */
export function humanise(name: string, max = 48): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/gu, '$1 $2')
    .replace(/[^A-Za-z0-9]+/gu, ' ')
    .trim()
    .toLowerCase();
  return cut(words || 'this tool', max);
}
