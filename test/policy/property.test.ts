// For any names, descriptions and schemas a server may send, every generated file parses
// back with exactly the server's tool names and passes Intercept's checks.
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, RISKS } from '../../src/core/labels.ts';
import { BUILTIN_DEFAULTS, PolicyFileSchema, PRESETS, serverPolicyFiles, toolPolicy, validatePolicy } from '../../src/core/policy/index.ts';
import { decodePolicy } from '../../src/core/policy/goyaml.ts';
import { server, tool } from './fixtures/servers.ts';

const hostileName = fc.oneof(
  fc.constantFrom('yes', 'no', 'null', '~', 'true', 'False', '1', '0x1F', '1e3', '.inf', '1_000', '2024-01-01', '*', '-', '- a', ' a', 'a ', '#', '&a', '!x', '|', '>', '%', '@', '`', '"', "'", 'a: b', 'a #b', '{a}', '[a]', '?', ',', '<<', '_global', 'a.b', '.', '\u0085', '\u2028', '\ufeff', '\u00e9', '\u{1F600}', '\t', '\u007f', '\u009b', 'x\ny', 'x\r\ny', '__proto__', 'constructor', 'toString'),
  fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
  fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }),
  fc.stringMatching(/^[a-z_]{1,20}$/),
);

const paramSchema = fc.oneof(
  fc.record({ type: fc.constant('string'), enum: fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 5 }) }),
  fc.record({ type: fc.constantFrom('integer', 'number'), description: fc.constantFrom('in cents', 'amount', '') , minimum: fc.integer({ min: 0, max: 100000 }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('string'), format: fc.constantFrom('uri', 'hostname', 'date'), default: fc.string() }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('string') }),
);

const toolArb = fc.record({
  name: hostileName,
  category: fc.constantFrom(...CATEGORIES),
  risk: fc.constantFrom(...RISKS),
  description: fc.option(fc.string({ maxLength: 300, unit: 'binary' }), { nil: undefined }),
  params: fc.dictionary(fc.oneof(fc.constantFrom('amount', 'path', 'url', 'host', 'a.b', 'mode'), fc.string({ maxLength: 8 })), paramSchema, { maxKeys: 4 }),
  required: fc.boolean(),
});

const serverArb = fc.array(toolArb, { minLength: 1, maxLength: 8 }).map((tools) =>
  server('prop', { name: 'Prop', capturedAt: '2026-01-01' }, tools.map((t) => tool(t.name, t.category, t.risk, {
    ...(t.description !== undefined ? { description: t.description } : {}),
    inputSchema: { type: 'object', properties: t.params, required: t.required ? Object.keys(t.params) : [] },
  }))),
);

describe('generated policies for arbitrary servers', () => {
  test('parse back with the same tool names and pass the validator', () => {
    fc.assert(fc.property(serverArb, (srv) => {
      const names = [...new Set(srv.tools.map((t) => t.name))];
      const files = serverPolicyFiles(srv, BUILTIN_DEFAULTS);
      for (const preset of PRESETS) {
        const text = files[preset];
        expect(validatePolicy(text).filter((p) => p.severity === 'error')).toEqual([]);
        // Names are read from the parsed YAML itself: zod's record drops a "__proto__" key.
        const raw = parse(text) as { tools: Record<string, unknown>; hide?: string[] };
        PolicyFileSchema.parse(raw);
        const seen = [...Object.keys(raw.tools), ...(raw.hide ?? [])].sort();
        // A tool named "*" is the only one that may be left out (see planTool).
        const expected = names.filter((n) => n !== '*' || seen.includes('*')).sort();
        expect(seen).toEqual(expected);
        // Intercept (Go yaml.v3) must read the very same names.
        const go = decodePolicy(text).config;
        expect([...go.tools.keys(), ...go.hide].sort()).toEqual(expected);
        expect(serverPolicyFiles(srv, BUILTIN_DEFAULTS)[preset]).toBe(text);
      }
    }), { numRuns: 60 });
  });

  test('every snippet is a complete file Intercept accepts, naming only its tool', () => {
    fc.assert(fc.property(serverArb, (srv) => {
      for (const t of srv.tools) {
        const { recommended, alternatives } = toolPolicy(srv, t, BUILTIN_DEFAULTS);
        for (const s of [recommended, ...alternatives]) {
          expect(validatePolicy(s.yaml).filter((p) => p.severity === 'error')).toEqual([]);
          const raw = parse(s.yaml) as { tools: Record<string, unknown>; hide?: string[] };
          PolicyFileSchema.parse(raw);
          expect([...Object.keys(raw.tools), ...(raw.hide ?? [])]).toEqual([t.name]);
          expect(s.summary.length).toBeGreaterThan(0);
        }
      }
    }), { numRuns: 40 });
  });
});
