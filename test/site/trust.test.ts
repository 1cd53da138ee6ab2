// The figures the site quotes about how far to trust a label are the README's, the record
// of the blind measurements: a new blind set must update both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLIND, LOW_CONFIDENCE, PAGES, lowConfidenceNote } from '../../src/site/trust.ts';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ');
/** A share as the README writes it: "72.7 %". */
const inReadme = (value: number) => `${value.toFixed(1)} %`;

describe('how far to trust a label', () => {
  it('quotes the pooled blind figures the README gives', () => {
    expect(README).toContain(`(${BLIND.sets}, ${BLIND.tools.toLocaleString('en')} tools from ${BLIND.servers.toLocaleString('en')} servers)`);
    expect(README).toContain(`pooled, ${inReadme(BLIND.category)} · ${inReadme(BLIND.risk)} · ${inReadme(BLIND.underCalls)}`);
  });

  it('quotes the confidence bands the README gives', () => {
    const { sets, high, low } = BLIND.bands;
    expect(README).toContain(`Blind, on ${sets} together: 0.9 and up, ${high.tools} tools, ${inReadme(high.category)} · ${inReadme(high.risk)};`);
    expect(README).toContain(`below 0.8, ${low.tools} tools, ${inReadme(low.category)} · ${inReadme(low.risk)}`);
  });

  it("quotes the catalogue sample's figures the README gives", () => {
    expect(README).toContain(`Together (${PAGES.tools} tools): ${inReadme(PAGES.category)} · ${inReadme(PAGES.risk)} · ${inReadme(PAGES.underCalls)}`);
  });

  it('counts the samples and their tools as the labelled sets hold them', () => {
    const dir = join(import.meta.dirname, '../fixtures/eval');
    const samples = readdirSync(dir).filter((f) => /^catalogue-sample\d*\.json$/.test(f));
    expect(samples.length).toBe(PAGES.samples);
    expect(samples.reduce((n, f) => n + (JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown[]).length, 0)).toBe(PAGES.tools);
  });

  it('asks for a check below the threshold only', () => {
    expect(lowConfidenceNote(LOW_CONFIDENCE)).toBeUndefined();
    expect(lowConfidenceNote(0.95)).toBeUndefined();
    expect(lowConfidenceNote(0.65)).toMatch(/^Check this label: its confidence is 65%\. .* about one category in 4 and one risk in 3 below 80% were wrong \(77% of categories and 71% of risks were right\)/);
  });
});
