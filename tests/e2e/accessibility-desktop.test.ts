/**
 * axe at desktop width (1280 px) over one page of every template and every written text; see
 * accessibility.ts and pagesToAudit.
 */
import { DESKTOP } from './harness';
import { auditPagesAt } from './accessibility';
import { pagesToAudit } from './pages';

auditPagesAt('desktop', DESKTOP, pagesToAudit());
