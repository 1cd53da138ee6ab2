// Sorting and filtering for the servers table. The table is complete without this.

export function enhanceServerTable(): void {
  const table = document.querySelector<HTMLTableElement>('table[data-sortable]');
  const tbody = table?.tBodies[0];
  if (!table || !tbody) return;
  const rows = Array.from(tbody.rows);
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);

  headers.forEach((th, column) => {
    const kind = th.dataset.sort;
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent ?? '';
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const value = (row: HTMLTableRowElement) => row.cells[column]?.dataset.value ?? '';
      const sorted = [...rows].sort((a, b) => {
        const cmp = kind === 'number' ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
        return (ascending ? cmp : -cmp) || value(a).localeCompare(value(b));
      });
      tbody.append(...sorted);
    });
  });

  const controls = document.querySelector<HTMLElement>('[data-server-filters]');
  if (!controls) return;
  controls.hidden = false;
  const text = controls.querySelector<HTMLInputElement>('[data-filter-text]')!;
  const risk = controls.querySelector<HTMLSelectElement>('[data-filter-risk]')!;
  const category = controls.querySelector<HTMLSelectElement>('[data-filter-category]')!;
  const status = controls.querySelector<HTMLElement>('[data-filter-status]')!;
  const apply = () => {
    const needle = text.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible = (!needle || (row.dataset.name ?? '').includes(needle))
        && (!risk.value || row.dataset.risk === risk.value)
        && (!category.value || (row.dataset.categories ?? '').split(' ').includes(category.value));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    status.textContent = `Showing ${shown} of ${rows.length} servers.`;
  };
  for (const el of [text, risk, category]) el.addEventListener('input', apply);
  apply();
}
