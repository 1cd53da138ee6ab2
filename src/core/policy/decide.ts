// The rule a preset gives one tool: its action from the defaults table, adjusted for what
// Intercept can express for that tool's name, plus argument checks from its schema.
import type { Category } from '../labels.ts';
import type { ClassifiedTool } from '../model.ts';
import { actionFor, type Action, type PolicyDefaults, type Preset } from './defaults.ts';
import { amountCapRule, enumRule, locationRule, requiredParams, type GeneratedRule } from './args.ts';
import { parseRateLimit, type Window } from './validate.ts';
import { isGoBlank, nameForProse } from './text.ts';

/** Why a tool cannot have a per-tool counter, or undefined if it can. */
export function unlimitableReason(name: string): string | undefined {
  if (name === '*') return 'A tool named "*" is Intercept\'s wildcard: rules under it apply to every tool.';
  if (name.includes('.')) {
    return `Intercept cannot rate-limit this tool: it finds a counter by splitting "state.<tool>.<counter>" at dots, so a name with a dot ("${nameForProse(name)}") never matches its own counter and "intercept validate" refuses the rule.`;
  }
  return undefined;
}

/** Why a tool cannot be put in `hide`, or undefined if it can. */
export function unhideableReason(name: string): string | undefined {
  if (name === '*') return 'Hiding "*" would hide every tool of the server.';
  if (isGoBlank(name)) return 'Intercept refuses blank entries in hide, so this tool is denied by a rule instead.';
  return undefined;
}

export const CATEGORY_EFFECT: Record<Category, string> = {
  read: 'it reads data',
  write: 'it changes or sends data',
  execute: 'it runs code, commands or jobs',
  destructive: 'it can permanently delete or destroy data',
  financial: 'it can move money or create a financial obligation',
};

export interface ToolPlan {
  tool: ClassifiedTool;
  /** `tools` (listed with `rules`), `hide`, or `none` (the `*` tool where nothing valid expresses the choice). */
  placement: 'tools' | 'hide' | 'none';
  /** What the preset asked for, and what was done. */
  wanted: Action;
  action: Action;
  rules: GeneratedRule[];
  /** Plain sentences on anything Intercept could not express, for comments and pages. */
  notes: string[];
}

/** `label` names the rule ("read limit: …"); by default the tool's category. */
export function limitRule(tool: ClassifiedTool, rateLimit: string, label: string = tool.classification.category): GeneratedRule {
  const parsed = parseRateLimit(rateLimit);
  if (!parsed.ok) throw new Error(`invalid rate limit ${JSON.stringify(rateLimit)}: ${parsed.message}`);
  const { count, window } = parsed;
  const who = nameForProse(tool.name);
  return {
    rule: {
      name: `${label} limit: ${count} per ${window}`,
      rate_limit: rateLimit,
      on_deny: `${who} is limited to ${count} call${count === 1 ? '' : 's'} per ${window} by policy; wait for the next ${window} (UTC) or ask a human.`,
    },
    effect: limitEffect(count, window, who),
  };
}

export function limitEffect(count: number, window: Window, who: string): string {
  return `Intercept lets ${count} call${count === 1 ? '' : 's'} to ${who} through per calendar ${window} (UTC); call ${count + 1} in the same ${window} is refused. The count restarts at the start of the next UTC ${window}, is shared by every session using this proxy (it is not per session), and calls that fail upstream are not counted.`;
}

export function denyRule(tool: ClassifiedTool): GeneratedRule {
  const who = nameForProse(tool.name);
  return {
    rule: {
      name: `${tool.classification.category} tool blocked`,
      action: 'deny',
      on_deny: ['read', 'write'].includes(tool.classification.category)
        ? `${who} is blocked by policy; ask a human to do this.`
        : `${who} is blocked by policy because ${CATEGORY_EFFECT[tool.classification.category]}; ask a human to do this.`,
    },
    effect: `Every call to ${who} is refused before it reaches the server; the tool still appears in the agent's tool list.`,
  };
}

/** Argument checks the preset turns on for a listed tool. */
export function argumentRules(tool: ClassifiedTool, defaults: PolicyDefaults, preset: Preset): GeneratedRule[] {
  const p = defaults.presets[preset];
  const out: GeneratedRule[] = [];
  for (const param of requiredParams(tool.definition)) {
    const e = p.enum_checks ? enumRule(param) : undefined;
    if (e) { out.push(e); continue; }
    if (p.amount_caps && tool.classification.category === 'financial') {
      const a = amountCapRule(param, defaults.amount_cap);
      if (a) { out.push(a); continue; }
    }
    if (p.location_checks) {
      const l = locationRule(param);
      if (l) out.push(l);
    }
  }
  return out;
}

/**
 * The category a preset handles the tool as: its own, except a read the classifier is
 * unsure of where the preset says so (`uncertain_reads`), with the note that says why.
 */
export function handledAs(tool: ClassifiedTool, defaults: PolicyDefaults, preset: Preset): { category: Category; note?: string } {
  const { category, confidence } = tool.classification;
  const unsure = defaults.presets[preset].uncertain_reads;
  if (category !== 'read' || !unsure || confidence >= unsure.below) return { category };
  return {
    category: unsure.as,
    note: `Classified as a read with confidence ${confidence.toFixed(2)}, below the ${unsure.below.toFixed(2)} this preset trusts: handled as ${unsure.as === 'execute' ? 'an' : 'a'} ${unsure.as} tool, since such reads are the labels most often wrong. Check what it does; if it only reads, move it to a read's rule.`,
  };
}

export function planTool(tool: ClassifiedTool, defaults: PolicyDefaults, preset: Preset): ToolPlan {
  const { risk } = tool.classification;
  const handled = handledAs(tool, defaults, preset);
  const category = handled.category;
  const wanted = actionFor(defaults, preset, category, risk);
  const notes: string[] = handled.note ? [handled.note] : [];
  let action: Action = wanted;

  if (tool.name === '*') {
    // Listing "*" with no rules adds nothing to other tools and lets the tool itself run
    // under default: deny; anything else would act on every tool.
    const allowed = action === 'allow' || action === 'limit';
    notes.push(unlimitableReason('*')!);
    if (allowed) {
      if (action === 'limit') notes.push('It is listed with no rules: a rate limit here would limit every tool.');
      return { tool, placement: 'tools', wanted, action: 'allow', rules: [], notes };
    }
    notes.push(defaults.presets[preset].default === 'deny'
      ? 'It is left out, so default: deny refuses it (it still shows in the tool list).'
      : 'Under default: allow it cannot be blocked or hidden without affecting every tool; use the strict or read-only preset to refuse it.');
    return { tool, placement: 'none', wanted, action: 'allow', rules: [], notes };
  }

  if (action === 'limit') {
    const reason = unlimitableReason(tool.name);
    if (reason) {
      action = defaults.presets[preset].when_unlimitable[category];
      notes.push(`${reason} ${action === 'allow' ? 'It is listed without a limit.' : action === 'hide' ? 'It is hidden instead.' : 'It is denied instead.'}`);
    }
  }
  if (action === 'hide') {
    const reason = unhideableReason(tool.name);
    if (reason) { notes.push(reason); action = 'deny'; }
  }

  if (action === 'hide') return { tool, placement: 'hide', wanted, action, rules: [], notes };
  if (action === 'deny') return { tool, placement: 'tools', wanted, action, rules: [denyRule(tool)], notes };
  const rules: GeneratedRule[] = [];
  if (action === 'limit') {
    rules.push(limitRule(tool, defaults.rate_limits[category][risk], handled.note ? `unsure read, ${category}` : category));
    // Intercept keys wildcard counters under the same scope name.
    if (tool.name === '_global') notes.push('Counters of a tool named "_global" share their scope with wildcard ("*") rules: do not add a wildcard rate_limit with the same window.');
  }
  rules.push(...argumentRules(tool, defaults, preset));
  return { tool, placement: 'tools', wanted, action, rules, notes };
}
