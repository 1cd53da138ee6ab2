// `npm run schema`: regenerates schema/server-manifest.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { manifestJsonSchemaText } from '../core/manifest/json-schema.ts';

const target = new URL('../../schema/server-manifest.json', import.meta.url);
writeFileSync(target, manifestJsonSchemaText());
console.log(`wrote ${target.pathname}`);
