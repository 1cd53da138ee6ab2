// Accuracy, confusion matrices, per-class precision and recall, and dangerous under-calls,
// for predictions against labels. Pure: the eval command and the tests share it.
import { CATEGORIES, RISKS, type Category, type Risk } from '../core/labels.ts';

export interface Prediction {
  server: string;
  tool: string;
  expected: { category: Category; risk: Risk };
  actual: { category: Category; risk: Risk };
  vague?: boolean;
  /** The classifier's confidence (0..1), where known. */
  confidence?: number;
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
  /** How often a label was right at each level of the classifier's confidence: whether that number can be trusted. */
  byConfidence: ConfidenceBand[];
}

/** The predictions whose confidence is in [from, to) (the last band includes 1). */
export interface ConfidenceBand { from: number; to: number; total: number; categoryAccuracy: number; riskAccuracy: number }

/** Bands of confidence, in tenths where the classifier's scores fall, one below for the rest. */
const BAND_EDGES = [0, 0.6, 0.7, 0.8, 0.9, 1];

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

function confidenceBands(predictions: readonly Prediction[]): ConfidenceBand[] {
  const scored = predictions.filter((p) => p.confidence !== undefined);
  if (scored.length === 0) return [];
  return BAND_EDGES.slice(0, -1).map((from, i) => {
    const to = BAND_EDGES[i + 1] as number;
    const last = i === BAND_EDGES.length - 2;
    const inBand = scored.filter((p) => (p.confidence as number) >= from && ((p.confidence as number) < to || (last && p.confidence === to)));
    const rate = (hit: (p: Prediction) => boolean) => (inBand.length === 0 ? 0 : inBand.filter(hit).length / inBand.length);
    return {
      from, to, total: inBand.length,
      categoryAccuracy: rate((p) => p.expected.category === p.actual.category),
      riskAccuracy: rate((p) => p.expected.risk === p.actual.risk),
    };
  });
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
    byConfidence: confidenceBands(predictions),
  };
}
