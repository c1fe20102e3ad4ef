/** axe over every audited page at phone width (390 px); see accessibility.ts. */
import { PHONE } from './harness';
import { auditPagesAt } from './accessibility';

auditPagesAt('phone', PHONE);
