/**
 * The "Tìm xã, phường" combobox (ARIA 1.2 pattern: an input with a listbox popup, the active option
 * in aria-activedescendant, arrow keys, Enter, Escape, results announced). It replaces, with
 * JavaScript, the plain list of links shown without it. Matching is src/lib/model/map-search.ts;
 * what the status says and which option the arrows make active are pure functions here. Its state
 * is the results shown and the active option. Names are written with textContent only.
 */
import { buildSearchIndex, searchUnits, type SearchResult, type SearchUnit } from '../../lib/model/map-search';

/** How many results the list shows at most. */
export const SEARCH_LIMIT = 8;

/** What the status line announces for `query` with `count` results. */
export function searchStatus(query: string, count: number): string {
  if (query.trim() === '') return '';
  return count > 0
    ? `${count} kết quả. Dùng phím mũi tên để chọn.`
    : `Không tìm thấy xã, phường nào khớp với “${query.trim()}”.`;
}

/** The option an arrow key makes active: from none, Down goes to the first and Up to the last; wraps. */
export function nextActive(active: number, step: 1 | -1, count: number): number {
  if (active < 0) return step > 0 ? 0 : count - 1;
  return (active + step + count) % count;
}

/** Why an option is listed when its own name did not match: a former name, its district, the unit it became. */
export function optionNote(r: SearchResult): string {
  if (r.formerly !== undefined) return `trước đây: ${r.formerly}`;
  if (r.district !== undefined) return r.district;
  if (r.later !== undefined) return `nay thuộc ${r.later}`;
  return '';
}

/** One option of the listbox: the name, and the former name that matched, if only that did. */
function optionOf(r: SearchResult, id: string): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset['code'] = r.code;
  li.textContent = r.name;
  const why = optionNote(r);
  if (why !== '') {
    const was = document.createElement('span');
    was.className = 'map-search-was';
    was.textContent = ` (${why})`;
    li.append(was);
  }
  return li;
}

interface Combobox {
  input: HTMLInputElement;
  list: HTMLUListElement;
  status: HTMLElement;
}

/** The combobox's behaviour over its elements; `onChoose` gets the chosen unit's code. */
function combobox({ input, list, status }: Combobox, units: SearchUnit[], onChoose: (code: string) => void) {
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
    results = searchUnits(index, input.value, SEARCH_LIMIT);
    list.replaceChildren(...results.map((r, i) => optionOf(r, optionId(i))));
    const open = results.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    setActive(-1);
    status.textContent = searchStatus(input.value, results.length);
    // "Not found" is also shown, not only announced: otherwise a sighted user sees nothing happen.
    status.classList.toggle('sr-only', results.length > 0 || input.value.trim() === '');
  };
  const choose = (i: number) => {
    const r = results[i];
    if (!r) return;
    input.value = r.name;
    close();
    status.textContent = `Đã chọn ${r.name}.`;
    status.classList.add('sr-only');
    onChoose(r.code);
  };
  return {
    render,
    close,
    choose,
    /** Moves the active option; opens the list first if it is closed. */
    step(step: 1 | -1) {
      if (list.hidden) render();
      if (results.length > 0) setActive(nextActive(active, step, results.length));
    },
    chooseActive: () => choose(active >= 0 ? active : 0),
  };
}

export function setupSearch(root: HTMLElement, units: SearchUnit[], onChoose: (code: string) => void): void {
  const box = root.querySelector<HTMLElement>('[data-search-box]');
  const input = box?.querySelector<HTMLInputElement>('input[role="combobox"]');
  const list = box?.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = box?.querySelector<HTMLElement>('[data-search-status]');
  if (!box || !input || !list || !status) return;
  box.hidden = false;
  const fallback = root.querySelector<HTMLElement>('[data-unit-list]');
  if (fallback) fallback.hidden = true;
  const c = combobox({ input, list, status }, units, onChoose);

  input.addEventListener('input', c.render);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      c.step(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      if (list.hidden) return;
      e.preventDefault();
      c.chooseActive();
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        c.close();
      } else input.value = '';
    }
  });
  // Press (not click) so the input keeps focus until the choice is made.
  list.addEventListener('pointerdown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const li = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (li) c.choose([...list.children].indexOf(li));
  });
  input.addEventListener('blur', () => c.close());
}
