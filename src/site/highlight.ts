// One shiki highlighter for the whole build: only the YAML grammar and two themes,
// light and dark emitted as CSS variables (the stylesheet picks one by colour scheme).
import { createHighlighterCoreSync, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import yaml from 'shiki/langs/yaml.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';

let highlighter: HighlighterCore | undefined;

function get(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [githubLight, githubDark],
    langs: [yaml],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** Highlighted HTML for a YAML text; shiki escapes the text, so the result is safe to insert. */
export function highlightYaml(code: string): string {
  return get().codeToHtml(code, {
    lang: 'yaml',
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
  });
}
