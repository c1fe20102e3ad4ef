/**
 * axe at phone width (390 px) over one page of every template, per boundary vintage; see
 * accessibility.ts. What differs on a phone is the templates' layout (menu, stacked tables,
 * map height), which every page of a template shares; the desktop file adds each guide and map view.
 */
import { PHONE } from './harness';
import { auditPagesAt } from './accessibility';
import { onePerTemplate } from './pages';

auditPagesAt('phone', PHONE, onePerTemplate({ perVintage: true }));
