/**
 * The commune card (name, figures, change, link to the unit's page) and the live region under the
 * map that says a commune's sentence on focus, hover and tap. Its only state is the commune the
 * card shows. The text is computed by `cardText` (pure, unit-tested) and reaches the DOM only
 * through textContent and attributes.
 */
import { formatMonth, formatNumber, formatPercent, signed } from '../../lib/text/format';
import { band } from '../../lib/model/bands';
import { labelOf } from './data';
import type { Commune, MapData } from './types';

/** What the card says about a commune, field by field (`data-card-<field>`). */
export interface CardText {
  name: string;
  district: string;
  count: string;
  share: string;
  gap: string;
  change: string;
  /** Pace and per-1,000 sentences, one per line ('' for another month than the page's). */
  notes: string;
  /** The unit's page, and the link's text. */
  href: string;
  link: string;
}

/** The card's lines for commune `code` in the month `data` shows; `unitBase` is the unit pages' folder. */
export function cardText(code: string, c: Commune, data: MapData, unitBase: string): CardText {
  const { previousMonth } = data;
  const figures =
    c.count === null
      ? { count: band('none').label, share: '', gap: `Chưa có số mẫu đo của ${formatMonth(data.month)}.` }
      : {
          count: `${formatNumber(c.count)} mẫu đo`,
          share: `· ${formatPercent(c.count / c.target)} chỉ tiêu ${formatNumber(c.target)}`,
          gap: c.count >= c.target ? 'Đã đạt chỉ tiêu' : `Còn thiếu ${formatNumber(c.target - c.count)} mẫu đo`,
        };
  return {
    name: c.name,
    district: c.district,
    ...figures,
    change:
      c.change !== undefined && previousMonth ? `${signed(c.change)} mẫu đo so với ${formatMonth(previousMonth)}` : '',
    notes: (c.notes ?? []).join('\n'),
    href: `${unitBase}${code}/`,
    link: `Xem trang ${c.name} →`,
  };
}

export interface Card {
  /** The commune the card shows, if it is open. */
  readonly chosen: string | undefined;
  /** Fills the card for `code` and opens it. */
  show(code: string, data: MapData): void;
  /** A new month: clears the live region and refills the open card. */
  refresh(data: MapData): void;
  hide(): void;
  /** Says a commune's sentence in the live region. */
  say(c: Commune | undefined): void;
  scrollIntoView(): void;
}

const FIELDS = ['name', 'district', 'count', 'share', 'gap', 'change', 'notes'] as const;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * `close` is called when the reader closes the card (its button, or Escape inside it); `refocus`
 * asks for keyboard focus back on the commune, as after the close button.
 */
export function createCard(
  card: HTMLElement,
  info: HTMLElement,
  unitBase: string,
  close: (refocus: boolean) => void,
): Card {
  let chosen: string | undefined;
  const field = (name: string) => card.querySelector<HTMLElement>(`[data-card-${name}]`);

  function fill(code: string, data: MapData): void {
    const c = data.communes.get(code);
    if (!c) return;
    const text = cardText(code, c, data, unitBase);
    for (const name of FIELDS) {
      const el = field(name);
      if (el) el.textContent = text[name];
    }
    const link = field('link');
    if (link instanceof HTMLAnchorElement) {
      link.href = text.href;
      link.textContent = text.link;
      // In the embedded map (an iframe on a news site) the page opens in the top window.
      if (window.self !== window.top) link.target = '_top';
    }
  }

  card.querySelector('[data-card-close]')?.addEventListener('click', () => close(true));
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close(false);
  });

  return {
    get chosen() {
      return chosen;
    },
    show(code, data) {
      chosen = code;
      fill(code, data);
      card.hidden = false;
    },
    refresh(data) {
      info.textContent = '';
      if (chosen !== undefined) fill(chosen, data);
    },
    hide() {
      chosen = undefined;
      card.hidden = true;
    },
    say(c) {
      if (c) info.textContent = labelOf(c);
    },
    scrollIntoView() {
      card.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    },
  };
}
