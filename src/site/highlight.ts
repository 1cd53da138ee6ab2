// One shiki highlighter for the whole build: only the YAML grammar and two themes
// (GitHub light and dark). The few colour pairs YAML uses become short class names styled
// once in global.css (light and dark by colour scheme), which keeps 50,000 pages small.
//
// Speed: tokenizing once per theme doubles the cost, and for YAML the two GitHub themes
// colour the same tokens, so the light theme's colour names the pair. Code whose tokens
// use a colour outside the table is highlighted the full way instead (two themes, inline
// variables), so nothing is ever shown in the wrong colours.
import { createHighlighterCoreSync, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import yaml from 'shiki/langs/yaml.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';

/** Light colour → [dark colour, class in global.css]. */
export const TOKEN_CLASSES: Readonly<Record<string, readonly [string, string]>> = {
  '#6A737D': ['#6A737D', 'hl-c'], // comment
  '#22863A': ['#85E89D', 'hl-k'], // mapping key
  '#24292E': ['#E1E4E8', 'hl-p'], // punctuation, plain text
  '#032F62': ['#9ECBFF', 'hl-s'], // string
  '#005CC5': ['#79B8FF', 'hl-n'], // number, boolean, null
  '#D73A49': ['#F97583', 'hl-o'], // indicator, tag
  '#6F42C1': ['#B392F0', 'hl-a'], // anchor, alias
};

let highlighter: HighlighterCore | undefined;

function get(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [githubLight, githubDark],
    langs: [yaml],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const TOKEN_STYLE = /<span style="--shiki-light:(#[0-9A-Fa-f]{3,8});--shiki-dark:(#[0-9A-Fa-f]{3,8})">/g;

/** The full two-theme rendering, with known pairs as classes and others as inline variables. */
export function highlightYamlBothThemes(code: string): string {
  return get()
    .codeToHtml(code, { lang: 'yaml', themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false })
    .replace(/^<pre class="shiki[^"]*" style="[^"]*"/, '<pre class="shiki"')
    .replace(TOKEN_STYLE, (whole, light: string, dark: string) => {
      const known = TOKEN_CLASSES[light.toUpperCase()];
      return known && known[0] === dark.toUpperCase() ? `<span class="${known[1]}">` : whole;
    });
}

/** Highlighted HTML for a YAML text; the text is escaped, so the result is safe to insert. */
export function highlightYaml(code: string): string {
  const lines = get().codeToTokensBase(code, { lang: 'yaml', theme: 'github-light' });
  let html = '<pre class="shiki" tabindex="0"><code>';
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) html += '\n';
    html += '<span class="line">';
    for (const token of lines[i]!) {
      const known = token.color ? TOKEN_CLASSES[token.color.toUpperCase()] : undefined;
      if (!known) return highlightYamlBothThemes(code);
      html += `<span class="${known[1]}">${escapeHtml(token.content)}</span>`;
    }
    html += '</span>';
  }
  return `${html}</code></pre>`;
}
