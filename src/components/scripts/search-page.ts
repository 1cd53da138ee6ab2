// The /search/ page: query and filters live in the URL, so results can be linked.
import { loadPagefind, renderResult } from './search.ts';

const PAGE = 20;

export function enhanceSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = Array.from(form.querySelectorAll<HTMLSelectElement>('select'));
  const statusEl = root.querySelector<HTMLElement>('[data-status]')!;
  const results = root.querySelector<HTMLElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const base = root.dataset.base ?? '/';

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';

  let seq = 0;
  let shown = 0;
  let all: { id: string; data(): Promise<Parameters<typeof renderResult>[0]> }[] = [];
  const list = document.createElement('ol');
  list.className = 'result-list';
  list.setAttribute('aria-label', 'Search results');

  const showMore = async () => {
    const slice = all.slice(shown, shown + PAGE);
    const mine = seq;
    const data = await Promise.all(slice.map((r) => r.data()));
    if (mine !== seq) return;
    data.forEach((d, i) => {
      const li = renderResult(d, `result-${shown + i}`);
      li.querySelector('a')?.removeAttribute('role');
      list.append(li);
    });
    shown += slice.length;
    more.hidden = shown >= all.length;
  };

  const run = async () => {
    const term = input.value.trim();
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.name] = select.value;
    const url = new URL(location.href);
    url.search = '';
    if (term) url.searchParams.set('q', term);
    for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v);
    history.replaceState(null, '', url);
    const mine = ++seq;
    if (!term && !Object.keys(filters).length) {
      list.replaceChildren();
      results.replaceChildren();
      statusEl.textContent = 'Type a tool name or words from its description, or choose a filter.';
      more.hidden = true;
      return;
    }
    let pagefind;
    try {
      pagefind = await loadPagefind(base);
    } catch {
      statusEl.textContent = 'Search is not available on this copy of the site (no index was built).';
      return;
    }
    const search = await pagefind.search(term || null, { filters });
    if (mine !== seq) return;
    all = search.results;
    shown = 0;
    list.replaceChildren();
    results.replaceChildren(list);
    statusEl.textContent = all.length ? `${all.length} result${all.length === 1 ? '' : 's'}${term ? ` for “${term}”` : ''}.` : `No results${term ? ` for “${term}”` : ''} with these filters.`;
    await showMore();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 150);
  });
  for (const select of selects) select.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore());
  void run();
}
