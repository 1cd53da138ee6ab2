// Reads a policy file back and says, in plain sentences, what it does to one tool.
// The FAQ and the snippet summaries use this, so what a page says about a rule is
// derived from the very YAML it shows, never from a separate description.
import { parse } from 'yaml';

export type Window = 'minute' | 'hour' | 'day';

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeCondition(condition: unknown): string {
  if (!isRecord(condition)) return 'a condition';
  const path = String(condition.path ?? '?');
  const op = String(condition.op ?? '?');
  const value = JSON.stringify(condition.value);
  if (op === 'exists') return `${path} is ${condition.value === false ? 'absent' : 'present'}`;
  const words: Record<string, string> = {
    eq: 'equals', neq: 'does not equal', in: 'is one of', not_in: 'is not one of', lt: 'is below', lte: 'is at most',
    gt: 'is above', gte: 'is at least', regex: 'matches', contains: 'contains',
  };
  return `${path} ${words[op] ?? op} ${value}`;
}

function ruleList(entry: unknown): Record<string, unknown>[] {
  if (!isRecord(entry) || !Array.isArray(entry.rules)) return [];
  return entry.rules.filter(isRecord);
}

/** The facts of a policy file for one tool. Throws if the text is not YAML (policies are validated before this runs). */
export function ruleFacts(policyYaml: string, toolName: string): RuleFacts {
  const doc: unknown = parse(policyYaml);
  const policy = isRecord(doc) ? doc : {};
  const tools = isRecord(policy.tools) ? policy.tools : {};
  const hide = Array.isArray(policy.hide) ? policy.hide.map(String) : [];
  const facts: RuleFacts = {
    hidden: hide.includes(toolName) || hide.includes('*'),
    denied: false,
    rateLimits: [],
    conditionRules: [],
    messages: [],
    wildcardRules: ruleList(tools['*']).map((r) => String(r.name ?? '')),
    defaultDeny: policy.default === 'deny',
    listed: Object.hasOwn(tools, toolName),
  };
  for (const rule of ruleList(Object.hasOwn(tools, toolName) ? tools[toolName] : undefined)) {
    const name = String(rule.name ?? '');
    if (rule.action === 'deny') facts.denied = true;
    if (typeof rule.on_deny === 'string' && rule.on_deny) facts.messages.push(rule.on_deny);
    if (typeof rule.rate_limit === 'string') {
      const match = /^(\d+)\/(minute|hour|day)$/.exec(rule.rate_limit.trim());
      if (match) facts.rateLimits.push({ count: Number(match[1]), window: match[2] as Window, rule: name });
    }
    if (Array.isArray(rule.conditions) && rule.conditions.length) {
      facts.conditionRules.push({ name, conditions: rule.conditions.map(describeCondition) });
    }
  }
  return facts;
}

const WINDOW_TEXT: Record<Window, string> = {
  minute: 'calendar minute (UTC)',
  hour: 'calendar hour (UTC, from :00 to :59)',
  day: 'calendar day (UTC, from 00:00 to 23:59)',
};

export function describeRateLimit(limit: { count: number; window: Window }): string {
  return `at most ${limit.count} call${limit.count === 1 ? '' : 's'} per ${WINDOW_TEXT[limit.window]}`;
}

/** One or two sentences: what Intercept does with a call to this tool under this policy. */
export function describeEffect(facts: RuleFacts, toolName: string): string {
  if (facts.hidden) {
    return `Intercept removes ${toolName} from the tool list the agent sees, and refuses any call to it that is made anyway.`;
  }
  if (facts.denied) {
    return `Intercept refuses every call to ${toolName}; the call never reaches the server.`;
  }
  const parts: string[] = [];
  for (const limit of facts.rateLimits) parts.push(describeRateLimit(limit));
  for (const rule of facts.conditionRules) parts.push(`only calls where ${rule.conditions.join(' and ')} (rule "${rule.name}")`);
  if (parts.length) return `Intercept allows ${parts.join('; ')}, and refuses calls beyond that before they reach the server.`;
  if (facts.listed) return `Intercept lets every call to ${toolName} through: the tool is listed with no checks${facts.defaultDeny ? ', which matters because the policy denies tools it does not list' : ''}.`;
  if (facts.defaultDeny) return `Intercept refuses calls to ${toolName}: the policy denies every tool it does not list.`;
  return `Intercept lets calls to ${toolName} through unchanged.`;
}
