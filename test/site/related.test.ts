import { describe, expect, test } from 'vitest';
import type { Category } from '../../src/core/labels.ts';
import { buildRelatedIndex, nameTokens } from '../../src/site/related.ts';

describe('nameTokens', () => {
  test.each([
    ['getPullRequest', ['get', 'pull', 'request']],
    ['get_pull_requests', ['get', 'pull', 'request']],
    ['list-repositories', ['list', 'repository']],
    ['HTTPRequest', ['http', 'request']],
    ['address', ['address']],
    ['<script>', ['script']],
  ])('%s', (name, tokens) => expect(nameTokens(name)).toEqual(tokens));
});

describe('buildRelatedIndex', () => {
  const item = (server: string, name: string, category: Category) => ({ key: `${server}/${name}`, server, name, category });

  test('same server: best name overlap first, never itself, filled up with neighbours', () => {
    const index = buildRelatedIndex([
      item('gh', 'create_issue', 'write'),
      item('gh', 'update_issue', 'write'),
      item('gh', 'list_issues', 'read'),
      item('gh', 'fork_repository', 'write'),
    ], { sameServer: 3 });
    const related = index.get('gh/create_issue')!;
    expect(related.sameServer).not.toContain('gh/create_issue');
    expect(related.sameServer).toHaveLength(3);
    expect(related.sameServer.slice(0, 2).sort()).toEqual(['gh/list_issues', 'gh/update_issue']);
  });

  test('same category elsewhere: only other servers, only the same category, rare tokens count more', () => {
    const index = buildRelatedIndex([
      item('a', 'delete_repository', 'destructive'),
      item('b', 'delete_repository', 'destructive'),
      item('c', 'delete_file', 'destructive'),
      item('d', 'get_repository', 'read'),
      item('a', 'delete_branch', 'destructive'),
    ]);
    const related = index.get('a/delete_repository')!;
    expect(related.sameCategory[0]).toBe('b/delete_repository');
    expect(related.sameCategory).toContain('c/delete_file');
    expect(related.sameCategory).not.toContain('d/get_repository');
    expect(related.sameCategory.every((k) => !k.startsWith('a/'))).toBe(true);
  });

  test('a large catalogue is indexed without comparing every pair', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => item(`s${i % 500}`, `get_thing_${i % 37}_${i}`, 'read'));
    const index = buildRelatedIndex(items);
    expect(index.size).toBe(20_000);
    const related = index.get(items[123]!.key)!;
    expect(related.sameCategory.length).toBeGreaterThan(0);
    expect(related.sameCategory.every((k) => !k.startsWith('s123/'))).toBe(true);
  });
});
