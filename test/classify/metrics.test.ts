import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeMetrics, type Prediction } from '../../src/eval/metrics.ts';
import { loadLabelledSet } from '../../src/eval/dataset.ts';

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
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
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
