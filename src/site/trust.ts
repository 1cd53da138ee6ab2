// How far to trust a label: what the blind measurements found (README, "How far to trust
// it"), told where a reader decides. Update with each new blind set; a test checks that
// the README gives the same figures.
import { LOW_CONFIDENCE } from '../core/labels.ts';

/** Below this confidence a tool page asks the reader to check the label. */
export { LOW_CONFIDENCE };

/** The pooled blind measurement (per cent): tools of servers the classifier had never seen, labelled by hand. */
export const BLIND = {
  sets: 'heldout2–59',
  tools: 11567,
  servers: 1186,
  category: 89.4,
  risk: 77.0,
  underCalls: 1.8,
  /** By the classifier's confidence, on the newest sets. */
  bands: { sets: 'heldout14–30', high: { tools: 154, category: 96.8, risk: 83.1 }, low: { tools: 236, category: 77.1, risk: 70.8 } },
} as const;

/**
 * The catalogue's own pages (per cent): random samples of the tools no labelled set held, labelled by hand
 * afterwards, each measured blind at its session's start or at its draw
 * (test/fixtures/eval/catalogue-sample*-README.md). Their servers were not unseen.
 */
export const PAGES = {
  samples: 108,
  tools: 24562,
  category: 93.4,
  risk: 80.5,
  underCalls: 1.0,
} as const;

/** A measured share as the site writes it: "72.7%". */
export const percent = (value: number) => `${value.toFixed(1)}%`;

/** The note a tool page shows under its labels when their confidence is low, or undefined. */
export function lowConfidenceNote(confidence: number): string | undefined {
  if (confidence >= LOW_CONFIDENCE) return undefined;
  const { low } = BLIND.bands;
  // "one in four": how often a label below the threshold was wrong, from the share that was right.
  const oneIn = (right: number) => Math.round(100 / (100 - right));
  return `Check this label: its confidence is ${Math.round(confidence * 100)}%. On servers the classifier had never seen, about one category in ${oneIn(low.category)} `
    + `and one risk in ${oneIn(low.risk)} below ${Math.round(LOW_CONFIDENCE * 100)}% were wrong (${Math.round(low.category)}% of categories and ${Math.round(low.risk)}% of risks were right). `
    + 'Read the description and parameters before relying on it.';
}
