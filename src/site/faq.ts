// The questions on a tool page, answered from the tool's own data and from the very
// rules the page shows (read back from their YAML), so every answer is true of this tool
// and of Intercept: windows are calendar-aligned UTC minutes, hours or days.
import { CATEGORY_MEANING, RISK_MEANING, type Category, type Risk } from '../core/labels.ts';
import { describeEffect, describeRateLimit, ruleFacts, type RuleFacts } from './rules.ts';

export interface FaqItem {
  question: string;
  answer: string;
}

export interface FaqInput {
  toolName: string;
  description: string;
  category: Category;
  risk: Risk;
  confidence: number;
  serverName: string;
  packageName: string | undefined;
  serverToolCount: number;
  serverVerdict: string;
  /** The complete recommended policy file and the alternatives shown on the page. */
  recommended: { label: string; yaml: string };
  alternatives: { id: string; label: string; yaml: string }[];
  /** What those files do to the tool, if already read (the build has them from validation); else read here. */
  facts?: { recommended: RuleFacts; alternatives: RuleFacts[] };
  /** `intercept -c x.yaml -- …` */
  interceptCommand: string;
  policyFileName: string;
}

/** Ends a sentence with a full stop unless it already has closing punctuation. */
export function sentence(text: string): string {
  return /[.!?…:;]["'”’)]*$/.test(text) ? text : `${text}.`;
}

const ARTICLE: Record<Category, string> = { read: 'a read', write: 'a write', execute: 'an execute', destructive: 'a destructive', financial: 'a financial' };

/** The first sentences of a description, at most ~300 characters, cut at a word. */
export function firstSentences(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const stop = cut.lastIndexOf('. ');
  if (stop > max / 2) return cut.slice(0, stop + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}

function quoteRule(facts: RuleFacts): string {
  return facts.rateLimits.map((l) => `rate_limit: ${l.count}/${l.window}`).join(', ');
}

export function toolFaq(input: FaqInput): FaqItem[] {
  const name = input.toolName;
  const known = input.facts;
  const recommended = known?.recommended ?? ruleFacts(input.recommended.yaml, name);
  // Alternatives are read back only as far as a question needs them (parsing YAML is the cost here).
  const alternatives = input.alternatives.map((a, i) => {
    let facts: RuleFacts | undefined = known?.alternatives[i];
    return { ...a, get facts(): RuleFacts { return (facts ??= ruleFacts(a.yaml, name)); } };
  });
  const items: FaqItem[] = [];

  const what = input.description.trim()
    ? `${input.serverName} describes it as: “${sentence(firstSentences(input.description))}”`
    : `${input.serverName} gives no description of it, so the catalogue judges it by its name, parameters and annotations.`;
  items.push({
    question: `What does the ${name} tool do?`,
    answer: `${what} The catalogue classifies it as ${ARTICLE[input.category]} tool: ${CATEGORY_MEANING[input.category].charAt(0).toLowerCase()}${CATEGORY_MEANING[input.category].slice(1)}`,
  });

  items.push({
    question: `How do I enforce a policy on ${name}?`,
    answer: `Save the rule on this page as a policy file of its own, or download the policy for all ${input.serverToolCount} tools of ${input.serverName} (${input.policyFileName}), and start the server through Intercept, the open-source MCP proxy: ${input.interceptCommand}. Intercept then checks every call to ${name} against the file before it reaches ${input.serverName}.`,
  });

  items.push({
    question: `What risk level is ${name}?`,
    answer: `${cap(input.risk)}: ${lower(RISK_MEANING[input.risk])} The classification is ${input.category}, with ${Math.round(input.confidence * 100)}% confidence.`,
  });

  const limited = recommended.rateLimits.length
    ? { label: input.recommended.label, facts: recommended }
    : alternatives.find((a) => a.facts.rateLimits.length);
  if (limited) {
    const limit = limited.facts.rateLimits[0]!;
    const where = limited.facts === recommended ? 'the recommended rule' : `the “${limited.label}” alternative on this page`;
    items.push({
      question: `Can I rate-limit ${name}?`,
      answer: `Yes. ${cap(where)} uses ${quoteRule(limited.facts)}, which allows ${describeRateLimit(limit)}. The count is kept by Intercept for the whole proxy, not per agent or per session, and starts again at the beginning of each ${limit.window}. Change the number, or the window to minute, hour or day, to fit your use.`,
    });
  } else {
    items.push({
      question: `Can I rate-limit ${name}?`,
      answer: `Yes. Give ${name} a rule with a name and a rate_limit such as 10/hour: Intercept then allows at most 10 calls per calendar hour (UTC) and refuses the rest until the next hour begins. The count is kept for the whole proxy, not per agent or per session.`,
    });
  }

  const deny = alternatives.find((a) => a.facts.denied);
  const hide = alternatives.find((a) => a.facts.hidden);
  const blockParts: string[] = [];
  if (recommended.denied) blockParts.push(`The recommended rule already does: it sets action: deny, so Intercept refuses every call to ${name}.`);
  else if (recommended.hidden) blockParts.push(`The recommended policy already does: it lists ${name} under hide, so agents never see it and a call made anyway is refused.`);
  if (deny && !recommended.denied) blockParts.push(`Use the “${deny.label}” alternative: a rule with action: deny makes Intercept refuse every call to ${name}.`);
  if (hide && !recommended.hidden) blockParts.push(`Or use “${hide.label}”: listing ${name} under hide removes it from the tool list the agent sees, and a call made anyway is refused.`);
  if (!blockParts.length) blockParts.push(`Give ${name} a rule with a name and action: deny; Intercept then refuses every call to it. Listing it under hide also removes it from the tool list the agent sees.`);
  items.push({ question: `How do I block ${name} completely?`, answer: blockParts.join(' ') });

  items.push({
    question: `Which MCP server provides ${name}?`,
    answer: `${input.serverName}${input.packageName ? ` (package ${input.packageName})` : ''}. ${input.serverVerdict} Intercept sits in front of this server and applies one policy file to all of its tools.`,
  });

  const messages = recommended.messages.length ? ` The agent receives the rule's message: “${recommended.messages[0]}”` : ' The agent receives an error result instead of the tool\'s output.';
  items.push({
    question: `What does the recommended rule do when it fires?`,
    answer: `${describeEffect(recommended, name)}${recommended.hidden || recommended.denied || recommended.rateLimits.length || recommended.conditionRules.length ? messages : ''}`,
  });
  return items;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
