// A fast YAML reader for the plain block layout the catalogue writes (see render.ts):
// block mappings and sequences indented by two, one-line scalars (plain, double- or
// single-quoted), one-line flow sequences of scalars, `[]` and `{}`, comment lines and
// comments after a value. It builds the same nodes the `yaml` library composes for such
// text, which goyaml.ts then decodes exactly as it decodes a full parse. Anything else
// (and any character a reader might take as a line break, a BOM, tabs, control
// characters, long keys, flow mappings, anchors, tags, directives, multi-line scalars, ...)
// makes it give up, and the full parser reads the text instead.
//
// It reads the same text the site publishes: it only skips the general parser's work
// for text whose meaning is unambiguous.
import { Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

// Characters allowed anywhere: printable ASCII, line feed, and printable non-ASCII
// (no C1 controls, NEL, LS, PS, BOM, non-characters or lone surrogates).
const SAFE_TEXT = /^[\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;

const DQ = String.raw`"(?:[^"\\]|\\(?:[0abefnrtvN_LP "/\\]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}))*"`;
const SQ = String.raw`'(?:[^']|'')*'`;
// A plain scalar that ends at the first space: no indicator at its start, none inside.
const PLAIN = String.raw`-?[A-Za-z0-9_][A-Za-z0-9_./+-]*`;
const SCALAR = `(?:${DQ}|${SQ}|${PLAIN})`;
const FLOW_ITEM = `(?:${DQ}|${PLAIN})`;
const FLOW_SEQ = String.raw`\[(?:${FLOW_ITEM}(?:, ${FLOW_ITEM})*)?\]`;
const COMMENT = String.raw`(?: +#.*)?`;

/** `key:` with an optional value on the same line. */
const KEY_LINE = new RegExp(`^(${DQ}|${PLAIN}):(?: (${SCALAR}|${FLOW_SEQ}|\\{\\})${COMMENT})?$`, 'u');
/** `- ` followed by a scalar, or by the first `key: value` of a mapping. */
const ITEM_LINE = new RegExp(`^- (?:(${SCALAR})|((?:${DQ}|${PLAIN}):.*))$`, 'u');
const FLOW_ITEMS = new RegExp(FLOW_ITEM, 'gu');

/** The yaml library's implicit keys must end within 1024 characters of their start. */
const MAX_KEY = 1000;

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

function doubleQuoted(source: string): string {
  let out = '';
  for (let i = 1; i < source.length - 1; i++) {
    const ch = source[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = source[++i]!;
    if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const code = parseInt(source.slice(i + 1, i + 1 + length), 16);
      if (!(code <= 0x10ffff)) giveUp();
      out += String.fromCodePoint(code);
      i += length;
    } else {
      out += ESCAPES[next] ?? giveUp();
    }
  }
  return out;
}

function scalar(source: string): Scalar {
  let node: Scalar;
  if (source[0] === '"') {
    node = new Scalar(doubleQuoted(source));
    node.type = 'QUOTE_DOUBLE';
  } else if (source[0] === "'") {
    node = new Scalar(source.slice(1, -1).replace(/''/gu, "'"));
    node.type = 'QUOTE_SINGLE';
  } else {
    node = new Scalar(source);
    node.type = 'PLAIN';
  }
  // goyaml.ts reads a scalar's text from `source`, as the yaml library composes it.
  node.source = node.value as string;
  return node;
}

function inlineValue(source: string): Node {
  if (source === '{}') {
    const map = new YAMLMap();
    map.flow = true;
    return map;
  }
  if (source[0] === '[') {
    const seq = new YAMLSeq();
    seq.flow = true;
    for (const m of source.slice(1, -1).matchAll(FLOW_ITEMS)) seq.items.push(scalar(m[0]));
    return seq;
  }
  return scalar(source);
}

interface Line {
  indent: number;
  text: string;
}

class Reader {
  private i = 0;
  private readonly lines: Line[];
  constructor(lines: Line[]) {
    this.lines = lines;
  }

  done(): boolean {
    return this.i >= this.lines.length;
  }

  /** A block node whose lines are indented by exactly `indent`. */
  block(indent: number): YAMLMap | YAMLSeq {
    const first = this.lines[this.i] ?? giveUp();
    if (first.indent !== indent) giveUp();
    return first.text.startsWith('- ') ? this.seq(indent) : this.map(indent, first.text);
  }

  private map(indent: number, firstText: string): YAMLMap {
    const map = new YAMLMap();
    let text: string | undefined = firstText;
    while (text !== undefined) {
      const m = KEY_LINE.exec(text) ?? giveUp();
      if (m[1]!.length > MAX_KEY) giveUp();
      this.i += 1;
      let value: Node;
      if (m[2] !== undefined) value = inlineValue(m[2]);
      else {
        const next = this.lines[this.i];
        // A key's block is indented further (the writer never puts a sequence at the key's own indent).
        if (!next || next.indent <= indent) giveUp();
        value = this.block(next!.indent);
      }
      map.items.push(new Pair(scalar(m[1]!), value));
      const next = this.lines[this.i];
      text = next && next.indent === indent && !next.text.startsWith('- ') ? next.text : undefined;
      if (next && next.indent > indent) giveUp();
    }
    return map;
  }

  private seq(indent: number): YAMLSeq {
    const seq = new YAMLSeq();
    for (let line = this.lines[this.i]; line && line.indent === indent && line.text.startsWith('- '); line = this.lines[this.i]) {
      const m = ITEM_LINE.exec(line.text) ?? giveUp();
      if (m[1] !== undefined) {
        this.i += 1;
        seq.items.push(scalar(m[1]));
      } else {
        // `- key: value` opens a mapping whose keys sit two columns in.
        seq.items.push(this.map(indent + 2, m[2]!));
      }
      const after = this.lines[this.i];
      if (after && after.indent > indent) giveUp();
    }
    return seq;
  }
}

/**
 * The document of `text` as the yaml library would compose it, if the text is in the
 * layout this reader knows; undefined otherwise (then parse it the general way).
 */
export function readCanonical(text: string): YAMLMap | undefined {
  if (!SAFE_TEXT.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    if (raw === '') continue;
    const text = raw.trimStart();
    if (text.startsWith('#')) continue;
    if (text === '' || text.endsWith(' ')) return undefined;
    lines.push({ indent: raw.length - text.length, text });
  }
  if (lines.length === 0) return undefined;
  try {
    const reader = new Reader(lines);
    const root = reader.block(0);
    if (!reader.done() || !(root instanceof YAMLMap)) return undefined;
    return root;
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}
