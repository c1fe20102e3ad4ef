/** axe over every audited page at desktop width (1280 px); see accessibility.ts and pagesToAudit. */
import { DESKTOP } from './harness';
import { auditPagesAt } from './accessibility';
import { pagesToAudit } from './pages';

auditPagesAt('desktop', DESKTOP, pagesToAudit());
