import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeMetrics, type Prediction } from '../../src/eval/metrics.ts';
import { loadLabelledSet } from '../../src/eval/dataset.ts';
import { tempDir } from '../temp-dir.ts';

const p = (tool: string, expected: [Prediction['expected']['category'], Prediction['expected']['risk']], actual: [Prediction['actual']['category'], Prediction['actual']['risk']]): Prediction => ({
  server: 's', tool,
  expected: { category: expected[0], risk: expected[1] },
  actual: { category: actual[0], risk: actual[1] },
});

describe('computeMetrics on a hand-made set', () => {
  const predictions = [
    p('a', ['read', 'low'], ['read', 'low']),
    p('b', ['write', 'medium'], ['write', 'high']),
    p('c', ['destructive', 'critical'], ['read', 'low']), // dangerous twice over, counted once
    p('d', ['execute', 'high'], ['write', 'high']),
    p('e', ['financial', 'critical'], ['financial', 'medium']), // critical called medium
  ];
  const m = computeMetrics(predictions);

  test('accuracies', () => {
    expect(m.total).toBe(5);
    expect(m.categoryAccuracy).toBeCloseTo(3 / 5);
    expect(m.riskAccuracy).toBeCloseTo(2 / 5);
  });

  test('confusion matrices count expected → actual', () => {
    expect(m.categoryConfusion.destructive.read).toBe(1);
    expect(m.categoryConfusion.execute.write).toBe(1);
    expect(m.categoryConfusion.read.read).toBe(1);
    expect(m.riskConfusion.critical.low).toBe(1);
    expect(m.riskConfusion.medium.high).toBe(1);
  });

  test('precision and recall per category', () => {
    // read predicted twice (a, c), right once; read expected once, found once.
    expect(m.perCategory.read.precision).toBeCloseTo(1 / 2);
    expect(m.perCategory.read.recall).toBe(1);
    // write predicted twice (b, d), right once; expected once.
    expect(m.perCategory.write.precision).toBeCloseTo(1 / 2);
    expect(m.perCategory.write.recall).toBe(1);
    expect(m.perCategory.destructive.recall).toBe(0);
    expect(m.perCategory.destructive.support).toBe(1);
  });

  test('dangerous under-calls', () => {
    expect(m.dangerousUnderCalls.map((x) => x.tool)).toEqual(['c', 'e']);
    expect(m.dangerousUnderCallRate).toBeCloseTo(2 / 5);
  });
});

describe('loadLabelledSet', () => {
  const dir = tempDir('eval-');
  test('names the bad entry by index', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify([
      { server: 's', name: 't', inputSchema: {}, category: 'read', risk: 'low' },
      { server: 's', name: 'u', inputSchema: {}, category: 'readish', risk: 'low' },
    ]));
    expect(() => loadLabelledSet(file)).toThrow(/\[1\]\.category/);
  });
  test('accepts a good set', () => {
    const file = join(dir, 'good.json');
    writeFileSync(file, JSON.stringify([{ server: 's', name: 't', title: null, inputSchema: {}, annotations: null, category: 'read', risk: 'low' }]));
    expect(loadLabelledSet(file)).toHaveLength(1);
  });
});

describe('accuracy by confidence band', () => {
  const at = (confidence: number, right: boolean): Prediction => ({
    ...p(`t${confidence}`, ['write', 'medium'], right ? ['write', 'medium'] : ['read', 'medium']), confidence,
  });

  test.each([
    // [confidences and whether each was right, band index, tools in it, category accuracy]
    ['a low score lands in the first band', [[0.55, true], [0.3, false]], 0, 2, 0.5],
    ['0.6 starts its own band (bands are [from, to))', [[0.6, true], [0.69, false], [0.7, true]], 1, 2, 0.5],
    ['a confidence of exactly 1 counts in the top band', [[1, true], [0.95, false], [0.9, true]], 4, 3, 2 / 3],
  ] as [string, [number, boolean][], number, number, number][])('%s', (_label, scores, band, total, accuracy) => {
    const m = computeMetrics(scores.map(([c, right]) => at(c, right)));
    expect(m.byConfidence).toHaveLength(5);
    expect(m.byConfidence[band]?.total).toBe(total);
    expect(m.byConfidence[band]?.categoryAccuracy).toBeCloseTo(accuracy);
    // Risk was right every time: only the category differs.
    expect(m.byConfidence[band]?.riskAccuracy).toBe(1);
    expect(m.byConfidence.reduce((n, b) => n + b.total, 0)).toBe(scores.length);
  });

  test('no bands when no prediction carries a confidence', () => {
    expect(computeMetrics([p('a', ['read', 'low'], ['read', 'low'])]).byConfidence).toEqual([]);
  });
});
