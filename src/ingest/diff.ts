// What changed between the stored manifest and a fresh capture, tool by tool, so that a
// re-ingest says "3 added, 1 removed, `create_issue`: description changed" instead of
// leaving the reader to diff JSON. Compared by value, ignoring key order.
import type { ServerManifest } from '../core/manifest/schema.ts';
import { printable } from './text.ts';

export interface ToolChange {
  name: string;
  /** Which parts changed: description, inputSchema, annotations, … */
  fields: string[];
}

export interface ManifestDiff {
  added: string[];
  removed: string[];
  changed: ToolChange[];
  /** Server-level fields that changed (serverInfo, instructions, …); capturedAt is ignored. */
  server: string[];
}

/** JSON text with object keys sorted, so `{a,b}` and `{b,a}` compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  }) ?? 'undefined';
}

const SERVER_FIELDS = ['name', 'description', 'homepage', 'repository', 'package', 'launch', 'serverInfo', 'instructions'] as const;

export function diffManifests(before: ServerManifest, after: ServerManifest): ManifestDiff {
  const toolsBefore = new Map(before.tools.map((t) => [t.name, t as Record<string, unknown>]));
  const toolsAfter = new Map(after.tools.map((t) => [t.name, t as Record<string, unknown>]));
  const added = [...toolsAfter.keys()].filter((n) => !toolsBefore.has(n)).sort();
  const removed = [...toolsBefore.keys()].filter((n) => !toolsAfter.has(n)).sort();
  const changed: ToolChange[] = [];
  for (const [name, now] of [...toolsAfter].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const then = toolsBefore.get(name);
    if (!then) continue;
    const keys = [...new Set([...Object.keys(then), ...Object.keys(now)])].sort();
    const fields = keys.filter((k) => canonical(then[k]) !== canonical(now[k]));
    if (fields.length > 0) changed.push({ name, fields });
  }
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const server = SERVER_FIELDS.filter((k) => canonical(b[k]) !== canonical(a[k]));
  return { added, removed, changed, server };
}

export function isEmptyDiff(diff: ManifestDiff): boolean {
  return !diff.added.length && !diff.removed.length && !diff.changed.length && !diff.server.length;
}

/** Human-readable lines, tool names escaped for the terminal. */
export function formatDiff(diff: ManifestDiff): string[] {
  if (isEmptyDiff(diff)) return ['no changes'];
  const name = (n: string) => printable(n, 100);
  const lines: string[] = [];
  if (diff.server.length) lines.push(`server: ${diff.server.join(', ')} changed`);
  for (const n of diff.added) lines.push(`+ ${name(n)} (added)`);
  for (const n of diff.removed) lines.push(`- ${name(n)} (removed)`);
  for (const c of diff.changed) lines.push(`~ ${name(c.name)}: ${c.fields.join(', ')} changed`);
  return lines;
}

export function summarizeDiff(diff: ManifestDiff): string {
  if (isEmptyDiff(diff)) return 'no changes';
  const parts = [];
  if (diff.added.length) parts.push(`${diff.added.length} added`);
  if (diff.removed.length) parts.push(`${diff.removed.length} removed`);
  if (diff.changed.length) parts.push(`${diff.changed.length} changed`);
  if (diff.server.length) parts.push(`server ${diff.server.join('/')} changed`);
  return parts.join(', ');
}
