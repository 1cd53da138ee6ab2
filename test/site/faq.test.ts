import { describe, expect, test } from 'vitest';
import { toolFaq, type FaqInput } from '../../src/site/faq.ts';
import { describeEffect, ruleFacts } from '../../src/site/rules.ts';

const limited = `version: "1"
description: "GitHub: balanced"
tools:
  create_issue:
    rules:
      - name: "create_issue hourly limit"
        rate_limit: 30/hour
        on_deny: "create_issue is limited to 30 calls per hour"
`;
const deny = `version: "1"
tools:
  create_issue:
    rules:
      - name: "block create_issue"
        action: deny
        on_deny: "create_issue is blocked by policy"
`;
const hide = `version: "1"
hide:
  - create_issue
tools: {}
`;
const tight = `version: "1"
tools:
  create_issue:
    rules:
      - name: "create_issue daily limit"
        rate_limit: 5/day
`;

function input(overrides: Partial<FaqInput> = {}): FaqInput {
  return {
    toolName: 'create_issue',
    description: 'Create a new issue in a GitHub repository. It notifies watchers.',
    category: 'write',
    risk: 'medium',
    confidence: 0.91,
    serverName: 'GitHub',
    packageName: '@modelcontextprotocol/server-github',
    serverToolCount: 26,
    serverVerdict: '26 tools; 17 can change data.',
    recommended: { label: 'Rate-limit writes', yaml: limited },
    alternatives: [
      { id: 'block', label: 'Block it', yaml: deny },
      { id: 'hide', label: 'Hide it', yaml: hide },
      { id: 'tighter', label: 'Tighter limit', yaml: tight },
    ],
    interceptCommand: 'intercept -c github.yaml -- npx -y @modelcontextprotocol/server-github',
    policyFileName: 'github.yaml',
    ...overrides,
  };
}

describe('rule facts read back from the YAML', () => {
  test('rate limit, deny, hide', () => {
    expect(ruleFacts(limited, 'create_issue')).toMatchObject({ rateLimits: [{ count: 30, window: 'hour' }], denied: false, hidden: false, messages: ['create_issue is limited to 30 calls per hour'] });
    expect(ruleFacts(deny, 'create_issue')).toMatchObject({ denied: true, rateLimits: [] });
    expect(ruleFacts(hide, 'create_issue')).toMatchObject({ hidden: true });
    expect(ruleFacts(hide, 'other_tool')).toMatchObject({ hidden: false, listed: false });
  });

  test('effects are stated in calendar UTC windows', () => {
    expect(describeEffect(ruleFacts(limited, 'create_issue'), 'create_issue')).toBe('Intercept allows at most 30 calls per calendar hour (UTC, from :00 to :59), and refuses calls beyond that before they reach the server.');
    expect(describeEffect(ruleFacts(deny, 'create_issue'), 'create_issue')).toMatch(/refuses every call/);
    expect(describeEffect(ruleFacts(hide, 'create_issue'), 'create_issue')).toMatch(/removes create_issue from the tool list/);
  });

  test('conditions are described', () => {
    const yaml = `version: "1"
tools:
  create_charge:
    rules:
      - name: "max single charge"
        conditions:
          - path: "args.amount"
            op: "lte"
            value: 50000
`;
    expect(describeEffect(ruleFacts(yaml, 'create_charge'), 'create_charge')).toContain('only calls where args.amount is at most 50000 (rule "max single charge")');
  });
});

describe('tool FAQ', () => {
  test('six to seven questions, answered from the tool and its rules', () => {
    const faq = toolFaq(input());
    expect(faq.length).toBeGreaterThanOrEqual(6);
    expect(faq.length).toBeLessThanOrEqual(7);
    const answer = (start: string) => faq.find((f) => f.question.startsWith(start))!.answer;
    expect(answer('What does')).toContain('Create a new issue in a GitHub repository.');
    expect(answer('How do I enforce')).toContain('intercept -c github.yaml -- npx -y @modelcontextprotocol/server-github');
    expect(answer('What risk level')).toMatch(/^Medium: /);
    expect(answer('What risk level')).toContain('91% confidence');
    expect(answer('Can I rate-limit')).toContain('rate_limit: 30/hour');
    expect(answer('Can I rate-limit')).toContain('calendar hour (UTC');
    expect(answer('Can I rate-limit')).toContain('not per agent or per session');
    expect(answer('How do I block')).toContain('“Block it”');
    expect(answer('How do I block')).toContain('“Hide it”');
    expect(answer('Which MCP server')).toContain('@modelcontextprotocol/server-github');
    expect(answer('What does the recommended rule do')).toContain('at most 30 calls per calendar hour');
    expect(answer('What does the recommended rule do')).toContain('create_issue is limited to 30 calls per hour');
    expect(faq.map((f) => `${f.question} ${f.answer}`).join(' ')).not.toMatch(/per session limit|sliding|max: |window: 60/);
  });

  test('a tool whose recommended rule already blocks it says so', () => {
    const faq = toolFaq(input({ recommended: { label: 'Block it', yaml: deny }, alternatives: [{ id: 'tighter', label: 'Tighter limit', yaml: tight }] }));
    const block = faq.find((f) => f.question.startsWith('How do I block'))!.answer;
    expect(block).toMatch(/^The recommended rule already does/);
    const rate = faq.find((f) => f.question.startsWith('Can I rate-limit'))!.answer;
    expect(rate).toContain('“Tighter limit” alternative');
    expect(rate).toContain('calendar day (UTC');
  });

  test('no description is said, not invented', () => {
    const faq = toolFaq(input({ description: '' }));
    expect(faq[0]!.answer).toMatch(/^GitHub gives no description of it/);
  });
});
