// Counts per category and risk, and the one-line verdict on a server.
import { CATEGORIES, RISKS, riskRank, type Category, type Risk } from '../core/labels.ts';

export interface Counts {
  tools: number;
  category: Record<Category, number>;
  risk: Record<Risk, number>;
  /** The highest risk of any tool; undefined when there are no tools. */
  highestRisk: Risk | undefined;
}

export function emptyCounts(): Counts {
  return {
    tools: 0,
    category: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
    risk: Object.fromEntries(RISKS.map((r) => [r, 0])) as Record<Risk, number>,
    highestRisk: undefined,
  };
}

export function countLabels(labels: Iterable<{ category: Category; risk: Risk }>): Counts {
  const counts = emptyCounts();
  for (const { category, risk } of labels) {
    counts.tools += 1;
    counts.category[category] += 1;
    counts.risk[risk] += 1;
    if (counts.highestRisk === undefined || riskRank(risk) > riskRank(counts.highestRisk)) counts.highestRisk = risk;
  }
  return counts;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function joinClauses(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * "31 tools; 12 can change or destroy data, 3 run code or commands and 1 can move money."
 * "4 tools; all only read." / "No tools listed."
 */
export function verdict(counts: Counts): string {
  if (counts.tools === 0) return 'No tools listed.';
  const head = plural(counts.tools, 'tool', 'tools');
  const change = counts.category.write + counts.category.destructive;
  const clauses: string[] = [];
  const destroy = counts.category.destructive;
  if (change) clauses.push(destroy ? `${change} can change or destroy data (${destroy} permanently)` : `${change} can change data`);
  if (counts.category.execute) clauses.push(`${counts.category.execute} run${counts.category.execute === 1 ? 's' : ''} code, queries or commands`);
  if (counts.category.financial) clauses.push(`${counts.category.financial} can move money`);
  if (!clauses.length) return `${head}; ${counts.tools === 1 ? 'it only reads' : 'all only read'}.`;
  return `${head}; ${joinClauses(clauses)}.`;
}
