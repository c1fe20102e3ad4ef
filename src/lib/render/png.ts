/**
 * SVG → PNG at build time with resvg and the DejaVu Sans fonts shipped in npm (full Vietnamese
 * coverage; no system font needed, so a picture is the same on every build machine).
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** The font family the PNG pictures are drawn with. */
export const PNG_FONT = 'DejaVu Sans';

/** Renders an SVG document to PNG bytes at its own size. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
  const png = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [
        require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
        require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
      ],
      defaultFontFamily: PNG_FONT,
    },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}

/** A PNG response for a static route. */
export function pngResponse(svg: string): Response {
  return new Response(renderPng(svg), { headers: { 'Content-Type': 'image/png' } });
}
