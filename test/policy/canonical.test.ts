// The fast reader for the catalogue's own layout (canonical.ts) must decode every text
// exactly as the general parser does, or leave it to the general parser.
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseAllDocuments, type Pair } from 'yaml';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, RISKS } from '../../src/core/labels.ts';
import { readCanonical } from '../../src/core/policy/canonical.ts';
import { decodePolicy, decodePolicyParsed } from '../../src/core/policy/goyaml.ts';
import { BUILTIN_DEFAULTS, PRESETS, serverPolicyFiles, toolPolicy } from '../../src/core/policy/index.ts';
import { server, tool } from './fixtures/servers.ts';

/** The shape of composed nodes as goyaml.ts reads them: kinds, key order, scalar styles and texts. */
function shape(node: unknown): unknown {
  if (isScalar(node)) return { type: node.type, source: node.source, tag: node.tag ?? null };
  if (isMap(node)) return { map: (node.items as Pair[]).map((p) => [shape(p.key), shape(p.value)]) };
  if (isSeq(node)) return { seq: node.items.map(shape) };
  return { other: node === null || node === undefined ? null : String(node) };
}

function same(text: string): boolean {
  expect(decodePolicy(text), text).toEqual(decodePolicyParsed(text));
  const fast = readCanonical(text);
  if (!fast) return false;
  const docs = parseAllDocuments(text, { uniqueKeys: false, merge: false, strict: false });
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  expect(doc?.errors, text).toEqual([]);
  expect(docs.length, text).toBe(1);
  expect(shape(fast), text).toEqual(shape(doc!.contents));
  return true;
}

const name = fc.oneof(
  fc.constantFrom('yes', 'null', '~', 'true', '1', '0x1F', '1e3', '-1', '.inf', '2024-01-01', '*', '-', '- a', ' a', 'a ', '#', 'a #b', 'a: b', '"', "'", "a''b", '\\', '\\"', '[a]', '{a}', '<<', 'a.b', '\u0085', '\u2028', '\ufeff', '\u{1F600}', '\t', '\u007f', 'x\ny', 'x\r\ny', '__proto__', 'x'.repeat(1100)),
  fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
  fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }),
  fc.stringMatching(/^[a-z_]{1,20}$/),
);

const serverArb = fc.array(fc.record({
  name,
  category: fc.constantFrom(...CATEGORIES),
  risk: fc.constantFrom(...RISKS),
  description: fc.option(fc.string({ maxLength: 200, unit: 'binary' }), { nil: undefined }),
  enumValues: fc.array(fc.oneof(fc.string({ maxLength: 10, unit: 'binary' }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 4 }),
}), { minLength: 1, maxLength: 6 }).map((tools) =>
  server('prop', { name: 'Prop "x" #1', capturedAt: '2026-01-01' }, tools.map((t) => tool(t.name, t.category, t.risk, {
    ...(t.description !== undefined ? { description: t.description } : {}),
    inputSchema: { type: 'object', properties: { mode: { type: 'string', enum: t.enumValues }, amount: { type: 'integer', description: 'in cents' }, path: { type: 'string' }, url: { type: 'string', format: 'uri' } } },
  }))),
);

describe('the fast reader', () => {
  test('reads every generated policy and snippet as the general parser does', () => {
    fc.assert(fc.property(serverArb, (srv) => {
      const files = serverPolicyFiles(srv, BUILTIN_DEFAULTS);
      for (const preset of PRESETS) same(files[preset]);
      for (const t of srv.tools) {
        const { recommended, alternatives } = toolPolicy(srv, t, BUILTIN_DEFAULTS);
        for (const s of [recommended, ...alternatives]) same(s.yaml);
      }
    }), { numRuns: 80 });
  });

  test('reads the plain generated layout itself (it is the fast path, not a fallback)', () => {
    const srv = server('plain', { name: 'Plain', capturedAt: '2026-01-01' }, [
      tool('list_items', 'read', 'low', { description: 'Lists items 🚀 — fast', inputSchema: { type: 'object', properties: { mode: { type: 'string', enum: ['a', 'b'] } } } }),
      tool('charge', 'financial', 'critical', { inputSchema: { type: 'object', properties: { amount: { type: 'integer', description: 'in cents' } } } }),
      tool('read_file', 'read', 'medium', { inputSchema: { type: 'object', properties: { path: { type: 'string' } } } }),
      tool('delete_all', 'destructive', 'critical'),
    ]);
    const texts = [...Object.values(serverPolicyFiles(srv, BUILTIN_DEFAULTS)), ...srv.tools.flatMap((t) => {
      const p = toolPolicy(srv, t, BUILTIN_DEFAULTS);
      return [p.recommended.yaml, ...p.alternatives.map((a) => a.yaml)];
    })];
    for (const text of texts) {
      expect(same(text), text).toBe(true);
    }
  });

  test('texts outside the layout, or with problems, decode as the general parser decodes them', () => {
    const texts = [
      '', '# only a comment\n', 'version: "1"\n', 'version: 1\ntools: {}\n', 'version: 1.0\ntools: {}\n', 'version: ~\ntools:\n', 'version: null\ntools: {}\n',
      'version: "1"\ntools:\n  a:\n    rules: []\n', 'version: "1"\ntools:\n  a:\n    rules:\n    - name: x\n      action: deny\n',
      'version: "1"\ntools:\n  a:\n    rules:\n      - name: x\n        rate_limit: 5/hour\n        conditions:\n          - path: args.a\n            op: in\n            value: ["a", 1, -2, 1.5, true, null, "\\x85\\u2028\\U0001F600\\N\\_\\L\\P\\/\\ \\0"] # c\n',
      'version: "1"\ntools:\n  a:\n    rules:\n      - name: \'it\'\'s\'\n        conditions:\n          - path: "args.a"\n            op: regex\n            value: \'^a #b\' # c\n',
      'version: "1"\ntools:\n  a:\n    rules:\n      - name: "x"\n        action: deny\n  a:\n    rules: []\n',
      'version: "1"\ntools:\n  "1":\n    rules: []\n  1:\n    rules: []\n',
      'version: "1"\nextra: x\ntools: {}\n', 'version: "1"\ntools:\n  a:\n    rules: []\n    other: 1\n',
      'version: "1"\ndescription: "a\n  b"\ntools: {}\n', 'version: "1"\ndescription: a\n  b\ntools: {}\n', 'version: "1"\ndescription: a\n  # c\ntools: {}\n',
      'version: "1"\ndescription: "\\q"\ntools: {}\n', 'version: "1"\ndescription: "a"b\ntools: {}\n', 'version: "1"\ndescription: "a" #b"\ntools: {}\n',
      'version: "1"\ndescription: \'a\'\' #\'\ntools: {}\n', 'version: "1"\ndescription: a#b\ntools: {}\n', 'version: "1"\ndescription: a #b\ntools: {}\n',
      'version: "1" \ntools: {}\n', 'version:"1"\ntools: {}\n', 'version:  "1"\ntools: {}\n', 'version: "1"\r\ntools: {}\r\n', '\ufeffversion: "1"\ntools: {}\n',
      'version: "1"\ntools:\n\ta:\n\t\trules: []\n', '---\nversion: "1"\ntools: {}\n', 'version: "1"\ntools: {}\n---\nversion: "2"\n', '%YAML 1.2\n---\nversion: "1"\n',
      'version: &v "1"\ntools: {}\n', 'version: *v\n', 'version: !!str 1\ntools: {}\n', 'version: "1"\ntools: {a: {rules: []}}\n', 'version: "1"\nhide: [a, "b"]\ntools: {}\n',
      'version: "1"\nhide:\n- a\ntools: {}\n', 'version: "1"\nhide:\n  - a\n  - \n  - "  "\n  - a\ntools: {}\n', 'version: "1"\nhide:\n  - a: b\ntools: {}\n', 'version: "1"\nhide: a\ntools: {}\n',
      'version: "1"\ntools:\n  a:\n    rules:\n      - name: x\n         action: deny\n', 'version: "1"\ntools:\n  a:\n     rules: []\n', 'version: "1"\ntools:\n   a:\n    rules: []\n',
      `version: "1"\ntools:\n  ${'k'.repeat(1030)}:\n    rules: []\n`, `version: "1"\ntools:\n  "${'k'.repeat(1030)}":\n    rules: []\n`,
      'version: "1"\ntools:\n  <<: {a: 1}\n', 'version: "1"\ntools:\n  "<<":\n    rules: []\n', 'version: "1"\ntools:\n  ? a\n  : rules: []\n',
      'version: "1"\ntools:\n  a:\n    rules:\n      - name: "n"\n        conditions:\n          - path: args.x\n            op: lte\n            value: 18446744073709551615\n',
      'version: "1"\ntools:\n  a:\n    rules:\n      - name: "n"\n        conditions:\n          - path: args.x\n            op: lte\n            value: 0x1F\n          - path: args.y\n            op: lte\n            value: 1_000\n',
      'version: "1"\ntools:\n  a:\n    rules:\n      - - x\n', 'version: "1"\ntools:\n  a:\n    rules:\n      -\n        name: x\n', 'version: "1"\ndefault: [deny]\ntools: {}\n',
      'version: "1"\ndescription: "\\x85\\xZZ"\ntools: {}\n', 'version: "1"\ndescription: "\\U00110000"\ntools: {}\n', 'version: "1"\ndescription: "\\ud800"\ntools: {}\n',
      'version: "1"\ndescription: "a\u0085b"\ntools: {}\n', 'version: "1"\ndescription: "a\u2028b"\ntools: {}\n', 'version: "1"\n# a\u2028b\ntools: {}\n',
    ];
    for (const text of texts) same(text);
  });

  test('any text made of YAML pieces decodes as the general parser decodes it', () => {
    const piece = fc.constantFrom(
      'version', 'description', 'default', 'hide', 'tools', 'rules', 'name', 'action', 'rate_limit', 'conditions', 'path', 'op', 'value', 'on_deny', 'state',
      '"1"', '1', 'deny', '5/hour', 'args.a', 'in', 'lte', 'regex', '"a b"', "'a'", '"\\x41"', '"\\q"', '[]', '{}', '["a", 1]', '[a, b]', 'null', '~', 'true',
      ':', ': ', ' ', '  ', '- ', '-', '#', ' # c', '"', "'", '[', ']', '{', '}', ',', '&a', '*a', '!', '|', '>', '?', '\\', '\t', '\r', '\u0085', '\u{1F600}', '---', 'é',
    );
    const line = fc.tuple(fc.constantFrom('', '  ', '    ', '      ', '        ', ' ', '   '), fc.array(piece, { minLength: 0, maxLength: 5 })).map(([indent, parts]) => indent + parts.join(''));
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
      same(`${lines.join('\n')}\n`);
    }), { numRuns: 3000 });
  });

  test('any text in the block layout is read into the very nodes the yaml library composes', () => {
    const key = fc.constantFrom('version', 'description', 'tools', 'rules', 'name', 'value', 'a', '"b c"', '"a: b"', '"\\"x"', '-x', '1', 'null', 'a.b/c-d', '_');
    const val = fc.constantFrom('"1"', '1', 'deny', '5/hour', 'args.a', '"a b"', "'a'", "'it''s'", '"\\x41\\u2028\\U0001F600"', '[]', '{}', '["a", 1]', '[a, -1]', '["#", "a, b"]', 'null', '~', 'true', '0x1F', '1_000', '"#"', '"a" #c', "'x' # y", '1.5', '-1', '"\\""', '"é 🚀"');
    type Tree = { k: 'map'; entries: [string, Tree | string][] } | { k: 'seq'; items: (Tree | string)[] };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({ k: fc.constant('map' as const), entries: fc.array(fc.tuple(key, fc.oneof(val, tie('tree'))), { minLength: 1, maxLength: 4 }) }),
        fc.record({ k: fc.constant('seq' as const), items: fc.array(fc.oneof(val, tie('tree')), { minLength: 1, maxLength: 4 }) }),
      ),
    })).tree;
    const comment = fc.constantFrom('', '# c', '  # c', '#', '    # - a: b');
    const render = (t: Tree, indent: number, comments: string[], first = ''): string[] => {
      const pad = ' '.repeat(indent);
      const out: string[] = [];
      const note = () => { const c = comments.shift(); if (c) out.push(c); };
      const entries = t.k === 'map' ? t.entries : t.items.map((v) => ['', v] as [string, Tree | string]);
      entries.forEach(([k, v], i) => {
        note();
        const lead = i === 0 && first ? first : pad;
        const head = t.k === 'map' ? `${lead}${k}:` : `${lead}-`;
        if (typeof v === 'string') out.push(`${head} ${v}`);
        else if (t.k === 'seq' && v.k === 'map') out.push(...render(v, indent + 2, comments, `${lead}- `));
        else { out.push(head); out.push(...render(v, indent + 2, comments)); }
      });
      return out;
    };
    let fast = 0;
    fc.assert(fc.property(fc.array(fc.tuple(key, fc.oneof(val, tree)), { minLength: 1, maxLength: 5 }), fc.array(comment, { maxLength: 20 }), (top, comments) => {
      const text = `${render({ k: 'map', entries: top }, 0, [...comments]).join('\n')}\n`;
      if (same(text)) fast += 1;
    }), { numRuns: 1500 });
    // Most of these texts are read by the fast reader (the rest have keys it leaves to the parser).
    expect(fast).toBeGreaterThan(400);
  });
});
