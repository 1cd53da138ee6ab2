// Writing manifests so that re-captures diff cleanly: top-level keys in one fixed order,
// two-space JSON with a trailing newline, and written atomically (a temp file in the
// same folder renamed over the target) so a failed or interrupted run never leaves a
// half-written manifest behind.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ServerManifest } from '../core/manifest/schema.ts';

const KEY_ORDER = [
  '$schema', 'name', 'slug', 'description', 'homepage', 'repository', 'package', 'launch',
  'serverInfo', 'instructions', 'capturedAt', 'tools',
] as const;

/** The manifest as it is stored. Tools keep the server's own key order (verbatim). */
export function serializeManifest(manifest: ServerManifest): string {
  const record = manifest as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (record[key] !== undefined) ordered[key] = record[key];
  for (const key of Object.keys(record).sort()) if (!(key in ordered) && record[key] !== undefined) ordered[key] = record[key];
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The manifest already at `file`, or undefined when there is none or it is not JSON. */
export function readExistingManifest(file: string): ServerManifest | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && Array.isArray((value as { tools?: unknown }).tools) ? value as ServerManifest : undefined;
  } catch {
    return undefined;
  }
}
