import { describe, expect, test } from 'vitest';
import type { Category, Risk } from '../../src/core/labels.ts';
import { countLabels, verdict } from '../../src/site/summary.ts';

const tools = (spec: [Category, Risk, number][]) => spec.flatMap(([category, risk, n]) => Array.from({ length: n }, () => ({ category, risk })));

describe('verdict', () => {
  test.each([
    [[], 'No tools listed.'],
    [[['read', 'low', 1]], '1 tool; it only reads.'],
    [[['read', 'low', 4]], '4 tools; all only read.'],
    [[['read', 'low', 19], ['write', 'medium', 8], ['destructive', 'critical', 4]], '31 tools; 12 can change or destroy data (4 permanently).'],
    [[['read', 'low', 2], ['write', 'medium', 3]], '5 tools; 3 can change data.'],
    [[['execute', 'high', 1], ['financial', 'critical', 2], ['write', 'medium', 1]], '4 tools; 1 can change data, 1 runs code, queries or commands and 2 can move money.'],
  ] as [[Category, Risk, number][], string][])('%j → %s', (spec, expected) => {
    expect(verdict(countLabels(tools(spec)))).toBe(expected);
  });

  test('counts and highest risk', () => {
    const counts = countLabels(tools([['read', 'low', 2], ['destructive', 'critical', 1], ['write', 'high', 1]]));
    expect(counts.tools).toBe(4);
    expect(counts.category).toEqual({ read: 2, write: 1, execute: 0, destructive: 1, financial: 0 });
    expect(counts.risk).toEqual({ low: 2, medium: 0, high: 1, critical: 1 });
    expect(counts.highestRisk).toBe('critical');
  });
});
