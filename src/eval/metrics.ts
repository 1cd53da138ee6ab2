// Accuracy, confusion matrices, per-class precision and recall, and dangerous under-calls,
// for predictions against labels. Pure: the eval command and the tests share it.
import { CATEGORIES, RISKS, type Category, type Risk } from '../core/labels.ts';

export interface Prediction {
  server: string;
  tool: string;
  expected: { category: Category; risk: Risk };
  actual: { category: Category; risk: Risk };
  vague?: boolean;
}

export interface ClassMetrics { precision: number; recall: number; support: number }

export interface Metrics {
  total: number;
  categoryAccuracy: number;
  riskAccuracy: number;
  /** confusion[expected][actual] = count. */
  categoryConfusion: Record<Category, Record<Category, number>>;
  riskConfusion: Record<Risk, Record<Risk, number>>;
  perCategory: Record<Category, ClassMetrics>;
  perRisk: Record<Risk, ClassMetrics>;
  /** Destructive, financial or execute called read; critical called low or medium. */
  dangerousUnderCalls: Prediction[];
  dangerousUnderCallRate: number;
}

const DANGEROUS: ReadonlySet<Category> = new Set(['destructive', 'financial', 'execute']);

export function isDangerousUnderCall(p: Prediction): boolean {
  return (DANGEROUS.has(p.expected.category) && p.actual.category === 'read')
    || (p.expected.risk === 'critical' && (p.actual.risk === 'low' || p.actual.risk === 'medium'));
}

function matrix<K extends string>(keys: readonly K[]): Record<K, Record<K, number>> {
  const m = {} as Record<K, Record<K, number>>;
  for (const a of keys) {
    m[a] = {} as Record<K, number>;
    for (const b of keys) m[a][b] = 0;
  }
  return m;
}

function perClass<K extends string>(keys: readonly K[], confusion: Record<K, Record<K, number>>): Record<K, ClassMetrics> {
  const out = {} as Record<K, ClassMetrics>;
  for (const k of keys) {
    const tp = confusion[k][k];
    let predicted = 0;
    let support = 0;
    for (const other of keys) {
      predicted += confusion[other][k];
      support += confusion[k][other];
    }
    // With nothing predicted (or nothing to find) the ratio is undefined; report 0, and support says why.
    out[k] = { precision: predicted === 0 ? 0 : tp / predicted, recall: support === 0 ? 0 : tp / support, support };
  }
  return out;
}

export function computeMetrics(predictions: readonly Prediction[]): Metrics {
  const categoryConfusion = matrix(CATEGORIES);
  const riskConfusion = matrix(RISKS);
  let categoryHits = 0;
  let riskHits = 0;
  const dangerousUnderCalls: Prediction[] = [];
  for (const p of predictions) {
    categoryConfusion[p.expected.category][p.actual.category]++;
    riskConfusion[p.expected.risk][p.actual.risk]++;
    if (p.expected.category === p.actual.category) categoryHits++;
    if (p.expected.risk === p.actual.risk) riskHits++;
    if (isDangerousUnderCall(p)) dangerousUnderCalls.push(p);
  }
  const total = predictions.length;
  return {
    total,
    categoryAccuracy: total === 0 ? 0 : categoryHits / total,
    riskAccuracy: total === 0 ? 0 : riskHits / total,
    categoryConfusion,
    riskConfusion,
    perCategory: perClass(CATEGORIES, categoryConfusion),
    perRisk: perClass(RISKS, riskConfusion),
    dangerousUnderCalls,
    dangerousUnderCallRate: total === 0 ? 0 : dangerousUnderCalls.length / total,
  };
}
