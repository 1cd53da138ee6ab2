// Intercept policies for catalogued MCP servers: the public API the CLI and the site use.
//
//   const defaults = loadPolicyDefaults();            // built-in table (= data/policy-defaults.yaml)
//   serverPolicyFiles(server, defaults)               // { balanced, strict, 'read-only' } → YAML text
//   toolPolicy(server, tool, defaults)                // { recommended, alternatives, notes } snippets
//   validatePolicy(text)                              // Intercept's own checks → PolicyProblem[]
export { PRESETS, PRESET_MEANING, BUILTIN_DEFAULTS, loadPolicyDefaults, PolicyDefaultsError, PolicyDefaultsSchema } from './defaults.ts';
export type { Preset, PolicyDefaults, Action } from './defaults.ts';
export { serverPolicyFiles, serverPolicyFile, policyFileName, runCommand } from './files.ts';
export { toolPolicy, stricterRateLimit } from './snippets.ts';
export type { Snippet, SnippetId, ToolPolicy } from './snippets.ts';
export { planTool, unlimitableReason, unhideableReason } from './decide.ts';
export type { ToolPlan } from './decide.ts';
export { validatePolicy, checkPolicy, parseRateLimit, regexError } from './validate.ts';
export { policyFacts, ruleFacts } from './facts.ts';
export type { RuleFacts, Window } from './facts.ts';
export { formatProblem } from './problems.ts';
export type { PolicyProblem } from './problems.ts';
export { PolicyFileSchema, RuleSchema, ConditionSchema } from './schema.ts';
export type { PolicyFile, Rule, Condition } from './schema.ts';
