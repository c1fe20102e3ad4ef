/** axe over every audited page at desktop width (1280 px); see accessibility.ts. */
import { DESKTOP } from './harness';
import { auditPagesAt } from './accessibility';

auditPagesAt('desktop', DESKTOP);
