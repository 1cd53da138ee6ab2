// Intercept's semantic checks (internal/config: applyDefaults, then Validate), in its
// order and with its messages, over a file decoded the way Intercept decodes it.
import { RE2JS } from 're2js';
import { decodePolicy, type GoConfig, type GoRule, type GoCondition, type GoState } from './goyaml.ts';
import { toolPath, type PolicyProblem } from './problems.ts';
import { isGoBlank } from './text.ts';

const VALID_OPS = new Set(['eq', 'neq', 'in', 'not_in', 'lt', 'lte', 'gt', 'gte', 'regex', 'contains', 'exists']);
const NUMERIC_OPS = new Set(['lt', 'lte', 'gt', 'gte']);
const SLICE_OPS = new Set(['in', 'not_in']);
export const WINDOWS = ['minute', 'hour', 'day'] as const;
export type Window = (typeof WINDOWS)[number];

const q = (s: string): string => JSON.stringify(s);

/** Go's strconv.Atoi: optional sign and decimal digits only, within int64. */
function atoi(s: string): number | undefined {
  if (!/^[-+]?[0-9]+$/u.test(s)) return undefined;
  const n = BigInt(s);
  return n >= -(2n ** 63n) && n < 2n ** 63n ? Number(n) : undefined;
}

export type RateLimitParse = { ok: true; count: number; window: Window } | { ok: false; message: string };

/** Intercept's parseRateLimit: "<positive int>/<minute|hour|day>". */
export function parseRateLimit(s: string): RateLimitParse {
  const slash = s.indexOf('/');
  if (slash < 0) return { ok: false, message: `rate_limit must be in the format "N/window" (e.g. "5/hour"), got ${q(s)}` };
  const countText = s.slice(0, slash);
  const window = s.slice(slash + 1);
  const count = atoi(countText);
  if (count === undefined || count <= 0) return { ok: false, message: `rate_limit count must be a positive integer, got ${q(countText)}` };
  if (!(WINDOWS as readonly string[]).includes(window)) return { ok: false, message: `rate_limit window must be "minute", "hour", or "day", got ${q(window)}` };
  return { ok: true, count, window: window as Window };
}

/** The state scope Intercept gives a tool's counters: its name, or `_global` for `*`. */
export function stateScope(toolName: string): string {
  return toolName === '*' ? '_global' : toolName;
}

/** applyDefaults: default posture, `rate_limit` desugared to a counter rule, action and increment defaults. */
function applyDefaults(cfg: GoConfig): void {
  if (cfg.default === '') cfg.default = 'allow';
  for (const [toolName, tool] of cfg.tools) {
    for (const r of tool.rules) {
      if (r.rateLimit !== '' && r.conditions.length === 0 && r.state === null && r.action !== 'deny') {
        const parsed = parseRateLimit(r.rateLimit);
        if (parsed.ok) {
          const counter = `_rate_${parsed.window}`;
          r.action = 'evaluate';
          r.conditions = [{ path: `state.${stateScope(toolName)}.${counter}`, op: 'lte', value: parsed.count }];
          r.state = { counter, window: parsed.window, increment: 1, incrementFrom: '' };
          if (r.onDeny === '') r.onDeny = `Rate limit of ${parsed.count} per ${parsed.window} reached. Try again later.`;
          r.rateLimit = '';
        }
      }
      if (r.action === '') r.action = 'evaluate';
      if (r.state && r.state.increment === 0) r.state.increment = 1;
    }
  }
}

/** Go int, int64 or float64; a uint64 (GoUint64) or a numeric-looking string is not numeric. */
function isNumeric(v: unknown): boolean {
  return typeof v === 'number';
}

type Problems = PolicyProblem[];
const err = (path: string, message: string): PolicyProblem => ({ severity: 'error', path, message });

function validateCondition(prefix: string, c: GoCondition): Problems {
  const errs: Problems = [];
  if (!c.path.startsWith('args.') && !c.path.startsWith('state.')) errs.push(err(prefix, `path must start with "args." or "state.", got ${q(c.path)}`));
  if (!VALID_OPS.has(c.op)) errs.push(err(prefix, `unknown operator ${q(c.op)}`));
  if (SLICE_OPS.has(c.op) && !Array.isArray(c.value)) errs.push(err(prefix, `operator ${q(c.op)} requires a list value`));
  if (NUMERIC_OPS.has(c.op) && !isNumeric(c.value)) errs.push(err(prefix, `operator ${q(c.op)} requires a numeric value`));
  if (c.op === 'exists' && typeof c.value !== 'boolean') errs.push(err(prefix, `operator "exists" requires a boolean value`));
  if (c.op === 'regex') {
    if (typeof c.value !== 'string') errs.push(err(prefix, `regex value must be a string`));
    else {
      const bad = regexError(c.value);
      if (bad) errs.push(err(prefix, `invalid regex ${q(c.value)}: ${bad}`));
    }
  }
  return errs;
}

/** Why Go's regexp.Compile would refuse a pattern (RE2 syntax), or undefined if it compiles. */
export function regexError(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function validateState(prefix: string, s: GoState): Problems {
  const errs: Problems = [];
  if (s.counter === '') errs.push(err(`${prefix}.state`, `counter must not be empty`));
  if (!(WINDOWS as readonly string[]).includes(s.window)) errs.push(err(`${prefix}.state`, `window must be "minute", "hour", or "day", got ${q(s.window)}`));
  if (s.incrementFrom !== '' && !s.incrementFrom.startsWith('args.')) errs.push(err(`${prefix}.state`, `increment_from must start with "args.", got ${q(s.incrementFrom)}`));
  return errs;
}

/**
 * Intercept finds the counter a `state.` condition reads by splitting the path on its
 * first two dots, so `state.<tool>.<counter>` only resolves when the tool name has no dot.
 */
function hasMatchingStateBlock(cfg: GoConfig, toolName: string, counter: string): boolean {
  const tool = cfg.tools.get(toolName) ?? (toolName === '_global' ? cfg.tools.get('*') : undefined);
  return !!tool && tool.rules.some((r) => r.state !== null && r.state.counter === counter);
}

function validateRule(prefix: string, r: GoRule, cfg: GoConfig): Problems {
  const errs: Problems = [];
  // Still set after applyDefaults: the shorthand could not be expanded.
  if (r.rateLimit !== '') {
    const parsed = parseRateLimit(r.rateLimit);
    if (!parsed.ok) errs.push(err(prefix, `${parsed.message}`));
    if (r.conditions.length > 0 || r.state !== null) {
      errs.push(err(prefix, `rate_limit cannot be combined with conditions or state; use separate rules or the full syntax instead`));
    }
    if (r.action === 'deny') errs.push(err(prefix, `rate_limit cannot be used with action "deny"`));
    return errs;
  }
  if (r.name === '') errs.push(err(prefix, `rule must have a name`));
  if (r.action !== 'evaluate' && r.action !== 'deny') errs.push(err(prefix, `action must be "evaluate" or "deny", got ${q(r.action)}`));
  if (r.action === 'deny' && r.conditions.length > 0) errs.push(err(prefix, `deny rules must not have conditions`));
  if (r.action === 'evaluate' && r.conditions.length === 0) errs.push(err(prefix, `evaluate rules must have at least one condition`));
  r.conditions.forEach((c, j) => errs.push(...validateCondition(`${prefix}.conditions[${j}]`, c)));
  if (r.state) errs.push(...validateState(prefix, r.state));
  for (const c of r.conditions) {
    if (!c.path.startsWith('state.')) continue;
    const first = c.path.indexOf('.');
    const second = c.path.indexOf('.', first + 1);
    if (second < 0) continue;
    const stateTool = c.path.slice(first + 1, second);
    const counter = c.path.slice(second + 1);
    if (!hasMatchingStateBlock(cfg, stateTool, counter)) {
      errs.push(err(prefix, `condition references state.${stateTool}.${counter} but no matching state block found`));
    }
  }
  return errs;
}

/** Go's sort.Strings order: bytewise UTF-8, i.e. by code point. */
function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Intercept's Validate on a decoded config: every error, not just the first. */
export function validateConfig(cfg: GoConfig): PolicyProblem[] {
  applyDefaults(cfg);
  const errs: Problems = [];
  if (cfg.version !== '1') errs.push(err('version', `must be "1", got ${q(cfg.version)}`));
  if (cfg.default !== 'allow' && cfg.default !== 'deny') errs.push(err('default', `must be "allow" or "deny", got ${q(cfg.default)}`));
  const seen = new Set<string>();
  cfg.hide.forEach((name, i) => {
    if (isGoBlank(name)) errs.push(err(`hide[${i}]`, 'entry must not be empty'));
    else if (seen.has(name)) errs.push(err('hide', `duplicate entry ${q(name)}`));
    else seen.add(name);
  });
  for (const toolName of [...cfg.tools.keys()].sort(byCodePoint)) {
    const tool = cfg.tools.get(toolName)!;
    const prefixOf = (i: number) => `${toolPath(toolName)}.rules[${i}]`;
    const counters = new Map<string, number>();
    tool.rules.forEach((r, i) => {
      if (!r.state) return;
      const prev = counters.get(r.state.counter);
      if (prev !== undefined) errs.push(err(prefixOf(i), `duplicate state counter ${q(r.state.counter)} (also used by rules[${prev}])`));
      else counters.set(r.state.counter, i);
    });
    tool.rules.forEach((r, i) => errs.push(...validateRule(prefixOf(i), r, cfg)));
  }
  return errs;
}

/**
 * Check a policy file as `intercept validate` would: YAML that does not parse or does not
 * decode into Intercept's shape stops there (as Intercept's loader does); otherwise every
 * semantic error is listed. Warnings (unknown fields, which Intercept silently ignores) come last.
 */
export function validatePolicy(text: string): PolicyProblem[] {
  return checkPolicy(text).problems;
}

/** validatePolicy, also handing back the decoded file when it decodes (for reading facts without a second parse). */
export function checkPolicy(text: string): { problems: PolicyProblem[]; config?: GoConfig } {
  const { config, problems } = decodePolicy(text);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (errors.length > 0) return { problems: [...errors, ...warnings] };
  return { problems: [...validateConfig(config), ...warnings], config };
}
