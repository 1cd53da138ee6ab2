import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, validatePolicy } from '../../src/core/policy/index.ts';

const dir = join(import.meta.dirname, 'fixtures');
const files = (sub: string) => readdirSync(join(dir, sub)).filter((f) => f.endsWith('.yaml')).sort();

describe('each refusal of intercept validate has a fixture', () => {
  test.each(files('invalid'))('%s', (name) => {
    const text = readFileSync(join(dir, 'invalid', name), 'utf8');
    const expected = /^# expect: (.*)$/mu.exec(text)?.[1];
    const errors = validatePolicy(text).filter((p) => p.severity === 'error').map(formatProblem);
    if (expected) expect(errors).toEqual([expected]);
    else expect(errors.length).toBeGreaterThan(0);
  });
});

describe('files Intercept accepts', () => {
  test.each(files('valid'))('%s', (name) => {
    expect(validatePolicy(readFileSync(join(dir, 'valid', name), 'utf8'))).toEqual([]);
  });

  test('unknown fields are warnings, not errors (Intercept ignores them)', () => {
    const problems = validatePolicy('version: "1"\ntools:\n  t:\n    rules:\n      - name: r\n        action: deny\n        reason: nope\n');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', path: 'tools.t.rules[0].reason' })]);
  });

  test('a rate_limit rule needs no name check when its shorthand cannot expand (as in Go)', () => {
    const errors = validatePolicy('version: "1"\ntools:\n  t:\n    rules:\n      - rate_limit: 5/fortnight\n').map(formatProblem);
    expect(errors).toEqual(['tools.t.rules[0]: rate_limit window must be "minute", "hour", or "day", got "fortnight"']);
  });

  test('errors come in Intercept order: version, default, hide, then tools by name', () => {
    const text = 'version: "0"\ndefault: x\nhide: [""]\ntools:\n  b: {rules: [{action: deny}]}\n  a: {rules: [{action: deny}]}\n';
    expect(validatePolicy(text).map((p) => p.path)).toEqual(['version', 'default', 'hide[0]', 'tools.a.rules[0]', 'tools.b.rules[0]']);
  });

  test('only the first YAML document counts, as with yaml.v3', () => {
    expect(validatePolicy('version: "1"\ntools: {}\n---\nversion: 2\n')).toEqual([]);
  });

  test('anchors and merge keys decode as in Go', () => {
    const text = 'version: "1"\ntools:\n  a:\n    rules:\n      - &r {name: r, action: deny}\n  b:\n    rules:\n      - <<: *r\n        name: other\n';
    expect(validatePolicy(text)).toEqual([]);
  });
});
