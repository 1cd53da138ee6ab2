// redactEnvValues: what a capture's env values become when a server echoes them back.
import { describe, expect, it } from 'vitest';
import { redactEnvValues } from '../../src/ingest/redact.ts';

describe('redactEnvValues', () => {
  it.each([
    ['a value inside a longer string', { d: 'Base URL https://acme.example/api' }, { BASE: 'https://acme.example' }, { d: 'Base URL <BASE>/api' }, ['BASE']],
    ['every occurrence, in arrays and keys', { 'key-0123456789': ['0123456789', 'x 0123456789'] }, { ID: '0123456789' }, { 'key-<ID>': ['<ID>', 'x <ID>'] }, ['ID']],
    ['the longer of two overlapping values first', { d: 'abcdefgh-12345678' }, { SHORT: 'abcdefgh', LONG: 'abcdefgh-12345678' }, { d: '<LONG>' }, ['LONG']],
    ['negative: values under 8 characters', { d: 'prod mode' }, { MODE: 'prod' }, { d: 'prod mode' }, []],
    ['negative: numbers and booleans are left alone', { n: 12345678, b: true }, { N: '12345678' }, { n: 12345678, b: true }, []],
  ])('%s', (_name, input, env, expected, found) => {
    const result = redactEnvValues(input, env);
    expect(result.value).toEqual(expected);
    expect(result.found).toEqual(found);
  });
});
