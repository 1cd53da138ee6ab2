import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/core/classify/index.ts';
import type { ServerContext } from '../../src/core/classify/types.ts';
import type { ToolDefinition } from '../../src/core/manifest/schema.ts';
import { splitName } from '../../src/core/classify/tokenize.ts';
import { classifyLoadedServer } from '../../src/core/classify/server.ts';
import { loadDataDir } from '../../src/core/manifest/load.ts';

const server = (name: string, toolNames: string[] = []): ServerContext => ({ name, toolNames });
const GENERIC = server('example-mcp');
const PAYMENTS = server('payments-mcp', ['create_payment', 'create_refund', 'list_invoices', 'cancel_subscription']);
const TODO = server('todo-mcp', ['create_task', 'create_payment', 'list_tasks']);
const POSTGRES = server('postgres-mcp', ['query', 'list_tables']);

function tool(name: string, description = '', properties: Record<string, unknown> = {}, annotations?: Record<string, unknown>): ToolDefinition {
  return { name, description, inputSchema: { type: 'object', properties }, ...(annotations ? { annotations } : {}) } as ToolDefinition;
}

describe('splitName', () => {
  test.each([
    ['logclaw_update_incident', ['logclaw', 'update', 'incident']],
    ['getDNSSnapshotV1', ['get', 'dns', 'snapshot']],
    ['policies.remove', ['policies', 'remove']],
    ['delete-many', ['delete', 'many']],
    ['rotate_api_key', ['rotate', 'apikey']],
  ])('%s', (name, words) => {
    expect(splitName(name)).toEqual(words);
  });
});

describe('classifyTool: tricky cases', () => {
  test.each([
    ['remove_label', tool('remove_label', 'Removes a label from an issue.', { issue: { type: 'string' }, label: { type: 'string' } }), GENERIC, 'write', undefined],
    ['delete_user', tool('delete_user', 'Deletes a user account.', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['get_or_create_repo', tool('get_or_create_repo', 'Returns the repository, creating it if missing.'), GENERIC, 'write', 'medium'],
    ['rotate_api_key', tool('rotate_api_key', 'Rotates an API key and returns the new key.'), GENERIC, 'write', 'high'],
    ['ping', tool('ping', 'Checks that the server is alive.'), GENERIC, 'read', 'low'],
    ['execute_sql', tool('execute_sql', 'Executes a SQL statement.', { sql: { type: 'string' } }), POSTGRES, 'execute', undefined],
    ['query with sql', tool('query', 'Run a read-only SQL query against Postgres.', { sql: { type: 'string' } }), POSTGRES, 'execute', undefined],
    ['create_refund', tool('create_refund', 'Refunds a charge.', { charge: { type: 'string' }, amount: { type: 'integer' } }), PAYMENTS, 'financial', 'critical'],
    ['list_invoices', tool('list_invoices', 'Lists invoices for a customer.'), PAYMENTS, 'read', 'medium'],
    ['get_secret', tool('get_secret', 'Returns the value of a secret.'), GENERIC, 'read', 'high'],
    ['browser_click', tool('browser_click', 'Click an element on the page.', { ref: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['policies.remove', tool('policies.remove', 'Removes a policy.'), GENERIC, 'destructive', 'critical'],
    ['cancel_subscription', tool('cancel_subscription', 'Cancels a customer subscription.'), PAYMENTS, 'financial', 'critical'],
    ['send_email', tool('send_email', 'Sends an email.', { to: { type: 'string' }, body: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['issue_delete', tool('issue_delete', ''), GENERIC, 'destructive', 'critical'],
    ['list_and_delete_files', tool('list_and_delete_files', ''), GENERIC, 'destructive', 'critical'],
    ['action enum', tool('manage_branch', 'Manage branches.', { action: { type: 'string', enum: ['get', 'delete'] } }), GENERIC, 'destructive', 'critical'],
    ['run_shell_command', tool('run_command', 'Runs a shell command.', { command: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['amount with currency', tool('create_transfer', 'Creates a transfer.', { amount: { type: 'integer' }, currency: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['verb-less name, description decides', tool('mailbox', 'Deletes every message in the mailbox.'), GENERIC, 'destructive', 'critical'],
  ])('%s', (_label, t, ctx, category, risk) => {
    const c = classifyTool(t, ctx);
    expect(c.category).toBe(category);
    if (risk) expect(c.risk).toBe(risk);
  });

  test('the same create_payment is financial on a payments server and a write on a to-do server', () => {
    const t = tool('create_payment', 'Creates a payment.');
    expect(classifyTool(t, PAYMENTS).category).toBe('financial');
    expect(classifyTool(t, TODO).category).toBe('write');
  });

  test('negation: "does not delete" is no deletion', () => {
    const c = classifyTool(tool('inspect_bucket', 'Shows a bucket. Does not delete or modify anything.'), GENERIC);
    expect(c.category).toBe('read');
  });
});

describe('annotations', () => {
  test('readOnlyHint: true on drop_table stays destructive, and the rationale says so', () => {
    const c = classifyTool(tool('drop_table', 'Drops a table.', { table: { type: 'string' } }, { readOnlyHint: true }), POSTGRES);
    expect(c.category).toBe('destructive');
    expect(c.risk).toBe('critical');
    expect(c.rationale).toMatch(/readOnlyHint: true/);
    expect(c.rationale).toMatch(/more dangerous reading/);
    expect(c.signals.some((s) => s.source === 'annotation' && s.evidence.includes('declared'))).toBe(true);
  });

  test('destructiveHint: true on an ordinary edit is the MCP default, and the rationale does not call it agreement', () => {
    const c = classifyTool(tool('update_task', 'Update the due date of a task.', {}, { destructiveHint: true }), GENERIC);
    expect(c.category).toBe('write');
    expect(c.rationale).toMatch(/destructiveHint: true, which MCP assumes/);
    expect(c.rationale).not.toMatch(/consistent with this/);
    const d = classifyTool(tool('delete_task', 'Delete a task.', {}, { destructiveHint: true }), GENERIC);
    expect(d.rationale).toMatch(/consistent with this/);
  });

  test('readOnlyHint: true does not hide a write the schema offers, and the rationale says so', () => {
    const t = tool('kubectl_context', 'Manage contexts - list, get, or set the current context', { operation: { type: 'string', enum: ['list', 'get', 'set'] } }, { readOnlyHint: true });
    const c = classifyTool(t, GENERIC);
    expect(c.category).toBe('write');
    expect(c.rationale).toMatch(/readOnlyHint: true, but .*more dangerous reading is kept/);
  });

  test('an unannotated tool says so', () => {
    const c = classifyTool(tool('delete_branch', 'Deletes a branch.'), GENERIC);
    expect(c.rationale).toMatch(/does not annotate/);
    expect(c.rationale).toContain('`delete_branch`');
  });

  test('readOnlyHint: true settles a name that only looks like a write', () => {
    // (A guide named and described as one is now a read by its text alone; an outline is not.)
    const t = tool('create_component_outline', 'An outline for building a component.');
    expect(classifyTool(t, GENERIC).category).toBe('write');
    expect(classifyTool({ ...t, annotations: { readOnlyHint: true } }, GENERIC).category).toBe('read');
  });
});

describe('robustness', () => {
  test('a huge hostile description is handled and the result is sane', () => {
    const hostile = `${'delete '.repeat(5000)}${'a'.repeat(60_000)}${'(((('.repeat(5000)} arbitrary ${'x '.repeat(20_000)}`;
    const c = classifyTool(tool('get_status', hostile, { q: { type: 'string', description: 'select '.repeat(10_000) } }), GENERIC);
    expect(['read', 'write', 'execute', 'destructive', 'financial']).toContain(c.category);
    expect(c.rationale.length).toBeLessThan(2000);
  });

  test('schema pointers that loop, fan out or leave the schema are followed a bounded way', () => {
    // A self-pointing type, a pointer to itself, one out of the schema and a deep fan-out of shared types.
    const defs: Record<string, unknown> = { Loop: { $ref: '#/$defs/Loop' }, Self: { type: 'object', properties: { again: { $ref: '#/$defs/Self' } } } };
    for (let i = 0; i < 200; i++) defs[`T${i}`] = { type: 'object', properties: Object.fromEntries(Array.from({ length: 50 }, (_, k) => [`f${k}`, { $ref: `#/$defs/T${(i + 1) % 200}` }])) };
    const t = { ...tool('get_status', 'Get the status.'), inputSchema: { type: 'object', $defs: defs, properties: { a: { $ref: '#/$defs/Loop' }, b: { $ref: '#/$defs/Self' }, c: { $ref: 'https://example.com/x.json' }, d: { $ref: '#' }, e: { $ref: '#/$defs/T0' } } } };
    const c = classifyTool(t, GENERIC);
    expect(c.category).toBe('read');
  });

  test('an action list kept in a shared type (`$ref`) is read as the action list', () => {
    const schema = { type: 'object', $defs: { Action: { type: 'string', enum: ['start', 'stop', 'terminate'] } }, properties: { id: { type: 'string' }, body: { type: 'object', properties: { action: { $ref: '#/$defs/Action' } } } } };
    const c = classifyTool({ ...tool('pod-action', 'Trigger a pod state transition.'), inputSchema: schema }, GENERIC);
    expect(c.category).toBe('destructive');
  });

  // A reason pieced together from a value that was not there reads "up to undefined" on the tool's page;
  // one pieced together from a name's word reads "create a invoices" unless the word is made singular
  // and given its article, and `events-list-events` reads "(events events)" (`job-payments-list-job-payments` "(payments job
  // payments)") unless shown once
  // (quoted text is the tool's own and left as it is).
  // Every tool of the corpus (over 21,000) is classified: on a loaded two-core machine that can take more than a minute.
  test('every bundled tool\'s rationale and signals are whole sentences: no undefined, NaN, unfilled template, "a" before a vowel or a word twice, in a row or among the object words, or a bracket in a bracket', () => {
    const { servers } = loadDataDir(new URL('../../data/servers', import.meta.url).pathname);
    const broken: string[] = [];
    for (const s of servers) {
      for (const t of classifyLoadedServer(s).tools) {
        const c = t.classification;
        const text = [c.rationale, ...c.signals.map((x) => x.evidence)].join(' | ');
        if (/\bundefined\b|\bNaN\b|\[object Object\]|\$\{/.test(text)) broken.push(`${s.manifest.name} ${t.name}: ${c.rationale}`);
        const unquoted = text.replace(/`[^`]*`|"[^"]*"/g, '""');
        if (/\ba [aeio]|\b(\w{3,}?)s? \1s?\b/i.test(unquoted)) broken.push(`${s.manifest.name} ${t.name}: ${c.rationale}`);
        // (…nor a bracket inside a bracket: "a server that handles money (4 of its tools handle money (e.g. …))".)
        if (/\([^()]*\(/.test(unquoted)) broken.push(`${s.manifest.name} ${t.name}: ${c.rationale}`);
        // (…nor the object words shown after the verb: `job-payments-list-job-payments` is "list" (job payments).)
        if ([...unquoted.matchAll(/says ""\s*\(([^()]*)\)/g)].some((m) => /\b(\w{3,}?)s? (?:\w+ )*\1s?\b/i.test(m[1] as string))) broken.push(`${s.manifest.name} ${t.name}: ${c.rationale}`);
      }
    }
    expect(servers.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  }, 240_000);

  test('a quote from the description does not take the bracket it opens with', () => {
    const c = classifyTool(tool('plan_move', 'Compute the plan to move an entity (dry-run, no changes are made).'), GENERIC);
    expect(c.rationale).toContain('("dry-run")');
  });

  test('a plural word from the name is made singular, with its article, in the rationale', () => {
    const c = classifyTool(tool('create_invoices', 'Create invoices for customers.'), PAYMENTS);
    expect(c.rationale).toContain('(create an invoice)');
  });

  test('a hostile tool name does not reach the rationale raw', () => {
    const c = classifyTool(tool(`delete\`\n${'x'.repeat(500)}`, ''), GENERIC);
    expect(c.rationale).not.toContain('\n');
    expect(c.rationale.length).toBeLessThan(1000);
  });

  test('deterministic: the same input gives the same output', () => {
    const t = tool('update_feature_flag', 'Updates a flag in production. Sends a notification.', { force: { type: 'boolean' } }, { destructiveHint: true });
    const a = classifyTool(t, GENERIC);
    const b = classifyTool(structuredClone(t), server('example-mcp'));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  test('confidence is in 0..1 and signals are sorted strongest first', () => {
    const c = classifyTool(tool('delete_user', 'Permanently deletes a user.'), GENERIC);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    const weights = c.signals.map((s) => s.weight);
    expect([...weights].sort((x, y) => y - x)).toEqual(weights);
  });
});
