// The search index: pagefind over the built pages (only tool and server pages carry
// data-pagefind-body). Pagefind reports problems in `errors` arrays instead of throwing;
// every one of them fails the build.
//
// Speed: pagefind's cost grows with the bytes of HTML it parses, and most of a page is
// never indexed (head, site header and footer, and the data-pagefind-ignore blocks that
// hold the policies, FAQ and related tools). So each page is handed to pagefind as
// `searchableHtml` makes it: the same document with those parts left out, which pagefind
// indexes exactly as it would the whole page. Pages without data-pagefind-body are not
// sent at all (pagefind skips them when any page has one).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { runWorker } from './run-worker.ts';

export interface SearchIndexResult {
  pages: number;
  outputPath: string;
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

const BODY = 'data-pagefind-body';
const IGNORE = 'data-pagefind-ignore';
const ANY = 'data-pagefind-';

/** One start tag at `at`: name, attributes and where it ends; undefined if `<` there starts no start tag. */
const START_TAG = /<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gy;

interface StartTag {
  name: string;
  start: number;
  end: number;
  attributes: Map<string, string>;
}

function startTagAt(html: string, at: number): StartTag | undefined {
  START_TAG.lastIndex = at;
  const m = START_TAG.exec(html);
  if (!m) return undefined;
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  const attrText = m[2]!;
  for (let a = ATTRIBUTE.exec(attrText); a; a = ATTRIBUTE.exec(attrText)) {
    attributes.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
  }
  return { name: m[1]!.toLowerCase(), start: at, end: START_TAG.lastIndex, attributes };
}

/** The start tag whose attribute text holds position `pos`, if any. */
function startTagAround(html: string, pos: number): StartTag | undefined {
  const open = html.lastIndexOf('<', pos);
  if (open < 0) return undefined;
  const tag = startTagAt(html, open);
  return tag && tag.end > pos ? tag : undefined;
}

/**
 * Where the element opened by `tag` ends (just after its end tag), counting nested
 * elements of the same name and skipping script and style text; undefined if unclosed.
 * Built pages escape "<" in text and attribute values, so outside script and style
 * every "<name" is a tag.
 */
function elementEnd(html: string, tag: StartTag, limit: number): number | undefined {
  const re = new RegExp(`<(/?)(${tag.name}|script|style)(?=[\\s/>])`, 'gi');
  re.lastIndex = tag.end;
  let depth = 1;
  for (let m = re.exec(html); m && m.index < limit; m = re.exec(html)) {
    const name = m[2]!.toLowerCase();
    const closing = m[1] === '/';
    if (name !== tag.name) {
      if (closing) continue;
      const rawEnd = new RegExp(`</${name}`, 'gi');
      rawEnd.lastIndex = m.index;
      if (!rawEnd.exec(html)) return undefined;
      re.lastIndex = rawEnd.lastIndex;
      continue;
    }
    const gt = html.indexOf('>', m.index);
    if (gt < 0) return undefined;
    if (closing) {
      depth -= 1;
      if (depth === 0) return gt + 1;
    } else if (html[gt - 1] !== '/') {
      depth += 1;
    }
    re.lastIndex = gt + 1;
  }
  return undefined;
}

/** True if `html[from, to)` mentions a pagefind attribute other than data-pagefind-ignore (text included: cautious). */
function mentionsPagefind(html: string, from: number, to: number): boolean {
  for (let i = html.indexOf(ANY, from); i >= 0 && i < to; i = html.indexOf(ANY, i + ANY.length)) {
    if (!html.startsWith(IGNORE, i)) return true;
  }
  return false;
}

/**
 * The page as pagefind needs it: doctype, the `<html>` start tag, the `<title>`, and the
 * data-pagefind-body element with the content of each data-pagefind-ignore element in it
 * left out (the elements themselves stay, empty). Only parts that hold no pagefind
 * attribute other than data-pagefind-ignore are left out, so filters, metadata, sorts and
 * weights are all still there; where that cannot be shown, the page is returned whole.
 * Undefined for a page without data-pagefind-body.
 */
export function searchableHtml(html: string): string | undefined {
  let bodyTag: StartTag | undefined;
  for (let i = html.indexOf(BODY); i >= 0; i = html.indexOf(BODY, i + BODY.length)) {
    const tag = startTagAround(html, i);
    if (tag?.attributes.has(BODY)) {
      bodyTag = tag;
      break;
    }
  }
  if (!bodyTag) return html.includes(BODY) ? html : undefined;
  const bodyEnd = elementEnd(html, bodyTag, html.length);
  const htmlOpen = /^\s*<!doctype html>\s*(<html(?:\s[^>]*)?>)/iu.exec(html);
  if (bodyEnd === undefined || !htmlOpen || mentionsPagefind(html, 0, bodyTag.start) || mentionsPagefind(html, bodyEnd, html.length)) return html;
  if (html.indexOf(BODY, bodyTag.end) >= 0) return html; // a second body: leave it to pagefind
  const titleStart = html.indexOf('<title>');
  const titleEnd = html.indexOf('</title>', titleStart);
  const title = titleStart >= 0 && titleEnd >= 0 && titleStart < bodyTag.start ? html.slice(titleStart, titleEnd + '</title>'.length) : '';

  let out = `<!doctype html>${htmlOpen[1]}<head>${title}</head><body>`;
  let copied = bodyTag.start;
  for (let i = html.indexOf(IGNORE, bodyTag.end); i >= 0 && i < bodyEnd; i = html.indexOf(IGNORE, i + IGNORE.length)) {
    const tag = startTagAround(html, i);
    if (!tag?.attributes.has(IGNORE)) continue;
    const end = elementEnd(html, tag, bodyEnd);
    if (end === undefined) return html;
    const close = html.lastIndexOf('</', end - 1);
    if (!mentionsPagefind(html, tag.end, close)) {
      out += html.slice(copied, tag.end);
      copied = close;
    }
    i = end - IGNORE.length;
  }
  out += html.slice(copied, bodyEnd);
  return `${out}</body></html>`;
}

function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) files.push(join(entry.parentPath, entry.name));
  }
  return files.sort();
}

/** Writes the reduced form of each page in `files` (paths relative to `siteDir`; their folders exist) under `staging`; returns how many were written. */
export function stagePages(siteDir: string, staging: string, files: readonly string[]): number {
  let pages = 0;
  for (const file of files) {
    const content = searchableHtml(readFileSync(join(siteDir, file), 'utf8'));
    if (content === undefined) continue;
    writeFileSync(join(staging, file), content);
    pages += 1;
  }
  return pages;
}

/** Stages the pages on several threads (reading and reducing 50,000 pages takes a while). */
async function stageInParallel(siteDir: string, staging: string, files: string[]): Promise<number> {
  const threads = Math.min(availableParallelism(), 4);
  if (threads <= 1 || files.length < 2_000) return stagePages(siteDir, staging, files);
  const shares = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const counts = await Promise.all(shares.map((share) => runWorker<number>(new URL('./search-stage-worker.ts', import.meta.url), { siteDir, staging, files: share }, 'search staging')));
  return counts.reduce((a, b) => a + b, 0);
}

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  // Pagefind indexes a folder on all cores (pages sent one by one are indexed on one), so
  // the reduced pages are written to a folder of their own, at the same relative paths.
  const staging = mkdtempSync(join(tmpdir(), 'mcp-catalogue-search-'));
  try {
    const outputPath = join(siteDir, 'pagefind');
    const files = htmlFiles(siteDir).filter((f) => !f.startsWith(outputPath + sep)).map((f) => relative(siteDir, f));
    // Folders first, in path order: pagefind reads a folder in the order the file system
    // lists it, which for small folders is the order entries were made, so the index does
    // not depend on which thread wrote a page (each page has a folder of its own).
    for (const dir of new Set(files.map((f) => dirname(f)))) mkdirSync(join(staging, dir), { recursive: true });
    const pages = await stageInParallel(siteDir, staging, files);
    if (pages === 0) fail('addDirectory', [`no pages with data-pagefind-body were found in ${siteDir}`]);
    const created = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '_-.' });
    if (created.errors.length || !created.index) fail('createIndex', created.errors.length ? created.errors : ['no index was returned']);
    const { index } = created;
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length) fail('addDirectory', added.errors);
    if (added.page_count !== pages) fail('addDirectory', [`${pages} pages were written for the index but pagefind read ${added.page_count}`]);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('writeFiles', written.errors);
    return { pages: added.page_count, outputPath: written.outputPath };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    await pagefind.close();
  }
}
