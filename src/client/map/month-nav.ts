/**
 * The month navigation with JavaScript: the select replaces the current-month label and the list of
 * links, and month links, the select and Back/Forward switch in place. The switch itself
 * (month-switch.ts, month-page.ts) and the months file load on the first sign the reader may switch —
 * a pointer, a touch or focus on the navigation — or at the first choice, so the first load of the
 * map page carries neither. A link to another vintage's month loads its page as a plain link.
 */
import type { MonthSwitch } from './month-switch';
import type { MapController } from './types';

/** Elements of the month navigation, or undefined when the page has none. */
function findNav() {
  const nav = document.querySelector<HTMLElement>('[data-month-nav]');
  const select = nav?.querySelector<HTMLSelectElement>('[data-month-select]');
  if (!nav || !select) return undefined;
  return { nav, select, status: document.querySelector<HTMLElement>('[data-month-status]') };
}

export function setupMonthNav(map: MapController): void {
  const found = findNav();
  if (!found) return;
  const { nav, select } = found;
  select.hidden = false;
  for (const el of nav.querySelectorAll<HTMLElement>('[data-month-current], [data-month-list]')) el.hidden = true;
  const vintage = map.figure.dataset['vintage'];
  const vintageOf = (month: string | undefined) =>
    [...select.options].find((o) => o.value === month)?.dataset['vintage'];

  let loading: Promise<MonthSwitch> | undefined;
  const load = (): Promise<MonthSwitch> =>
    (loading ??= import('./month-switch').then(
      (m) => {
        const s = m.createMonthSwitch(map, nav, found.select, found.status);
        s.prefetch();
        return s;
      },
      (error: unknown) => {
        loading = undefined; // offline: the links still load their pages; try again next time
        throw error;
      },
    ));
  const switchTo = (month: string, push: boolean, href: string) =>
    load().then(
      (s) => s.switchTo(month, push),
      () => (window.location.href = href),
    );

  for (const type of ['pointerover', 'focusin', 'touchstart'] as const) {
    nav.addEventListener(type, () => void load().catch(() => undefined), { once: true, passive: true });
  }
  document.addEventListener('click', (event: MouseEvent) => {
    const a = (event.target as Element).closest<HTMLAnchorElement>('[data-month-nav] a[data-month]');
    if (!a || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    if (a.dataset['vintage'] !== vintage) return; // another vintage: the link loads its page
    event.preventDefault();
    void switchTo(a.dataset['month'] ?? '', true, a.href);
  });
  select.addEventListener('change', () => {
    const option = select.selectedOptions[0];
    void switchTo(select.value, true, option?.dataset['href'] ?? '');
  });
  history.replaceState({ month: map.data().month }, '');
  window.addEventListener('popstate', (event: PopStateEvent) => {
    const month = (event.state as { month?: string } | null)?.month;
    if (month && vintageOf(month) === vintage) void switchTo(month, false, window.location.href);
    else window.location.reload();
  });
}
