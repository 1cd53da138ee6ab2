// One shiki highlighter for the whole build: only the YAML grammar and two themes
// (GitHub light and dark). Shiki writes each token's two colours as inline CSS variables;
// the few colour pairs YAML uses are swapped for short class names styled once in
// global.css (light and dark by colour scheme), which keeps 50,000 pages small. A pair
// not in the table keeps its inline style, so nothing is ever shown uncoloured.
import { createHighlighterCoreSync, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import yaml from 'shiki/langs/yaml.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';

/** `light/dark` colour pair → class in global.css. */
export const TOKEN_CLASSES: Readonly<Record<string, string>> = {
  '#6A737D/#6A737D': 'hl-c', // comment
  '#22863A/#85E89D': 'hl-k', // mapping key
  '#24292E/#E1E4E8': 'hl-p', // punctuation, plain text
  '#032F62/#9ECBFF': 'hl-s', // string
  '#005CC5/#79B8FF': 'hl-n', // number, boolean, null
  '#D73A49/#F97583': 'hl-o', // indicator, tag
  '#6F42C1/#B392F0': 'hl-a', // anchor, alias
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

const TOKEN_STYLE = /<span style="--shiki-light:(#[0-9A-Fa-f]{3,8});--shiki-dark:(#[0-9A-Fa-f]{3,8})">/g;

/** Highlighted HTML for a YAML text; shiki escapes the text, so the result is safe to insert. */
export function highlightYaml(code: string): string {
  const html = get().codeToHtml(code, {
    lang: 'yaml',
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
  });
  return html
    .replace(/^<pre class="shiki[^"]*" style="[^"]*"/, '<pre class="shiki"')
    .replace(TOKEN_STYLE, (whole, light: string, dark: string) => {
      const name = TOKEN_CLASSES[`${light.toUpperCase()}/${dark.toUpperCase()}`];
      return name ? `<span class="${name}">` : whole;
    });
}
