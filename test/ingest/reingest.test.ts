// Re-ingesting a server that already has a manifest: say what changed, keep curated
// fields, leave the file alone when nothing but the capture time would change.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries, ingestFixture, tempDir } from './helpers.ts';

describe('re-ingest', () => {
  it('prints added, removed and changed tools, and keeps hand-written fields', async () => {
    const out = tempDir();
    const file = join(out, 'paged-fixture.json');
    const first = await ingestFixture(out, 'paged.mjs', [], ['--env', 'FIXTURE_VARIANT=1']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`wrote ${file}: 4 tools (new)\n`);

    // A person curates the manifest between captures.
    const curated = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    curated.name = 'Paged Fixture';
    curated.description = 'Curated by hand.';
    writeFileSync(file, `${JSON.stringify(curated, null, 2)}\n`);

    const second = await ingestFixture(out, 'paged.mjs', [], ['--env', 'FIXTURE_VARIANT=2']);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe([
      `updated ${file}: 4 tools`,
      '  server: serverInfo changed',
      '  + delete_file (added)',
      '  - list_dir (removed)',
      '  ~ write_file: description changed',
      '',
    ].join('\n'));
    const after = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(after.name).toBe('Paged Fixture');
    expect(after.description).toBe('Curated by hand.');
    expect(entries(out)).toEqual(['paged-fixture.json']);
  });

  it('leaves the file byte for byte as it was when nothing changed', async () => {
    const out = tempDir();
    const file = join(out, 'paged-fixture.json');
    expect((await ingestFixture(out, 'paged.mjs')).code).toBe(0);
    const before = readFileSync(file, 'utf8');
    const again = await ingestFixture(out, 'paged.mjs');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`${file}: 4 tools, no changes (file left as it was)\n`);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('keeps the previous manifest untouched when the re-capture fails', async () => {
    const out = tempDir();
    expect((await ingestFixture(out, 'paged.mjs', [], ['--name', 'Flaky'])).code).toBe(0);
    const before = readFileSync(join(out, 'flaky.json'), 'utf8');
    const failed = await ingestFixture(out, 'hangs.mjs', [], ['--name', 'Flaky'], 2);
    expect(failed.code).toBe(1);
    expect(readFileSync(join(out, 'flaky.json'), 'utf8')).toBe(before);
    expect(entries(out)).toEqual(['flaky.json']);
  });
});
