import { describe, expect, it } from 'vitest';
import { isLoopback, isPreviewSite, siteAddress } from '../../src/lib/site/site-address';

describe('the address a build is made for', () => {
  it('refuses a publishing build without SITE_URL, saying what to set', () => {
    expect(() => siteAddress({}, true)).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL is not set: a published build needs the public address, e.g. SITE_URL=https://ispeed.example.gov.vn SITE_BASE=/ispeed/ npm run build. For a local preview use npm start.]`,
    );
  });

  it('refuses a loopback address for publishing', () => {
    expect(() => siteAddress({ SITE_URL: 'http://localhost:4321' }, true)).toThrow(/this machine's own address/);
    expect(() => siteAddress({ SITE_URL: 'http://127.0.0.1' }, true)).toThrow(/this machine's own address/);
  });

  it('refuses an address that is not one, or that carries the sub-path', () => {
    expect(() => siteAddress({ SITE_URL: 'ispeed.gov.vn' }, true)).toThrow(/is not an address/);
    expect(() => siteAddress({ SITE_URL: 'ftp://ispeed.gov.vn' }, true)).toThrow(/must start with https/);
    expect(() => siteAddress({ SITE_URL: 'https://x.gov.vn/ispeed' }, true)).toThrow(/put the path in SITE_BASE/);
  });

  it.each([
    [{ SITE_URL: 'https://x.gov.vn', SITE_BASE: '/ispeed/' }, true, 'https://x.gov.vn', '/ispeed/', false],
    [{ SITE_URL: 'https://x.gov.vn/', SITE_BASE: 'ispeed' }, true, 'https://x.gov.vn', '/ispeed/', false],
    [{ SITE_URL: 'https://x.gov.vn' }, true, 'https://x.gov.vn', '/', false],
    [{ PREVIEW: '1' }, true, 'http://localhost:4321', '/', true],
    [{ PREVIEW: '1', SITE_URL: 'http://127.0.0.1:8080' }, true, 'http://127.0.0.1:8080', '/', true],
    [{}, false, 'http://localhost:4321', '/', true],
  ])('%j (publishing: %s) → %s%s, preview %s', (env, publishing, site, base, preview) => {
    expect(siteAddress(env, publishing)).toEqual({ site, base, preview });
  });

  it('knows loopback addresses', () => {
    expect(
      ['http://localhost:4321', 'http://127.0.0.1', 'http://[::1]:80', 'http://a.localhost'].map(isLoopback),
    ).toEqual([true, true, true, true]);
    expect(isLoopback('https://ispeed.kiengiang.gov.vn')).toBe(false);
    expect(isPreviewSite(undefined)).toBe(true);
    expect(isPreviewSite(new URL('https://ispeed.example.test'))).toBe(false);
  });
});
