import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assembleCatalogue, buildCatalogue, CatalogueError, getCatalogue } from '../../src/core/catalogue.ts';
import { validatePolicy } from '../../src/core/policy/index.ts';
import { FIXTURE_DATA } from '../site-setup/fixture-site.ts';
import { tempDir } from '../temp-dir.ts';

describe('the catalogue', () => {
  test('every policy file and snippet it holds passes Intercept\'s checks', () => {
    const catalogue = buildCatalogue(FIXTURE_DATA);
    expect(catalogue.servers.map((s) => s.server.slug)).toEqual(['filesystem', 'github', 'hostile', 'payments', 'postgres']);
    for (const server of catalogue.servers) {
      for (const text of Object.values(server.policies)) expect(validatePolicy(text).filter((p) => p.severity === 'error')).toEqual([]);
      for (const tool of server.tools) {
        expect(tool.server).toBe(server);
        expect(catalogue.toolByKey.get(tool.key)).toBe(tool);
        for (const snippet of [tool.recommended, ...tool.alternatives]) expect(validatePolicy(snippet.yaml).filter((p) => p.severity === 'error')).toEqual([]);
      }
    }
  });

  test('a broken manifest stops it, with every error listed', () => {
    const dir = tempDir('catalogue-');
    mkdirSync(join(dir, 'servers'));
    writeFileSync(join(dir, 'servers', 'a.json'), '{"name": "A", "tools": [{"name": ""}]}');
    writeFileSync(join(dir, 'servers', 'b.json'), '{ not json');
    try {
      buildCatalogue(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueError);
      expect((error as CatalogueError).problems).toHaveLength(new Set((error as CatalogueError).problems).size);
      expect((error as CatalogueError).message).toContain('a.json');
      expect((error as CatalogueError).message).toContain('b.json');
    }
  });

  test('a policy that fails its checks stops it', () => {
    expect(() => assembleCatalogue('/x', [], ['policy x (balanced): tools.a.rules[0]: rule name is required'], [])).toThrow(/1 generated policy does not pass Intercept's checks:\n {2}policy x \(balanced\)/);
  });

  test('is computed once per data folder', () => {
    expect(getCatalogue(FIXTURE_DATA)).toBe(getCatalogue(`${FIXTURE_DATA}/`));
  });
});
