import fc from 'fast-check';
import { expect, test } from 'vitest';
import { assignSlugs, slugify } from '../../src/core/slug.ts';

test.each([
  ['get_file', 'get-file'],
  ['getFile', 'getfile'],
  ['policies.remove', 'policies-remove'],
  ['GitHub', 'github'],
  ['Café Señor', 'cafe-senor'],
  ['../../etc/passwd', 'etc-passwd'],
])('slugify(%j) = %j', (name, slug) => expect(slugify(name)).toBe(slug));

test('names with no usable letters still get a safe slug', () => {
  expect(slugify('***')).toMatch(/^item-[0-9a-f]{8}$/);
  expect(slugify('日本語')).toMatch(/^item-[0-9a-f]{8}$/);
});

test('collisions: an exact match keeps its slug, others get a stable hash', () => {
  const first = assignSlugs(['get_file', 'get-file']);
  expect(first.slugs.get('get-file')).toBe('get-file');
  expect(first.slugs.get('get_file')).toMatch(/^get-file-[0-9a-f]{8}$/);
  // Order and unrelated additions change nothing.
  const again = assignSlugs(['zeta', 'get-file', 'get_file']);
  expect(again.slugs.get('get_file')).toBe(first.slugs.get('get_file'));
  expect(first.collisions).toEqual([['get-file', 'get_file']]);
});

test('a preferred slug wins over a name that merely slugifies to it', () => {
  const { slugs } = assignSlugs(['github', 'a'], 'server', new Map([['a', 'github']]));
  expect(slugs.get('a')).toBe('github');
  expect(slugs.get('github')).toMatch(/^github-[0-9a-f]{8}$/);
});

test('any set of names gets distinct, URL- and path-safe slugs', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.string({ maxLength: 200 }), { maxLength: 30 }), (names) => {
      const { slugs } = assignSlugs(names);
      const values = names.map((n) => slugs.get(n)!);
      expect(new Set(values).size).toBe(names.length);
      for (const slug of values) expect(slug).toMatch(/^[a-z0-9][a-z0-9-]{0,79}$/);
    }),
  );
});
