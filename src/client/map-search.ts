/**
 * The "Tìm xã, phường" combobox (ARIA 1.2 pattern: an input with a listbox popup, the active option
 * in aria-activedescendant, arrow keys, Enter, Escape, results announced). It replaces, with
 * JavaScript, the plain list of links shown without it. Names are written with textContent only.
 */
import { buildSearchIndex, searchUnits, type SearchResult, type SearchUnit } from '../lib/model/map-search';

export function setupSearch(root: HTMLElement, units: SearchUnit[], onChoose: (code: string) => void): void {
  const box = root.querySelector<HTMLElement>('[data-search-box]');
  const input = box?.querySelector<HTMLInputElement>('input[role="combobox"]');
  const list = box?.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = box?.querySelector<HTMLElement>('[data-search-status]');
  if (!box || !input || !list || !status) return;
  box.hidden = false;
  const fallback = root.querySelector<HTMLElement>('[data-unit-list]');
  if (fallback) fallback.hidden = true;
  const index = buildSearchIndex(units);
  let results: SearchResult[] = [];
  let active = -1;

  const optionId = (i: number) => `${list.id}-${i}`;
  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', optionId(i));
      document.getElementById(optionId(i))?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const render = () => {
    const query = input.value;
    results = searchUnits(index, query, 8);
    list.replaceChildren(
      ...results.map((r, i) => {
        const li = document.createElement('li');
        li.id = optionId(i);
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset['code'] = r.code;
        li.textContent = r.name;
        if (r.formerly !== undefined) {
          const was = document.createElement('span');
          was.className = 'map-search-was';
          was.textContent = ` (trước đây: ${r.formerly})`;
          li.append(was);
        }
        return li;
      }),
    );
    const open = results.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    setActive(-1);
    status.textContent =
      query.trim() === ''
        ? ''
        : open
          ? `${results.length} kết quả. Dùng phím mũi tên để chọn.`
          : 'Không tìm thấy xã, phường nào có tên này.';
  };
  const choose = (i: number) => {
    const r = results[i];
    if (!r) return;
    input.value = r.name;
    close();
    status.textContent = `Đã chọn ${r.name}.`;
    onChoose(r.code);
  };

  input.addEventListener('input', render);
  input.addEventListener('keydown', (e) => {
    const n = results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) render();
      if (results.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n);
    } else if (e.key === 'Enter') {
      if (list.hidden) return;
      e.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else input.value = '';
    }
  });
  // Press (not click) so the input keeps focus until the choice is made.
  list.addEventListener('pointerdown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const li = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (li) choose([...list.children].indexOf(li));
  });
  input.addEventListener('blur', () => close());
}
