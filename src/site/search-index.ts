// The search index: pagefind over the built pages (only tool and server pages carry
// data-pagefind-body). Pagefind reports problems in `errors` arrays instead of throwing;
// every one of them fails the build.
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndexResult {
  pages: number;
  outputPath: string;
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '_-.' });
    if (created.errors.length || !created.index) fail('createIndex', created.errors.length ? created.errors : ['no index was returned']);
    const { index } = created;
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) fail('addDirectory', added.errors);
    if (added.page_count === 0) fail('addDirectory', [`no pages with data-pagefind-body were found in ${siteDir}`]);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) fail('writeFiles', written.errors);
    return { pages: added.page_count, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}
