// How far to trust a label: what the blind measurements found (README, "How far to trust
// it"), told where a reader decides. Update with each new blind set; a test checks that
// the README gives the same figures.
import { LOW_CONFIDENCE } from '../core/labels.ts';

/** Below this confidence a tool page asks the reader to check the label. */
export { LOW_CONFIDENCE };

/** The pooled blind measurement (per cent): tools of servers the classifier had never seen, labelled by hand. */
export const BLIND = {
  sets: 'heldout2–23',
  tools: 3567,
  servers: 540,
  category: 89.0,
  risk: 76.8,
  underCalls: 2.2,
  /** By the classifier's confidence, on the newest sets. */
  bands: { sets: 'heldout14–23', high: { tools: 102, category: 98.0, risk: 85.3 }, low: { tools: 133, category: 75.9, risk: 70.7 } },
} as const;

/** A measured share as the site writes it: "72.7%". */
export const percent = (value: number) => `${value.toFixed(1)}%`;

/** The note a tool page shows under its labels when their confidence is low, or undefined. */
export function lowConfidenceNote(confidence: number): string | undefined {
  if (confidence >= LOW_CONFIDENCE) return undefined;
  const { low } = BLIND.bands;
  return `Check this label: its confidence is ${Math.round(confidence * 100)}%. On servers the classifier had never seen, about one label in four `
    + `below ${Math.round(LOW_CONFIDENCE * 100)}% was wrong (${Math.round(low.category)}% of categories and ${Math.round(low.risk)}% of risks were right). `
    + 'Read the description and parameters before relying on it.';
}
