// The two labels every tool gets, as defined in shared/LABELS.md.
// Order matters: later entries are more dangerous.

export const CATEGORIES = ['read', 'write', 'execute', 'destructive', 'financial'] as const;
export type Category = (typeof CATEGORIES)[number];

export const RISKS = ['low', 'medium', 'high', 'critical'] as const;
export type Risk = (typeof RISKS)[number];

export const CATEGORY_MEANING: Record<Category, string> = {
  read: 'Only retrieves, lists, searches, inspects or computes; nothing changes anywhere, no message leaves, no code runs.',
  write: 'Creates, changes or sends something in a way that can normally be undone or is additive.',
  execute:
    'Runs code, commands or queries the caller supplies, drives an interactive environment (browser, terminal, desktop), or triggers a job or deployment whose effects the tool does not bound.',
  destructive: 'Permanently deletes or destroys data or resources, or ends something irreversibly.',
  financial: 'Moves money or creates a financial obligation.',
};

export const RISK_MEANING: Record<Risk, string> = {
  low: 'A read of non-sensitive data.',
  medium: 'A reversible write, or a read of sensitive data (personal data, private messages, logs, financial records, private source code).',
  high: 'Runs code or queries, or a write that leaves the organisation or is hard to undo (sends a message, publishes, merges, deploys, changes permissions, creates credentials), or a read of secrets.',
  critical: 'Destroys data, moves money, or runs arbitrary shell or code on the host.',
};

/**
 * Below this confidence a label is one to check. On the blind sets (heldout5–18, each
 * measured before the classifier saw it) labels below it had 74 % of categories right,
 * against 93 % above; and 16 % of the "reads" below it were something else (7 % ran,
 * deleted or paid), against 2.6 % (0.8 %) above. Tool pages flag such labels; the strict
 * and read-only presets do not trust such a read (data/policy-defaults.yaml).
 */
export const LOW_CONFIDENCE = 0.8;

export function riskRank(risk: Risk): number {
  return RISKS.indexOf(risk);
}

export function maxRisk(a: Risk, b: Risk): Risk {
  return riskRank(a) >= riskRank(b) ? a : b;
}
