// Per-tool snippets: the smallest complete file that applies one choice to one tool,
// with a plain sentence on what happens when it fires (the site shows it and builds
// FAQ answers from it).
import type { ClassifiedServer, ClassifiedTool } from '../model.ts';
import { PRESETS, type PolicyDefaults } from './defaults.ts';
import { argumentRules, denyRule, handledAs, limitRule, planTool, unhideableReason, unlimitableReason, type ToolPlan } from './decide.ts';
import type { GeneratedRule } from './args.ts';
import { renderFile } from './render.ts';
import { commentText, cut, nameForProse, oneLine } from './text.ts';
import { parseRateLimit, type Window } from './validate.ts';

export type SnippetId = 'limit' | 'allow' | 'block' | 'hide' | 'stricter-limit' | 'allow-limited' | 'amount-cap' | 'unaddressable';

export interface Snippet {
  id: SnippetId;
  label: string;
  /** What happens when the rule fires, in plain words. */
  summary: string;
  /** A complete policy file. */
  yaml: string;
}

export interface ToolPolicy {
  recommended: Snippet;
  alternatives: Snippet[];
  /** Why some rules are not offered for this tool (e.g. no rate limit for a name with a dot). */
  notes: string[];
}

const NEXT_WINDOW: Record<Window, Window | undefined> = { minute: 'hour', hour: 'day', day: undefined };

/** Same count over the next longer window; a day limit is halved. */
export function stricterRateLimit(rateLimit: string): string | undefined {
  const p = parseRateLimit(rateLimit);
  if (!p.ok) return undefined;
  const next = NEXT_WINDOW[p.window];
  if (next) return `${p.count}/${next}`;
  return p.count > 1 ? `${Math.ceil(p.count / 2)}/day` : undefined;
}

function file(server: ClassifiedServer, tool: ClassifiedTool, what: string, rules: GeneratedRule[] | 'hide'): string {
  const comment = [`${tool.classification.category}, ${tool.classification.risk} risk${tool.definition.description ? `: ${commentText(tool.definition.description, 140)}` : ''}`];
  return renderFile({
    header: [`${what}`, `Add the entry under "${rules === 'hide' ? 'hide' : 'tools'}" to your policy for ${cut(oneLine(server.manifest.name), 60)}, or use this file as it is.`],
    description: cut(`${oneLine(server.manifest.name)}: ${what}`, 200),
    hide: rules === 'hide' ? [{ name: tool.name, comment }] : [],
    tools: rules === 'hide' ? [] : [{ name: tool.name, comment, rules }],
  });
}

const sentences = (rules: GeneratedRule[]): string => rules.map((r) => r.effect).join(' ');

function snippetFromPlan(server: ClassifiedServer, plan: ToolPlan): Snippet {
  const who = nameForProse(plan.tool.name);
  const args = plan.rules.filter((r) => !r.rule.rate_limit && r.rule.action !== 'deny');
  if (plan.placement === 'hide') return hideSnippet(server, plan.tool);
  if (plan.action === 'deny') return blockSnippet(server, plan.tool);
  if (plan.action === 'limit') {
    return {
      id: 'limit',
      label: `Rate-limit ${who}${args.length ? ' and check its arguments' : ''}`,
      summary: sentences(plan.rules),
      yaml: file(server, plan.tool, `Rate limit for ${who}`, plan.rules),
    };
  }
  return {
    id: 'allow',
    label: args.length ? `Allow ${who} with argument checks` : `Allow ${who} without checks`,
    summary: [
      ...plan.notes,
      args.length ? sentences(args) : `Calls to ${who} pass unchecked; listing it matters only under default: deny, where unlisted tools are refused.`,
    ].join(' '),
    yaml: file(server, plan.tool, `${who} allowed${args.length ? ' with argument checks' : ''}`, plan.rules),
  };
}

function blockSnippet(server: ClassifiedServer, tool: ClassifiedTool): Snippet {
  const rule = denyRule(tool);
  return {
    id: 'block',
    label: `Block ${nameForProse(tool.name)}`,
    summary: `${rule.effect} The agent is told: "[INTERCEPT POLICY DENIED] ${rule.rule.on_deny}"`,
    yaml: file(server, tool, `Block ${nameForProse(tool.name)}`, [rule]),
  };
}

function hideSnippet(server: ClassifiedServer, tool: ClassifiedTool): Snippet {
  const who = nameForProse(tool.name);
  return {
    id: 'hide',
    label: `Hide ${who} from the agent`,
    summary: `${who} is removed from the tool list the agent sees, so the agent does not know it exists (and its description costs no context). A call made anyway is refused with "Tool "${who}" is hidden by policy".`,
    yaml: file(server, tool, `Hide ${who}`, 'hide'),
  };
}

function limitSnippet(server: ClassifiedServer, tool: ClassifiedTool, rateLimit: string, id: SnippetId, label: string, extra: GeneratedRule[]): Snippet {
  const rules = [limitRule(tool, rateLimit), ...extra];
  return { id, label, summary: sentences(rules), yaml: file(server, tool, `${label} (${rateLimit})`, rules) };
}

/**
 * The recommended rule for one tool (what the balanced preset gives it) and the
 * alternatives a user may want instead: block, hide, a stricter limit, an amount cap, or
 * a limited allowance for a tool the recommendation blocks.
 */
export function toolPolicy(server: ClassifiedServer, tool: ClassifiedTool, defaults: PolicyDefaults): ToolPolicy {
  const who = nameForProse(tool.name);
  const { category, risk } = tool.classification;
  if (tool.name === '*') {
    const reason = unlimitableReason('*')!;
    return {
      recommended: {
        id: 'unaddressable',
        label: `No rule can target ${who} alone`,
        summary: `${reason} Hiding "*" hides every tool. The only way to refuse this tool is a default: deny policy that lists the other tools and leaves it out, as the strict and read-only presets do.`,
        yaml: file(server, tool, 'A tool named "*" cannot be targeted: this entry allows it and adds no rules to other tools', []),
      },
      alternatives: [],
      notes: [reason],
    };
  }

  const plan = planTool(tool, defaults, 'balanced');
  const recommended = snippetFromPlan(server, plan);
  const notes = [...plan.notes];
  const alternatives: Snippet[] = [];
  const limitable = !unlimitableReason(tool.name);
  const baseLimit = defaults.rate_limits[category][risk];
  const args = argumentRules(tool, defaults, 'balanced');

  if (recommended.id === 'limit') {
    const stricter = stricterRateLimit(baseLimit);
    if (stricter) alternatives.push(limitSnippet(server, tool, stricter, 'stricter-limit', `Stricter limit for ${who}`, args));
  }
  if (recommended.id === 'block' && limitable) {
    const caps = argumentRules(tool, { ...defaults, presets: { ...defaults.presets, balanced: { ...defaults.presets.balanced, amount_caps: true } } }, 'balanced')
      .filter((r) => r.rule.conditions?.[0]?.op === 'lte');
    if (caps.length > 0) {
      alternatives.push(limitSnippet(server, tool, baseLimit, 'amount-cap', `Allow ${who} with an amount cap and a limit`, args));
    }
    alternatives.push(limitSnippet(server, tool, baseLimit, 'allow-limited', `Allow ${who}, rate-limited`, args.filter((r) => r.rule.conditions?.[0]?.op !== 'lte')));
  }
  if (recommended.id !== 'block') alternatives.push(blockSnippet(server, tool));
  const hideReason = unhideableReason(tool.name);
  if (recommended.id !== 'hide' && !hideReason) alternatives.push(hideSnippet(server, tool));
  if (hideReason) notes.push(hideReason);
  if (!limitable && !notes.includes(unlimitableReason(tool.name)!)) notes.push(unlimitableReason(tool.name)!);
  const unsure = unsureReadNote(tool, defaults);
  if (unsure) notes.push(unsure);
  return { recommended, alternatives, notes };
}

/** What the server's other policy files do with a read the classifier is unsure of, or undefined. */
function unsureReadNote(tool: ClassifiedTool, defaults: PolicyDefaults): string | undefined {
  const presets = PRESETS.filter((p) => p !== 'balanced' && handledAs(tool, defaults, p).note);
  if (presets.length === 0) return undefined;
  const limit = (plan: ToolPlan) => {
    const parsed = parseRateLimit(plan.rules[0]?.rule.rate_limit ?? '');
    return parsed.ok ? `${parsed.count} call${parsed.count === 1 ? '' : 's'} per ${parsed.window}` : 'a lower rate';
  };
  const outcome = (plan: ToolPlan) => plan.placement === 'hide' ? 'hides it'
    : plan.action === 'deny' ? 'denies it'
    : plan.action === 'limit' ? `limits it to ${limit(plan)}` : 'allows it';
  const each = presets.map((p) => `the ${p} file ${outcome(planTool(tool, defaults, p))}`);
  const as = handledAs(tool, defaults, presets[0]!).category;
  return `Its read label has confidence ${tool.classification.confidence.toFixed(2)}, too low for the ${presets.join(' and ')} preset${presets.length === 1 ? '' : 's'} to trust: ${presets.length === 1 ? 'it handles' : 'they handle'} it as a ${as} tool (${each.join('; ')}).`;
}
