import { describe, expect, test } from 'vitest';
import { flattenParameters } from '../../src/site/parameters.ts';

describe('flattenParameters', () => {
  test('top-level properties keep order, types, required, enums and defaults', () => {
    const table = flattenParameters({
      type: 'object',
      properties: {
        owner: { type: 'string', description: 'Repository owner' },
        state: { type: 'string', enum: ['open', 'closed'], default: 'open' },
        limit: { type: ['integer', 'null'], default: 10 },
      },
      required: ['owner'],
      additionalProperties: false,
    });
    expect(table.additionalProperties).toBe(false);
    expect(table.rows.map((r) => [r.name, r.type, r.required, r.enumValues, r.defaultValue])).toEqual([
      ['owner', 'string', true, [], undefined],
      ['state', 'string', false, ['open', 'closed'], 'open'],
      ['limit', 'integer | null', false, [], '10'],
    ]);
    expect(table.rows[0]!.description).toBe('Repository owner');
  });

  test('nested objects become a.b and arrays of objects a[].b', () => {
    const table = flattenParameters({
      type: 'object',
      properties: {
        filter: { type: 'object', properties: { state: { type: 'string' }, since: { type: 'string' } }, required: ['state'] },
        files: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, content: { type: 'string' } }, required: ['path'] } },
        labels: { type: 'array', items: { type: 'string' } },
      },
    });
    expect(table.rows.map((r) => [r.name, r.type, r.required, r.depth])).toEqual([
      ['filter', 'object', false, 0],
      ['filter.state', 'string', true, 1],
      ['filter.since', 'string', false, 1],
      ['files', 'array of object', false, 0],
      ['files[].path', 'string', true, 1],
      ['files[].content', 'string', false, 1],
      ['labels', 'array of string', false, 0],
    ]);
  });

  test('local $ref and anyOf are followed; a self-referencing schema ends', () => {
    const table = flattenParameters({
      type: 'object',
      $defs: { node: { type: 'object', properties: { name: { type: 'string' }, child: { $ref: '#/$defs/node' } } } },
      properties: {
        root: { $ref: '#/$defs/node' },
        channel: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        mode: { enum: ['a', 7, null] },
      },
    });
    const names = table.rows.map((r) => r.name);
    expect(names.slice(0, 3)).toEqual(['root', 'root.name', 'root.child']);
    expect(names.length).toBeLessThan(20);
    expect(table.rows.find((r) => r.name === 'channel')!.type).toBe('string | null');
    expect(table.rows.find((r) => r.name === 'mode')!.enumValues).toEqual(['a', '7', 'null']);
  });

  test('junk schemas give an empty table, not an exception', () => {
    for (const junk of [undefined, null, 'x', [], { properties: 'nope' }, { properties: { a: 5 } }]) {
      const table = flattenParameters(junk);
      expect(Array.isArray(table.rows)).toBe(true);
    }
    expect(flattenParameters({ properties: { a: 5 } }).rows[0]).toMatchObject({ name: 'a', type: 'any' });
  });

  test('very wide schemas are cut and say so', () => {
    const properties = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`p${i}`, { type: 'string' }]));
    const table = flattenParameters({ type: 'object', properties });
    expect(table.rows).toHaveLength(300);
    expect(table.truncated).toBe(true);
  });
});
