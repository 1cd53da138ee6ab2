import { expect, test } from 'vitest';
import { highlightYaml, TOKEN_CLASSES } from '../../src/site/highlight.ts';

const POLICY = `# Rate limit for create_issue
version: "1"
description: 'GitHub <script>alert(1)</script> & co'
default: allow
hide:
  - delete_repository
tools:
  create_issue:
    rules:
      - name: "hourly limit"
        rate_limit: 30/hour
  create_charge:
    rules:
      - name: max charge
        conditions:
          - path: args.amount
            op: lte
            value: 50000
          - path: args.currency
            op: in
            value: [usd, "eur", 1, true, null]
          - path: args.note
            op: exists
            value: false
  "*": { rules: [] }
ref: &anchor
  k: *anchor
`;

function text(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

test('policy YAML uses only the colour classes the stylesheet defines', () => {
  const html = highlightYaml(POLICY);
  expect(html).not.toContain('style=');
  const used = new Set([...html.matchAll(/class="(hl-[a-z])"/g)].map((m) => m[1]));
  expect([...used].every((c) => Object.values(TOKEN_CLASSES).some(([, name]) => name === c))).toBe(true);
  expect(used.size).toBeGreaterThanOrEqual(5);
});

test('the text is the code, escaped', () => {
  const html = highlightYaml(POLICY);
  expect(html).not.toContain('<script>');
  expect(text(html).trim()).toBe(POLICY.trim());
});

test('one-theme highlighting gives the same classes as tokenizing with both themes', async () => {
  const { buildCatalogue } = await import('../../src/core/catalogue.ts');
  const { FIXTURE_DATA } = await import('../site-setup/fixture-site.ts');
  const { highlightYamlBothThemes } = await import('../../src/site/highlight.ts');
  const catalogue = buildCatalogue(FIXTURE_DATA);
  const texts = [POLICY, ...catalogue.servers.flatMap((s) => Object.values(s.policies)), ...catalogue.tools.flatMap((t) => [t.recommended.yaml, ...t.alternatives.map((a) => a.yaml)])];
  expect(texts.length).toBeGreaterThan(50);
  // The colour of every visible character, whatever the token boundaries (spaces have none).
  const colours = (html: string) =>
    [...html.matchAll(/<span class="(hl-[a-z])">([^<]*)<\/span>/g)]
      .map((m) => [...text(m[2]!)].map((ch) => (/\s/.test(ch) ? '_' : m[1]!.slice(3))).join(''))
      .join('');
  for (const code of texts) {
    const fast = highlightYaml(code);
    const full = highlightYamlBothThemes(code);
    expect(full).not.toContain('style=');
    expect(text(fast)).toBe(text(full));
    expect(colours(fast)).toBe(colours(full));
  }
});

test('line by line with cached lines gives what tokenizing the whole text gives', async () => {
  const { buildCatalogue } = await import('../../src/core/catalogue.ts');
  const { FIXTURE_DATA } = await import('../site-setup/fixture-site.ts');
  const { highlightYamlUncached } = await import('../../src/site/highlight.ts');
  const catalogue = buildCatalogue(FIXTURE_DATA);
  // Lines whose tokens depend on the lines before them: block scalars, quoted strings and
  // flow collections over several lines, a comment inside them, the same line in each state.
  const multiLine = [
    'a: |\n  tools:\n    rules: []\n# c\ntools:\n  rules: []\n',
    'a: "one\n  tools: two"\ntools: {}\n',
    "b: 'x\n  - y'\n- y\n",
    'c: [\n  "d",\n  # e\n  f ]\nversion: "1"\n',
    'd: >-\n  folded\n\n  text: 1\ne: 2\n',
    '? complex\n: value\n---\nversion: "1"\n...\n%YAML 1.2\n',
  ];
  const texts = [POLICY, ...multiLine, ...multiLine.map((t) => t.replace(/\n/g, '\r\n')), ...catalogue.servers.flatMap((s) => Object.values(s.policies)), ...catalogue.tools.flatMap((t) => [t.recommended.yaml, ...t.alternatives.map((a) => a.yaml)])];
  for (const round of [1, 2]) {
    for (const code of texts) expect(highlightYaml(code), `round ${round}: ${code.slice(0, 80)}`).toBe(highlightYamlUncached(code));
  }
});
