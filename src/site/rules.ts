// Says, in plain sentences, what a policy file does to one tool.
// The FAQ and the snippet summaries use this, so what a page says about a rule is
// derived from the very YAML it shows, never from a separate description.
import type { RuleFacts, Window } from '../core/policy/index.ts';

// The facts are read by the policy module from the file as Intercept decodes it.
export { ruleFacts, type RuleFacts, type Window } from '../core/policy/index.ts';

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
