/**
 * /bao-cao/in/YYYY-MM.css: the page margin boxes of one month's printed summary. The month's name
 * and "Trang N/M" go on every printed page, whoever prints it and with whatever browser settings;
 * a stylesheet per month because the strict CSP allows no inline style.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../lib/data/load';
import { formatMonth } from '../../../lib/text/format';
import { monthPaths } from '../../../lib/site/routes';

export const getStaticPaths = (() => monthPaths()) satisfies GetStaticPaths;

/** A CSS string literal of `text`. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;
}

export const GET: APIRoute = ({ params }) => {
  const { area, campaign } = loadSiteData();
  const month = campaign.months.find((m) => m.month === params.month);
  if (!month) throw new Error(`no month ${params.month} in data/campaign.json`);
  const head = `Số mẫu đo i-Speed ${formatMonth(month.month)} – ${area.name}${month.illustrative ? ' – SỐ LIỆU MINH HỌA' : ''}`;
  const css = `@media print {
  @page {
    size: A4;
    margin: 14mm 11mm 13mm;
    @top-left {
      content: ${cssString(head)};
      font: 8pt system-ui, sans-serif;
      color: #4a4a4a;
    }
    @bottom-right {
      content: "Trang " counter(page) "/" counter(pages);
      font: 8pt system-ui, sans-serif;
      color: #4a4a4a;
    }
  }
}
`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
