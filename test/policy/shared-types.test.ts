// A required parameter kept in a shared type (`{"$ref": "#/$defs/Action"}`, as zod and pydantic write them)
// gets the same argument check as one written out in place; a pointer out of the schema gets none.
import { expect, test } from 'vitest';
import { BUILTIN_DEFAULTS, planTool, serverPolicyFile, validatePolicy } from '../../src/core/policy/index.ts';
import { server, tool } from './fixtures/servers.ts';

const inputSchema = {
  type: 'object',
  $defs: { Action: { type: 'string', enum: ['start', 'stop', 'restart'] } },
  properties: { id: { type: 'string' }, action: { $ref: '#/$defs/Action', description: 'State transition to trigger.' }, other: { $ref: 'https://example.com/action.json' } },
  required: ['id', 'action', 'other'],
};
const podAction = tool('pod-action', 'write', 'medium', { description: 'Trigger a pod state transition.', inputSchema });

test('the shared type\'s values become the documented-values check, and the file passes Intercept\'s checks', () => {
  const rules = planTool(podAction, BUILTIN_DEFAULTS, 'balanced').rules.map((r) => r.rule);
  const check = rules.find((r) => r.name === 'action: documented values only');
  expect(check?.conditions).toEqual([{ path: 'args.action', op: 'in', value: ['start', 'stop', 'restart'] }]);
  expect(rules.some((r) => r.name.startsWith('other:'))).toBe(false);
  expect(validatePolicy(serverPolicyFile(server('pods', { name: 'Pods' }, [podAction]), BUILTIN_DEFAULTS, 'balanced'))).toEqual([]);
});
