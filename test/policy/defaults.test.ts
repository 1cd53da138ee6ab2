import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BUILTIN_DEFAULTS, loadPolicyDefaults } from '../../src/core/policy/index.ts';
import { tempDir } from '../temp-dir.ts';

test('data/policy-defaults.yaml is the built-in table', () => {
  expect(loadPolicyDefaults(join(import.meta.dirname, '../../data/policy-defaults.yaml'))).toEqual(BUILTIN_DEFAULTS);
});

test('a wrong defaults file is refused with file and path', () => {
  const file = join(tempDir('defaults-'), 'bad.yaml');
  writeFileSync(file, 'rate_limits: {read: {low: 60/week}}\npresets: {}\namount_cap: -1\n');
  expect(() => loadPolicyDefaults(file)).toThrow(/bad\.yaml: rate_limits\.read\.low: a rate limit is "<positive integer>\/<minute\|hour\|day>"/u);
  expect(() => loadPolicyDefaults(file)).toThrow(/bad\.yaml: amount_cap: /u);
});
