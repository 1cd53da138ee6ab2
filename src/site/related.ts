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

/** How many entries of one token's posting list a tool takes candidates from. */
const POSTING_CAP = 64;

export interface RelatedOptions {
  sameServer?: number;
  sameCategory?: number;
}

export function buildRelatedIndex(items: readonly RelatedInput[], options: RelatedOptions = {}): Map<string, RelatedResult> {
  const maxServer = options.sameServer ?? 8;
  const maxCategory = options.sameCategory ?? 6;
  const tokens = items.map((item) => nameTokens(item.name));
  // The same tokens as small integers, for scoring without string hashing.
  const tokenIds = new Map<string, number>();
  const tokenNums = tokens.map((list) => Int32Array.from(list, (token) => {
    let id = tokenIds.get(token);
    if (id === undefined) tokenIds.set(token, (id = tokenIds.size));
    return id;
  }));

  // Per-server and per-category postings: token → item indexes (in catalogue order).
  const byServer = new Map<string, Map<string, number[]>>();
  const byCategory = new Map<Category, Map<string, number[]>>();
  const serverMembers = new Map<string, number[]>();
  const position = new Int32Array(items.length);
  const categoryMembers = new Map<Category, number[]>();
  const categoryPosition = new Int32Array(items.length);
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
    let same = categoryMembers.get(item.category);
    if (!same) categoryMembers.set(item.category, (same = []));
    categoryPosition[i] = same.length;
    same.push(i);
  });

  // Server of each item as a number, and scratch space reused by every call of `rank`.
  const serverIds = new Map<string, number>();
  const serverOf = Int32Array.from(items, (item) => {
    let id = serverIds.get(item.server);
    if (id === undefined) serverIds.set(item.server, (id = serverIds.size));
    return id;
  });
  const stamp = new Int32Array(items.length).fill(-1);
  let call = 0;
  const candidates = new Int32Array(POSTING_CAP * 4);

  /**
   * The best `limit` other tools by shared name tokens, weighted by rarity (IDF).
   * Candidates come from a capped window of each token's postings, rarest token first,
   * so common tokens ("get", "list") never make this quadratic; every candidate is then
   * scored on all the tokens it shares. `otherServersOnly` keeps tools of other servers.
   */
  const rank = (i: number, postings: Map<string, number[]>, total: number, otherServersOnly: boolean, limit: number): number[] => {
    call += 1;
    const mine = tokens[i]!
      .map((token) => ({ token, list: postings.get(token) ?? [] }))
      .filter((t) => t.list.length > 0)
      .sort((a, b) => a.list.length - b.list.length);
    const weightIds = mine.map((t) => tokenIds.get(t.token)!);
    const weights = mine.map((t) => Math.log(1 + total / t.list.length));
    let count = 0;
    for (const { list } of mine) {
      // Start the window at a position derived from the tool, so a common token
      // does not always point at the same first few tools.
      const start = list.length > POSTING_CAP ? i % (list.length - POSTING_CAP + 1) : 0;
      const end = Math.min(list.length, start + POSTING_CAP);
      for (let p = start; p < end && count < candidates.length; p++) {
        const j = list[p]!;
        if (j === i || stamp[j] === call || (otherServersOnly && serverOf[j] === serverOf[i])) continue;
        stamp[j] = call;
        candidates[count++] = j;
      }
      if (count >= POSTING_CAP * 2) break;
    }
    // Keep the best `limit` in a small sorted array (score desc, then catalogue order).
    const best: { j: number; score: number }[] = [];
    for (let c = 0; c < count; c++) {
      const j = candidates[c]!;
      let score = 0;
      const theirs = tokenNums[j]!;
      for (let a = 0; a < theirs.length; a++) {
        for (let b = 0; b < weightIds.length; b++) if (theirs[a] === weightIds[b]) score += weights[b]!;
      }
      if (best.length === limit && (score < best[limit - 1]!.score || (score === best[limit - 1]!.score && j > best[limit - 1]!.j))) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1]!.score < score || (best[at - 1]!.score === score && best[at - 1]!.j > j))) at--;
      best.splice(at, 0, { j, score });
      if (best.length > limit) best.pop();
    }
    return best.map((b) => b.j);
  };

  const result = new Map<string, RelatedResult>();
  items.forEach((item, i) => {
    const members = serverMembers.get(item.server)!;
    const sameServer = rank(i, byServer.get(item.server)!, members.length, false, maxServer);
    // Fill up with neighbours in catalogue order when names share nothing.
    if (sameServer.length < maxServer) {
      const at = position[i]!;
      for (let step = 1; sameServer.length < maxServer && step < members.length; step++) {
        const j = members[(at + step) % members.length]!;
        if (j !== i && !sameServer.includes(j)) sameServer.push(j);
      }
    }
    const categoryPostings = byCategory.get(item.category)!;
    const sameCategory = rank(i, categoryPostings, items.length, true, maxCategory);
    // Fill up with the next tools of the category on other servers (bounded walk).
    if (sameCategory.length < maxCategory) {
      const same = categoryMembers.get(item.category)!;
      const at = categoryPosition[i]!;
      for (let step = 1; sameCategory.length < maxCategory && step < Math.min(same.length, 2_000); step++) {
        const j = same[(at + step) % same.length]!;
        if (serverOf[j] !== serverOf[i] && !sameCategory.includes(j)) sameCategory.push(j);
      }
    }
    result.set(item.key, {
      sameServer: sameServer.map((j) => items[j]!.key),
      sameCategory: sameCategory.map((j) => items[j]!.key),
    });
  });
  return result;
}
