import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSiteConfig, parseSiteConfig, SiteConfigError } from '../../src/site/config.ts';
import { tempDir } from '../temp-dir.ts';

describe('site config', () => {
  test('defaults when there is no site.yaml', () => {
    const config = loadSiteConfig(tempDir('site-config-'));
    expect(config.title).toBe('MCP Policy Catalogue');
    expect(config.base).toBe('/');
    expect(config.url).toBe('http://localhost:4321/');
  });

  test('a URL with a path serves the site under that path', () => {
    const config = parseSiteConfig({ url: 'https://example.com/mcp' });
    expect(config.url).toBe('https://example.com/mcp/');
    expect(config.base).toBe('/mcp/');
  });

  test('errors name the file, the field and what is allowed', () => {
    const dir = tempDir('site-config-');
    writeFileSync(join(dir, 'site.yaml'), 'title: ""\nurl: ftp://x\ncolour: blue\n');
    expect(() => loadSiteConfig(dir)).toThrow(SiteConfigError);
    try {
      loadSiteConfig(dir);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(`${join(dir, 'site.yaml')}: title:`);
      expect(message).toContain('url: an absolute http(s) URL');
      expect(message).toMatch(/colour.*allowed keys: title, description, url/);
    }
  });

  test('a YAML list is refused with a clear message', () => {
    const dir = tempDir('site-config-');
    writeFileSync(join(dir, 'site.yaml'), '- a\n- b\n');
    expect(() => loadSiteConfig(dir)).toThrow(/expected a mapping of settings.*found a list/);
  });
});
