// --isolate: the server sees no network interface but loopback.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolationProblem } from '../../src/ingest/isolate.ts';
import { ingestFixture, tempDir } from './helpers.ts';

const problem = isolationProblem();

describe('ingest --isolate', () => {
  it.skipIf(problem !== undefined)('runs the server in a network namespace with only loopback', async () => {
    const out = tempDir();
    const result = await ingestFixture(out, 'netinfo.mjs', [], ['--isolate', '--name', 'Net']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'net.json'), 'utf8')) as { tools: { description: string }[]; launch: { command: string } };
    expect(manifest.tools[0]?.description).toBe('lo');
    // The launch recorded is the user's command, not the unshare wrapper.
    expect(manifest.launch.command).toBe('node');
  });
});
