// Client-side search over the pagefind index written at build time. Results are built
// with DOM methods from text: nothing from the index is inserted as HTML except pagefind's
// <mark> highlights, which are rebuilt element by element.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
  debouncedSearch(term: string | null, options?: { filters?: Record<string, string> }, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base.replace(/\/?$/, '/'), excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Copies pagefind's excerpt into `target` as text, keeping only its <mark> elements. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  for (const node of Array.from(doc.body.childNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(document.createTextNode(node.textContent ?? ''));
    }
  }
}

function badge(kind: 'category' | 'risk', value: string | undefined): HTMLElement | null {
  if (!value) return null;
  const span = document.createElement('span');
  span.className = `badge ${value.replace(/[^a-z-]/g, '')}`;
  const label = document.createElement('span');
  label.className = 'label';
  label.textContent = kind === 'category' ? 'Category' : 'Risk';
  span.append(label, ` ${value}`);
  return span;
}

export function renderResult(data: PagefindResultData, id: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  a.id = id;
  a.setAttribute('role', 'option');
  const title = document.createElement('div');
  title.className = 'result-title';
  title.textContent = data.meta.title ?? data.url;
  const meta = document.createElement('div');
  meta.className = 'result-meta';
  const kind = document.createElement('span');
  kind.textContent = data.meta.kind === 'server' ? 'Server' : `Tool on ${data.meta.server ?? 'a server'}`;
  meta.append(kind);
  for (const el of [badge('category', data.meta.category), badge('risk', data.meta.risk ?? data.meta.highest)]) if (el) meta.append(el);
  const excerpt = document.createElement('div');
  excerpt.className = 'result-excerpt';
  appendExcerpt(excerpt, data.excerpt);
  a.append(title, meta, excerpt);
  li.append(a);
  return li;
}

function status(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-status';
  p.setAttribute('role', 'status');
  p.textContent = text;
  return p;
}

/** The header boxes: live results under the input, arrow keys to move, Escape to close, "/" to focus. */
export function enhanceSearchBoxes(): void {
  const boxes = Array.from(document.querySelectorAll<HTMLElement>('[data-search-box]'));
  for (const box of boxes) {
    const input = box.querySelector<HTMLInputElement>('input[type="search"]');
    const panel = box.querySelector<HTMLElement>('.search-results');
    const base = box.dataset.base ?? '/';
    if (!input || !panel || box.dataset.enhanced) continue;
    box.dataset.enhanced = 'true';
    let seq = 0;

    const close = () => {
      panel.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    };
    const options = () => Array.from(panel.querySelectorAll<HTMLAnchorElement>('a[role="option"]'));

    input.addEventListener('input', async () => {
      const term = input.value.trim();
      const mine = ++seq;
      if (!term) {
        panel.replaceChildren();
        close();
        return;
      }
      let pagefind: Pagefind;
      try {
        pagefind = await loadPagefind(base);
      } catch {
        panel.replaceChildren(status('Search is not available on this copy of the site (no index was built).'));
        panel.hidden = false;
        return;
      }
      const search = await pagefind.debouncedSearch(term, {}, 120);
      if (!search || mine !== seq) return;
      const top = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
      if (mine !== seq) return;
      const list = document.createElement('ul');
      list.className = 'result-list';
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-label', 'Search results');
      top.forEach((data, i) => list.append(renderResult(data, `${input.id}-option-${i}`)));
      const count = search.results.length;
      const summary = status(count ? `${count} result${count === 1 ? '' : 's'}${count > top.length ? `, showing ${top.length}` : ''}. Press Enter for all results and filters.` : `No results for “${term}”.`);
      panel.replaceChildren(...(count ? [list, summary] : [summary]));
      panel.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    });

    box.addEventListener('keydown', (event) => {
      const items = options();
      const index = items.findIndex((a) => a === document.activeElement);
      if (event.key === 'Escape') {
        close();
        input.focus();
      } else if (event.key === 'ArrowDown' && items.length) {
        event.preventDefault();
        const next = items[Math.min(index + 1, items.length - 1)]!;
        next.focus();
        input.setAttribute('aria-activedescendant', next.id);
      } else if (event.key === 'ArrowUp' && items.length) {
        event.preventDefault();
        if (index <= 0) input.focus();
        else items[index - 1]!.focus();
      }
    });
    box.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (!next || !box.contains(next)) close();
    });
    input.addEventListener('focus', () => {
      if (panel.childElementCount && input.value.trim()) {
        panel.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    });
  }

  if (!document.documentElement.dataset.searchShortcut) {
    document.documentElement.dataset.searchShortcut = 'true';
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const input = document.querySelector<HTMLInputElement>('[data-search-box] input[type="search"]');
      if (input) {
        event.preventDefault();
        input.focus();
      }
    });
  }
}
