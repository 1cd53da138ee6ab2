import type { Category, Risk } from '../labels.ts';

/** Where a piece of evidence about a tool came from. */
export type SignalSource = 'annotation' | 'name' | 'title' | 'description' | 'parameter' | 'server';

/** One piece of evidence that moved the classification. */
export interface Signal {
  source: SignalSource;
  /** What it said, quoted or paraphrased for a person: `name verb "delete"`, `readOnlyHint: true (declared)`. */
  evidence: string;
  /** What it points to. */
  points: Category | Risk;
  /** How much it counted, 0..1. */
  weight: number;
}

export interface Classification {
  category: Category;
  risk: Risk;
  /** 0..1: how sure the rules are. */
  confidence: number;
  /** The evidence that decided it, strongest first. */
  signals: Signal[];
  /** Two or three plain sentences a person can check against the tool. */
  rationale: string;
}

/** What the classifier may know about the server a tool belongs to. */
export interface ServerContext {
  name: string;
  description?: string;
  packageName?: string;
  /** Every tool name on the server (e.g. to tell a payments server from a to-do server). */
  toolNames: readonly string[];
}
