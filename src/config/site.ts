/**
 * Site-wide configuration. Everything a deployer may need to change lives here or in the
 * environment (SITE_URL, SITE_BASE). Links marked `confirm: true` were not verified by the team:
 * the site owner must confirm them before launch (they are shown, but flagged in the README).
 */
import { absoluteUrl, joinBase } from '../lib/site/urls';
import { loadSiteData } from '../lib/data/load';
import { formatNumber } from '../lib/text/format';
import { guidesPath, homePath, latestMapPath, officialsPath, pressPath } from '../lib/site/paths';
import { targetFor } from '../lib/data/vintage';

/** The base path the site is built for, always ending in "/". */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Internal link or asset path with the base applied. */
export function url(path: string): string {
  return joinBase(BASE, path);
}

/** Absolute URL (canonical, Open Graph, QR codes). */
export function absolute(path: string, site: URL | undefined): string {
  return absoluteUrl(site?.href ?? 'http://localhost:4321/', BASE, path);
}

// The area (name, owner, target) is data, not code: another area needs another data/area.json.
const { area } = loadSiteData();

export const SITE = {
  name: `Đo tốc độ Internet di động cùng i-Speed – ${area.name}`,
  shortName: `i-Speed ${area.name}`,
  owner: area.owner,
  description: `Chiến dịch đo tốc độ Internet di động bằng ứng dụng i-Speed: mỗi xã, phường, đặc khu của ${area.fullName} cần ít nhất ${formatNumber(targetFor(area))} mẫu đo mỗi tháng.`,
};

export interface ExternalLink {
  label: string;
  /** null until the site owner supplies it; pages then show a search hint instead of a link. */
  href: string | null;
  /** True while the link has not been confirmed by the site owner. */
  confirm: boolean;
}

/** App and web links. Store URLs are deliberately empty: never invent app-store IDs. */
export const LINKS: Record<'android' | 'ios' | 'web' | 'webAlt', ExternalLink> = {
  android: { label: 'i-Speed trên Google Play (CH Play)', href: null, confirm: true },
  ios: { label: 'i-Speed trên App Store', href: null, confirm: true },
  web: { label: 'speedtest.vn', href: 'https://speedtest.vn/', confirm: true },
  webAlt: { label: 'i-speed.vn', href: 'https://i-speed.vn/', confirm: true },
};

/** Main navigation, in order. */
export const NAV = [
  { href: homePath(), label: 'Trang chủ' },
  { href: latestMapPath(), label: 'Bản đồ số mẫu' },
  { href: guidesPath(), label: 'Hướng dẫn' },
  { href: officialsPath(), label: 'Dành cho cán bộ' },
  { href: pressPath(), label: 'Báo chí' },
] as const;
