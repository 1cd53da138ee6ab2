// The Intercept v1 policy format as the catalogue writes it (POLICY.md), as a zod schema.
// It is stricter than Intercept's loader (no unknown fields, canonical types) and is what
// generated files are checked against; `validatePolicy` is the loader-faithful check.
import * as z from 'zod';
import { parseRateLimit, regexError } from './validate.ts';

export const OPERATORS = ['eq', 'neq', 'in', 'not_in', 'lt', 'lte', 'gt', 'gte', 'regex', 'contains', 'exists'] as const;
export type Operator = (typeof OPERATORS)[number];

export const ConditionSchema = z.object({
  path: z.string().regex(/^(args|state)\./u, 'a path starts with "args." or "state."'),
  op: z.enum(OPERATORS),
  value: z.unknown(),
}).strict().superRefine((c, ctx) => {
  const bad = (message: string) => ctx.addIssue({ code: 'custom', path: ['value'], message });
  if ((c.op === 'in' || c.op === 'not_in') && !Array.isArray(c.value)) bad(`operator "${c.op}" requires a list value`);
  if (['lt', 'lte', 'gt', 'gte'].includes(c.op) && typeof c.value !== 'number') bad(`operator "${c.op}" requires a numeric value`);
  if (c.op === 'exists' && typeof c.value !== 'boolean') bad('operator "exists" requires a boolean value');
  if (c.op === 'regex') {
    if (typeof c.value !== 'string') bad('regex value must be a string');
    else if (regexError(c.value)) bad(`invalid regex: ${regexError(c.value)}`);
  }
});
export type Condition = z.infer<typeof ConditionSchema>;

export const StateSchema = z.object({
  counter: z.string().min(1),
  window: z.enum(['minute', 'hour', 'day']),
  increment: z.number().int().optional(),
  increment_from: z.string().startsWith('args.').optional(),
}).strict();

export const RateLimitSchema = z.string().refine((s) => parseRateLimit(s).ok, {
  message: 'a rate limit is "<positive integer>/<minute|hour|day>", e.g. "5/hour"',
});

export const RuleSchema = z.object({
  name: z.string().min(1, 'every rule needs a name'),
  action: z.enum(['evaluate', 'deny']).optional(),
  rate_limit: RateLimitSchema.optional(),
  conditions: z.array(ConditionSchema).optional(),
  on_deny: z.string().optional(),
  state: StateSchema.optional(),
}).strict().superRefine((r, ctx) => {
  const has = (r.conditions?.length ?? 0) > 0;
  if (r.rate_limit !== undefined && (has || r.state)) ctx.addIssue({ code: 'custom', message: 'rate_limit cannot be combined with conditions or state' });
  if (r.rate_limit !== undefined && r.action === 'deny') ctx.addIssue({ code: 'custom', message: 'rate_limit cannot be used with action "deny"' });
  if (r.action === 'deny' && has) ctx.addIssue({ code: 'custom', message: 'deny rules must not have conditions' });
  if (r.action !== 'deny' && r.rate_limit === undefined && !has) ctx.addIssue({ code: 'custom', message: 'evaluate rules must have at least one condition' });
});
export type Rule = z.infer<typeof RuleSchema>;

export const PolicyFileSchema = z.object({
  version: z.literal('1'),
  description: z.string().optional(),
  default: z.enum(['allow', 'deny']).optional(),
  hide: z.array(z.string()).optional(),
  tools: z.record(z.string(), z.object({ rules: z.array(RuleSchema) }).strict()),
}).strict();
export type PolicyFile = z.infer<typeof PolicyFileSchema>;
