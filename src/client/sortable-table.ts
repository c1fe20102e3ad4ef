/**
 * Makes tables marked `data-sortable-table` sortable by any column. Without JavaScript the table
 * stays as rendered (already in a useful order). Each column header becomes a button; `aria-sort`
 * tells screen readers the current order.
 */
import { viCollator } from '../lib/text/format';

function cellValue(row: HTMLTableRowElement, index: number): string {
  return row.cells[index]?.dataset['sort'] ?? '';
}

function sortBy(table: HTMLTableElement, index: number, type: string, ascending: boolean): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  rows.sort((a, b) => {
    const va = cellValue(a, index);
    const vb = cellValue(b, index);
    const cmp =
      type === 'number'
        ? (va === '' ? -Infinity : Number(va)) - (vb === '' ? -Infinity : Number(vb))
        : viCollator.compare(va, vb);
    return ascending ? cmp : -cmp;
  });
  body.append(...rows);
}

/** Turns every header cell of marked tables into a sort button. Safe to call again after a swap. */
export function enhanceSortableTables(root: ParentNode = document): void {
  for (const wrapper of root.querySelectorAll<HTMLElement>('[data-sortable-table]:not([data-enhanced])')) {
    wrapper.dataset['enhanced'] = '';
    const table = wrapper.querySelector('table');
    if (!table) continue;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'inline-flex min-h-6 items-center gap-1 font-bold underline decoration-dotted';
      button.textContent = th.textContent ?? '';
      const arrow = document.createElement('span');
      arrow.setAttribute('aria-hidden', 'true');
      button.append(arrow);
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) {
          other.removeAttribute('aria-sort');
          const a = other.querySelector('span[aria-hidden]');
          if (a) a.textContent = '';
        }
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        arrow.textContent = ascending ? '▲' : '▼';
        sortBy(table, index, th.dataset['sortType'] ?? 'text', ascending);
      });
    });
  }
}
