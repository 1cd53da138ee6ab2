// What a policy file does to one tool, read from the file as Intercept decodes it. The
// website says what a rule does from these facts, so what a page says about a rule comes
// from the very YAML it shows. The build gets them from the same decode that validates the
// file (no second parse).
import type { GoConfig, GoCondition, GoRule } from './goyaml.ts';
import { checkPolicy, type Window } from './validate.ts';

export type { Window };

export interface RuleFacts {
  /** The tool is listed under `hide` (or `hide: ["*"]`): removed from tools/list and denied on call. */
  hidden: boolean;
  /** A rule with `action: deny` applies to the tool. */
  denied: boolean;
  /** Rate limits on the tool's own rules: `{count, window}`. */
  rateLimits: { count: number; window: Window; rule: string }[];
  /** Names of evaluate rules with conditions (argument checks, counters). */
  conditionRules: { name: string; conditions: string[] }[];
  /** `on_deny` messages of the tool's rules. */
  messages: string[];
  /** Rules under "*" that apply to every call, including this tool's. */
  wildcardRules: string[];
  /** `default: deny`: calls to tools not listed are refused. */
  defaultDeny: boolean;
  /** The tool appears under `tools:`. */
  listed: boolean;
}

const OPERATOR_WORDS: Record<string, string> = {
  eq: 'equals', neq: 'does not equal', in: 'is one of', not_in: 'is not one of', lt: 'is below', lte: 'is at most',
  gt: 'is above', gte: 'is at least', regex: 'matches', contains: 'contains',
};

function describeCondition(condition: GoCondition): string {
  if (condition.op === 'exists') return `${condition.path} is ${condition.value === false ? 'absent' : 'present'}`;
  return `${condition.path} ${OPERATOR_WORDS[condition.op] ?? condition.op} ${JSON.stringify(condition.value)}`;
}

/**
 * Validation applies Intercept's defaults, which turn `rate_limit: N/window` into a counter
 * `_rate_<window>` and the condition "that counter ≤ N": read such a rule back as the limit.
 */
function desugaredRateLimit(rule: GoRule): [string, string, string] | undefined {
  const window = /^_rate_(minute|hour|day)$/.exec(rule.state?.counter ?? '')?.[1];
  const only = rule.conditions.length === 1 ? rule.conditions[0] : undefined;
  if (!window || !only || only.op !== 'lte' || typeof only.value !== 'number' || !only.path.endsWith(`._rate_${window}`)) return undefined;
  return [`${only.value}/${window}`, String(only.value), window];
}

/** The facts of a decoded policy for one tool (as written, or with Intercept's defaults applied). */
export function policyFacts(config: GoConfig, toolName: string): RuleFacts {
  const facts: RuleFacts = {
    hidden: config.hide.includes(toolName) || config.hide.includes('*'),
    denied: false,
    rateLimits: [],
    conditionRules: [],
    messages: [],
    wildcardRules: (config.tools.get('*')?.rules ?? []).map((r) => r.name),
    defaultDeny: config.default === 'deny',
    listed: config.tools.has(toolName),
  };
  for (const rule of config.tools.get(toolName)?.rules ?? []) {
    if (rule.action === 'deny') facts.denied = true;
    if (rule.onDeny) facts.messages.push(rule.onDeny);
    const limit = /^(\d+)\/(minute|hour|day)$/.exec(rule.rateLimit.trim()) ?? desugaredRateLimit(rule);
    if (limit) facts.rateLimits.push({ count: Number(limit[1]), window: limit[2] as Window, rule: rule.name });
    else if (rule.conditions.length > 0) facts.conditionRules.push({ name: rule.name, conditions: rule.conditions.map(describeCondition) });
  }
  return facts;
}

/** The facts of a policy text for one tool; throws if Intercept would refuse the text. */
export function ruleFacts(policyYaml: string, toolName: string): RuleFacts {
  const { problems, config } = checkPolicy(policyYaml);
  const error = problems.find((p) => p.severity === 'error');
  if (error || !config) throw new Error(`not a valid policy: ${error ? `${error.path}: ${error.message}` : 'empty'}`);
  return policyFacts(config, toolName);
}
