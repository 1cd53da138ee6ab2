// The table that picks each tool's rule from its category and risk, per preset.
// Built in (BUILTIN_DEFAULTS) and mirrored by data/policy-defaults.yaml, which a test keeps
// identical; an internal catalogue passes its own file to loadPolicyDefaults.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { CATEGORIES, LOW_CONFIDENCE, RISKS, type Category, type Risk } from '../labels.ts';
import { formatPath } from '../diagnostics.ts';
import { RateLimitSchema } from './schema.ts';

export const PRESETS = ['balanced', 'strict', 'read-only'] as const;
export type Preset = (typeof PRESETS)[number];

/** What a preset does with a tool: list it with no rate limit, list it rate-limited, list it with a deny rule, or hide it. */
export const ACTIONS = ['allow', 'limit', 'deny', 'hide'] as const;
export type Action = (typeof ACTIONS)[number];

const ByRisk = <T extends z.ZodType>(value: T) => z.object(Object.fromEntries(RISKS.map((r) => [r, value])) as Record<Risk, T>).strict();
const ByCategory = <T extends z.ZodType>(value: T) => z.object(Object.fromEntries(CATEGORIES.map((c) => [c, value])) as Record<Category, T>).strict();

/** One action for the whole category, or one per risk level. */
const ActionChoice = z.union([z.enum(ACTIONS), ByRisk(z.enum(ACTIONS))]);

const PresetSchema = z.object({
  default: z.enum(['allow', 'deny']),
  actions: ByCategory(ActionChoice),
  /** Used instead of `limit` when Intercept cannot count calls to a tool (its name has a dot). */
  when_unlimitable: ByCategory(z.enum(['allow', 'deny', 'hide'])),
  /** `in` checks on required parameters with a documented list of values. */
  enum_checks: z.boolean(),
  /** Regex allowlists (to be edited) on required path, URL and host parameters. */
  location_checks: z.boolean(),
  /** `lte` caps on required amount parameters of financial tools that are listed. */
  amount_caps: z.boolean(),
  /**
   * A read the classifier is unsure of (confidence below `below`) is handled as `as`: the
   * reads it gets wrong at low confidence are often tools that change or run something.
   */
  uncertain_reads: z.object({
    below: z.number().gt(0).max(1),
    as: z.enum(CATEGORIES).refine((c) => c !== 'read', 'a read the classifier is unsure of must be handled as another category (write, execute, destructive or financial)'),
  }).strict().optional(),
}).strict();

export const PolicyDefaultsSchema = z.object({
  rate_limits: ByCategory(ByRisk(RateLimitSchema)),
  presets: z.object(Object.fromEntries(PRESETS.map((p) => [p, PresetSchema])) as Record<Preset, typeof PresetSchema>).strict(),
  amount_cap: z.number().positive().finite(),
}).strict();
export type PolicyDefaults = z.infer<typeof PolicyDefaultsSchema>;

export const PRESET_MEANING: Record<Preset, string> = {
  balanced: 'Everything allowed by default; each tool rate-limited by its category and risk, destructive and financial tools denied.',
  strict: 'Only listed tools may run: reads, writes and execute tools rate-limited (critical execute tools hidden; reads the classifier is unsure of get a write\'s limit), path, URL and host arguments checked, destructive and financial tools hidden.',
  'read-only': 'Only read tools may run, rate-limited; every other tool is hidden from the agent, and so are reads the classifier is unsure of.',
};

export const BUILTIN_DEFAULTS: PolicyDefaults = {
  rate_limits: {
    read: { low: '60/minute', medium: '30/minute', high: '10/minute', critical: '5/minute' },
    write: { low: '60/hour', medium: '30/hour', high: '10/hour', critical: '5/hour' },
    execute: { low: '30/hour', medium: '20/hour', high: '10/hour', critical: '5/hour' },
    destructive: { low: '10/day', medium: '5/day', high: '3/day', critical: '1/day' },
    financial: { low: '10/day', medium: '5/day', high: '3/day', critical: '1/day' },
  },
  presets: {
    balanced: {
      default: 'allow',
      actions: { read: 'limit', write: 'limit', execute: 'limit', destructive: 'deny', financial: 'deny' },
      when_unlimitable: { read: 'allow', write: 'allow', execute: 'allow', destructive: 'deny', financial: 'deny' },
      enum_checks: true,
      location_checks: false,
      amount_caps: true,
    },
    strict: {
      default: 'deny',
      actions: {
        read: 'limit',
        write: 'limit',
        execute: { low: 'limit', medium: 'limit', high: 'limit', critical: 'hide' },
        destructive: 'hide',
        financial: 'hide',
      },
      when_unlimitable: { read: 'allow', write: 'hide', execute: 'hide', destructive: 'hide', financial: 'hide' },
      enum_checks: true,
      location_checks: true,
      amount_caps: true,
      uncertain_reads: { below: LOW_CONFIDENCE, as: 'write' },
    },
    'read-only': {
      default: 'deny',
      actions: { read: 'limit', write: 'hide', execute: 'hide', destructive: 'hide', financial: 'hide' },
      when_unlimitable: { read: 'allow', write: 'hide', execute: 'hide', destructive: 'hide', financial: 'hide' },
      enum_checks: true,
      location_checks: false,
      amount_caps: true,
      uncertain_reads: { below: LOW_CONFIDENCE, as: 'write' },
    },
  },
  amount_cap: 10000,
};

export function actionFor(defaults: PolicyDefaults, preset: Preset, category: Category, risk: Risk): Action {
  const choice = defaults.presets[preset].actions[category];
  return typeof choice === 'string' ? choice : choice[risk];
}

export class PolicyDefaultsError extends Error {}

/**
 * The defaults table: the built-in one, or a YAML file of the same shape (see
 * data/policy-defaults.yaml). Throws PolicyDefaultsError listing every problem as `file: path: message`.
 */
export function loadPolicyDefaults(file?: string): PolicyDefaults {
  if (file === undefined) return BUILTIN_DEFAULTS;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PolicyDefaultsError(`${file}: cannot read policy defaults: ${e instanceof Error ? e.message : String(e)}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true, prettyErrors: true });
  } catch (e) {
    throw new PolicyDefaultsError(`${file}: not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const parsed = PolicyDefaultsSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${file}: ${formatPath(i.path) || '(top level)'}: ${i.message}`);
    throw new PolicyDefaultsError(lines.join('\n'));
  }
  return parsed.data;
}
