/** Stylesheet generated at build time by astro.config.mjs (the band colours of src/lib/render/palette.ts). */
declare module 'virtual:band-colours.css';
