// Slugs for servers and tools: URL- and file-system-safe, unique, and stable across builds.
//
// The rule, deterministic and independent of file order:
//  - slugify: lower-case ASCII letters, digits and single dashes; at most 64 characters
//    (a longer name is cut and gets a hash of the full name, so two long names that
//    share a prefix stay apart).
//  - when several names slugify alike (`get_file`, `get-file`), a name that IS its slug
//    keeps it and every other name gets `-<8 hex of sha256(name)>`; so adding a new
//    colliding name never renames the one that already matched exactly.
import { createHash } from 'node:crypto';

const MAX_BASE = 64;

function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

/** The slug of one name, ignoring collisions. Never empty, never a path. */
export function slugify(name: string, fallback = 'item'): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents split off by NFKD
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!ascii) return `${fallback}-${shortHash(name)}`;
  if (ascii.length <= MAX_BASE) return ascii;
  return `${ascii.slice(0, MAX_BASE).replace(/-+$/, '')}-${shortHash(name)}`;
}

export interface SlugAssignment {
  /** name → slug, for every name given. */
  slugs: Map<string, string>;
  /** Groups of distinct names that slugified alike (each got a distinct slug). */
  collisions: string[][];
}

/**
 * Assigns unique slugs to distinct names. `preferred` gives a name a slug of its own
 * choosing (e.g. a manifest's `slug` field): it is used as the base instead of
 * slugify(name) and wins over any name that merely slugifies to the same text.
 */
export function assignSlugs(
  names: readonly string[],
  fallback = 'item',
  preferred: ReadonlyMap<string, string> = new Map(),
): SlugAssignment {
  const groups = new Map<string, string[]>();
  for (const name of new Set(names)) {
    const base = preferred.get(name) ?? slugify(name, fallback);
    const group = groups.get(base);
    if (group) group.push(name);
    else groups.set(base, [name]);
  }

  const slugs = new Map<string, string>();
  const collisions: string[][] = [];
  const taken = new Set(groups.keys());
  for (const [base, group] of groups) {
    if (group.length === 1) {
      slugs.set(group[0]!, base);
      continue;
    }
    collisions.push([...group].sort());
    const keeper = group.filter((name) => preferred.get(name) === base).sort()[0] ?? group.find((name) => name === base);
    for (const name of group) {
      if (name === keeper) {
        slugs.set(name, base);
        continue;
      }
      // Lengthen the hash in the (astronomically unlikely) case it lands on a taken slug.
      let length = 8;
      let slug = `${base}-${shortHash(name, length)}`;
      while (taken.has(slug) && length < 64) slug = `${base}-${shortHash(name, (length += 4))}`;
      taken.add(slug);
      slugs.set(name, slug);
    }
  }
  return { slugs, collisions };
}
