/** Stylesheet generated at build time by astro.config.mjs (the band colours of src/lib/palette.ts). */
declare module 'virtual:band-colours.css';
