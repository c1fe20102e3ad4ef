/**
 * The month as the site will show it, from the worker's preview: headline figures, the map (the
 * press map's SVG, parsed as SVG and adopted, never written as HTML), the units below target by
 * gap, the change since the month before on the same unit list (none for the first month), a
 * replaced month against its published version, and the report status.
 */
import type { ImportPreview, PreviewRow } from '../../lib/model/import-preview';
import type { StaffPreview } from './types';
import { el, fill, need } from './dom';
import { formatMonth, formatMonthTitle, formatNumber as n, signed } from '../../lib/text/format';
import { REPORT_STATE } from '../../lib/model/report-status';

function table(caption: string, headers: string[], rows: string[][]): HTMLTableElement {
  const t = el('table', { className: 'staff-table' });
  t.append(el('caption', { text: caption, className: 'sr-only' }));
  const head = el('tr');
  for (const h of headers) {
    const th = el('th', { text: h });
    th.scope = 'col';
    head.append(th);
  }
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    r.forEach((cell, i) => tr.append(el(i === 0 ? 'th' : 'td', { text: cell })));
    body.append(tr);
  }
  const thead = el('thead');
  thead.append(head);
  t.append(thead, body);
  return t;
}

function belowRows(rows: readonly PreviewRow[]): string[][] {
  return rows.map((r) => [
    r.name,
    r.count === undefined ? 'Chưa có số liệu' : n(r.count),
    r.gap === undefined ? '—' : n(r.gap),
  ]);
}

/** The SVG document text as an element of this page (parsed as XML: text stays text). */
function svgElement(svg: string, label: string): Element | undefined {
  if (!svg) return undefined;
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg') return undefined;
  root.setAttribute('class', 'staff-map');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', label);
  return document.importNode(root, true);
}

function headline(p: ImportPreview): HTMLElement[] {
  const items: Array<[string, string]> = [
    ['Tổng số mẫu đo', n(p.samples)],
    [`Đơn vị đạt ${n(p.target)} mẫu`, `${n(p.met)} / ${n(p.units)}`],
    ['Đơn vị có số liệu', `${n(p.withData)} / ${n(p.units)}`],
  ];
  if (p.previous !== undefined && p.previousSamples !== undefined) {
    items.push([`So với ${formatMonth(p.previous)}`, signed(p.samples - p.previousSamples)]);
  }
  return items.map(([k, v]) => {
    const box = el('div', { className: 'staff-figure' });
    box.append(el('dt', { text: k }), el('dd', { text: v }));
    return box;
  });
}

const countText = (count: number | undefined): string => (count === undefined ? 'Chưa có số liệu' : n(count));

/** A replacement against the published month: every unit whose count the file changes. */
function replacedPart(p: StaffPreview): HTMLElement[] {
  if (!p.replacing) return [];
  const month = formatMonth(p.month);
  if (p.replacing.length === 0) {
    return [el('p', { text: `Số mẫu trong tệp giống hệt số đã đăng của ${month}: thay thế không đổi đơn vị nào.` })];
  }
  return [
    el('h3', { text: `Thay đổi so với số đã đăng của ${month} (${n(p.replacing.length)} đơn vị)` }),
    table(
      `Thay đổi so với số đã đăng của ${month}`,
      ['Đơn vị', 'Đã đăng', 'Trong tệp', 'Thay đổi'],
      p.replacing.map((r) => [
        r.name,
        countText(r.published),
        countText(r.count),
        r.published === undefined || r.count === undefined ? '—' : signed(r.count - r.published),
      ]),
    ),
  ];
}

/** The change since the month before: none to speak of for the first month. */
function changesPart(p: StaffPreview): HTMLElement[] {
  if (p.previous === undefined) return [];
  if (!p.previousSameVintage) {
    return [
      el('p', {
        text: `${formatMonthTitle(p.previous)} theo danh mục đơn vị khác (trước khi sắp xếp lại đơn vị hành chính), nên không so sánh từng đơn vị.`,
      }),
    ];
  }
  return [
    el('h3', { text: `Thay đổi so với ${formatMonth(p.previousSameVintage)}` }),
    table(
      'Thay đổi',
      ['Đơn vị', 'Số mẫu', 'Thay đổi'],
      p.changes.slice(0, 20).map((r) => [r.name, r.count === undefined ? '—' : n(r.count), signed(r.change ?? 0)]),
    ),
  ];
}

/** Fills the preview section. */
export function renderPreview(section: HTMLElement, p: StaffPreview): void {
  need(section, '[data-preview-title]').textContent = `Xem trước ${formatMonth(p.month)} như trang sẽ hiển thị`;
  fill(need(section, '[data-headline]'), headline(p));
  const map = svgElement(p.svg, `Bản đồ số mẫu đo ${formatMonth(p.month)} theo đơn vị cấp xã (xem bảng bên dưới)`);
  fill(need(section, '[data-preview-map]'), map ? [map] : []);
  fill(need(section, '[data-below]'), [
    el('h3', { text: `Đơn vị chưa đạt ${n(p.target)} mẫu (${n(p.below.length)}), thiếu nhiều nhất trước` }),
    table('Đơn vị chưa đạt', ['Đơn vị', 'Số mẫu', 'Còn thiếu'], belowRows(p.below)),
  ]);
  fill(need(section, '[data-changes]'), [...replacedPart(p), ...changesPart(p)]);
  const r = p.reports;
  need(section, '[data-reports]').textContent = r
    ? `Báo cáo: ${p.reportStates.map((s) => `${n(r[s])} ${REPORT_STATE[s].label.toLowerCase()}`).join(', ')}.`
    : 'Tệp này không có báo cáo của tháng.';
  section.hidden = false;
}
