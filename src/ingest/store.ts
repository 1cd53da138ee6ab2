// Putting a fresh capture into the data folder: merge with the manifest already there
// (hand-curated fields survive a re-capture), say what changed, and leave the file
// untouched when only capturedAt would differ, so re-running ingest diffs cleanly.
import { join } from 'node:path';
import type { ServerManifest } from '../core/manifest/schema.ts';
import { slugify } from '../core/slug.ts';
import { diffManifests, isEmptyDiff, type ManifestDiff } from './diff.ts';
import { readExistingManifest, serializeManifest, writeFileAtomic } from './manifest-file.ts';

/** Fields a person may have written by hand that a capture knows nothing better about. */
const CURATED = ['$schema', 'slug', 'description', 'homepage', 'repository'] as const;

export interface StoreResult {
  file: string;
  status: 'new' | 'updated' | 'unchanged';
  /** Against the previous manifest; undefined for a new one. */
  diff?: ManifestDiff;
  manifest: ServerManifest;
}

export interface StoreOptions {
  /** The file name to use (without .json); defaults to the slug of the manifest's name. */
  slug?: string;
  /** Keep the stored display name unless a name was given explicitly. */
  nameGiven?: boolean;
  /** Fields that override both the capture and the stored file (e.g. from sources.yaml). */
  overrides?: Partial<Pick<ServerManifest, 'description' | 'homepage' | 'repository'>>;
}

export function storeManifest(captured: ServerManifest, outDir: string, options: StoreOptions = {}): StoreResult {
  const slug = options.slug ?? slugify(captured.name, 'server');
  const file = join(outDir, `${slug}.json`);
  const previous = readExistingManifest(file);

  const merged: Record<string, unknown> = { ...captured };
  if (previous) {
    const old = previous as Record<string, unknown>;
    for (const key of CURATED) if (old[key] !== undefined) merged[key] = old[key];
    if (!options.nameGiven) merged.name = previous.name;
  }
  for (const [key, value] of Object.entries(options.overrides ?? {})) if (value !== undefined) merged[key] = value;
  const manifest = merged as ServerManifest;

  if (!previous) {
    writeFileAtomic(file, serializeManifest(manifest));
    return { file, status: 'new', manifest };
  }
  const diff = diffManifests(previous, manifest);
  if (isEmptyDiff(diff)) return { file, status: 'unchanged', diff, manifest: previous };
  writeFileAtomic(file, serializeManifest(manifest));
  return { file, status: 'updated', diff, manifest };
}
