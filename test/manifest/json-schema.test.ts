import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { manifestJsonSchemaText } from '../../src/core/manifest/json-schema.ts';

test('the published JSON Schema is the one the zod schema generates (run `npm run schema` after changing it)', () => {
  const published = readFileSync(new URL('../../schema/server-manifest.json', import.meta.url), 'utf8');
  expect(published).toBe(manifestJsonSchemaText());
});
