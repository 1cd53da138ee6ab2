// One shiki highlighter for the whole build: only the YAML grammar and two themes
// (GitHub light and dark). The few colour pairs YAML uses become short class names styled
// once in global.css (light and dark by colour scheme), which keeps 50,000 pages small.
//
// Speed: tokenizing once per theme doubles the cost, and for YAML the two GitHub themes
// colour the same tokens, so the light theme's colour names the pair. Code whose tokens
// use a colour outside the table is highlighted the full way instead (two themes, inline
// variables), so nothing is ever shown in the wrong colours.
import { createHighlighterCoreSync, type GrammarState, type HighlighterCore } from 'shiki/core';
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

type Highlighted = { html: string; end: number } | { html: undefined; end: number };

/**
 * Line results by the grammar state a line starts in and its text. A line's tokens depend
 * on nothing else (this is how editors re-tokenize only changed lines), and policy files
 * repeat most of their lines (keys, rules, limits, the comments a snippet shares with its
 * server's file), so most lines are tokenized once per build.
 */
const lineCache = new Map<string, Highlighted>();
const LINE_CACHE_LIMIT = 300_000;
/** Grammar states by a key holding everything tokenizing the next line reads from them (0: the first line's). */
const stateIds = new Map<string, number>();
const statesById: (GrammarState | undefined)[] = [undefined];
const stateKeys = new WeakMap<object, string>();

interface ScopeList { parent: ScopeList | null; scopeName: string; tokenAttributes: number }
interface StackElement {
  parent: StackElement | null;
  ruleId: number;
  beginRuleCapturedEOL: boolean;
  endRule: string | null;
  nameScopesList: ScopeList | null;
  contentNameScopesList: ScopeList | null;
}

function scopesKey(list: ScopeList | null): string {
  let key = '';
  for (let s = list; s; s = s.parent) key += `${s.scopeName}=${s.tokenAttributes},`;
  return key;
}

/**
 * The full identity of a state stack: per element its rule, end pattern, whether its begin
 * match took the line end, and its scopes with their attributes (the positions in it are
 * reset at each line start, so they are not part of it).
 */
function stateKey(state: GrammarState): string {
  const stack = (state as unknown as { getInternalStack(): StackElement }).getInternalStack();
  let key = stateKeys.get(stack);
  if (key === undefined) {
    key = '';
    for (let e: StackElement | null = stack; e; e = e.parent) {
      key += `${e.ruleId}|${e.beginRuleCapturedEOL ? 1 : 0}|${JSON.stringify(e.endRule)}|${scopesKey(e.nameScopesList)}|${scopesKey(e.contentNameScopesList)};`;
    }
    stateKeys.set(stack, key);
  }
  return key;
}

function stateId(state: GrammarState): number {
  const key = stateKey(state);
  let id = stateIds.get(key);
  if (id === undefined) {
    id = statesById.length;
    stateIds.set(key, id);
    statesById.push(state);
  }
  return id;
}

function highlightLine(line: string, start: number): Highlighted {
  const cacheKey = `${start}\n${line}`;
  const hit = lineCache.get(cacheKey);
  if (hit) return hit;
  const h = get();
  const grammarState = statesById[start];
  const tokens = h.codeToTokensBase(line, { lang: 'yaml', theme: 'github-light', ...(grammarState ? { grammarState } : {}) });
  const end = stateId(h.getLastGrammarState(tokens)!);
  let html: string | undefined = '';
  for (const token of tokens[0] ?? []) {
    const known = token.color ? TOKEN_CLASSES[token.color.toUpperCase()] : undefined;
    if (!known) {
      html = undefined;
      break;
    }
    html += `<span class="${known[1]}">${escapeHtml(token.content)}</span>`;
  }
  const result: Highlighted = { html, end };
  if (lineCache.size >= LINE_CACHE_LIMIT) lineCache.clear();
  lineCache.set(cacheKey, result);
  return result;
}

/** Highlighted HTML for a YAML text; the text is escaped, so the result is safe to insert. */
export function highlightYaml(code: string): string {
  // Lines as shiki splits them; an empty line is skipped by the tokenizer and keeps the state.
  const lines = code.split(/\r?\n/);
  let state = 0;
  let html = '<pre class="shiki" tabindex="0"><code>';
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) html += '\n';
    const line = lines[i]!;
    if (line !== '') {
      const result = highlightLine(line, state);
      if (result.html === undefined) return highlightYamlBothThemes(code);
      html += `<span class="line">${result.html}</span>`;
      state = result.end;
    } else {
      html += '<span class="line"></span>';
    }
  }
  return `${html}</code></pre>`;
}

/** The same HTML by tokenizing the whole text at once, as shiki does (for tests). */
export function highlightYamlUncached(code: string): string {
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
