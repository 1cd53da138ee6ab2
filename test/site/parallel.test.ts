import { describe, expect, test } from 'vitest';
import { buildCatalogue, type Catalogue } from '../../src/core/catalogue.ts';
import { prepareCatalogue, shareOut } from '../../src/site/parallel.ts';
import { preparedTool } from '../../src/site/prepare.ts';
import { FIXTURE_DATA } from '../site-setup/fixture-site.ts';

/** The catalogue as plain data, without the tool → server back references. */
function plain(c: Catalogue) {
  return c.servers.map((s) => ({ server: s.server, policies: s.policies, tools: s.tools.map(({ server: _, ...t }) => t) }));
}

describe('building on several threads', () => {
  test('shareOut balances tool counts and keeps every server once', () => {
    const servers = [{ slug: 'a', tools: 90 }, { slug: 'b', tools: 50 }, { slug: 'c', tools: 45 }, { slug: 'd', tools: 5 }];
    const groups = shareOut(servers, 2);
    expect(groups.flat().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(groups).toEqual([['a', 'd'], ['b', 'c']]);
    expect(shareOut(servers.slice(0, 1), 4)).toEqual([['a']]);
  });

  test('worker threads give the same catalogue and the same prepared pages as one thread', async () => {
    const single = buildCatalogue(FIXTURE_DATA);
    const parallel = await prepareCatalogue(FIXTURE_DATA, 2, 0);
    expect(plain(parallel)).toEqual(plain(single));
    expect(parallel.tools.map((t) => t.key)).toEqual(single.tools.map((t) => t.key));
    const tool = parallel.tools[0]!;
    const fromWorker = preparedTool(parallel.dataDir, tool, 'unused', 0);
    expect(fromWorker.recommendedHtml).toContain('<pre class="shiki"');
    expect(fromWorker.faq.length).toBeGreaterThanOrEqual(6);
    // Prepared by a worker, not computed here (which would have used the verdict given above).
    expect(JSON.stringify(fromWorker.faq)).not.toContain('unused');
  });
});
