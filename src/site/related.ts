// Related tools, computed once for the whole catalogue with an inverted index on
// name tokens: others on the same server, and the closest tools of the same category
// on other servers. Cost is bounded per tool (postings are capped), never quadratic.
import type { Category } from '../core/labels.ts';

export interface RelatedInput {
  /** Stable identity, e.g. `server/tool` slugs. */
  key: string;
  server: string;
  name: string;
  category: Category;
}

export interface RelatedResult {
  sameServer: string[];
  sameCategory: string[];
}

const STOP = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'by', 'in', 'on', 'and', 'or', 'mcp', 'tool']);

/** `getPullRequest`, `get_pull_requests`, `pull-request.get` → ["get", "pull", "request"]. */
export function nameTokens(name: string): string[] {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return [...new Set(words)];
}

/** How many entries of one token's posting list a tool looks at. */
const POSTING_CAP = 400;

export interface RelatedOptions {
  sameServer?: number;
  sameCategory?: number;
}

export function buildRelatedIndex(items: readonly RelatedInput[], options: RelatedOptions = {}): Map<string, RelatedResult> {
  const maxServer = options.sameServer ?? 8;
  const maxCategory = options.sameCategory ?? 6;
  const tokens = items.map((item) => nameTokens(item.name));

  // Per-server and per-category postings: token → item indexes (in catalogue order).
  const byServer = new Map<string, Map<string, number[]>>();
  const byCategory = new Map<Category, Map<string, number[]>>();
  const serverMembers = new Map<string, number[]>();
  const position = new Int32Array(items.length);
  const add = (index: Map<string, number[]>, token: string, i: number) => {
    const list = index.get(token);
    if (list) list.push(i);
    else index.set(token, [i]);
  };
  items.forEach((item, i) => {
    let s = byServer.get(item.server);
    if (!s) byServer.set(item.server, (s = new Map()));
    let c = byCategory.get(item.category);
    if (!c) byCategory.set(item.category, (c = new Map()));
    for (const token of tokens[i]!) {
      add(s, token, i);
      add(c, token, i);
    }
    let members = serverMembers.get(item.server);
    if (!members) serverMembers.set(item.server, (members = []));
    position[i] = members.length;
    members.push(i);
  });

  const rank = (
    i: number,
    postings: Map<string, number[]>,
    total: number,
    accept: (j: number) => boolean,
    limit: number,
  ): number[] => {
    const scores = new Map<number, number>();
    for (const token of tokens[i]!) {
      const list = postings.get(token);
      if (!list) continue;
      // Rare tokens say more: weight by inverse document frequency.
      const weight = Math.log(1 + total / list.length);
      // Start the capped window at a position derived from the tool, so common
      // tokens do not always point at the same first few tools.
      const start = list.length > POSTING_CAP ? i % (list.length - POSTING_CAP + 1) : 0;
      const end = Math.min(list.length, start + POSTING_CAP);
      for (let p = start; p < end; p++) {
        const j = list[p]!;
        if (j === i || !accept(j)) continue;
        scores.set(j, (scores.get(j) ?? 0) + weight);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([j]) => j);
  };

  const result = new Map<string, RelatedResult>();
  items.forEach((item, i) => {
    const members = serverMembers.get(item.server)!;
    const sameServer = rank(i, byServer.get(item.server)!, members.length, () => true, maxServer);
    // Fill up with neighbours in catalogue order when names share nothing.
    if (sameServer.length < maxServer) {
      const at = position[i]!;
      for (let step = 1; sameServer.length < maxServer && step < members.length; step++) {
        const j = members[(at + step) % members.length]!;
        if (j !== i && !sameServer.includes(j)) sameServer.push(j);
      }
    }
    const categoryPostings = byCategory.get(item.category)!;
    const sameCategory = rank(i, categoryPostings, items.length, (j) => items[j]!.server !== item.server, maxCategory);
    result.set(item.key, {
      sameServer: sameServer.map((j) => items[j]!.key),
      sameCategory: sameCategory.map((j) => items[j]!.key),
    });
  });
  return result;
}
