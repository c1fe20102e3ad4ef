import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { campaignDigest, campaignText, sha256Hex } from '../../src/lib/data/digest';
import { CampaignSchema } from '../../src/lib/data/schema/campaign';

const BASE = 'tests/fixtures/import/campaign-base.json';

describe('campaign digest', () => {
  it('is the sha256 of the exact bytes the import writes (Web Crypto agrees with node:crypto)', async () => {
    const bytes = readFileSync(BASE, 'utf8');
    const campaign = JSON.parse(bytes) as unknown;
    expect(campaignText(CampaignSchema.parse(campaign))).toBe(bytes);
    expect(await campaignDigest(CampaignSchema.parse(campaign))).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('hashes UTF-8, not UTF-16 code units', async () => {
    expect(await sha256Hex('Hòa')).toBe(createHash('sha256').update('Hòa', 'utf8').digest('hex'));
  });

  it('differs for different content (here, a recorded base)', async () => {
    const a = { months: [] };
    const b = { basedOn: 'a'.repeat(64), months: [] };
    expect(await campaignDigest(a)).not.toBe(await campaignDigest(b));
  });

  it('the schema refuses a basedOn that is not a lower-case sha256', () => {
    expect(CampaignSchema.safeParse({ basedOn: 'ABC', months: [] }).success).toBe(false);
    expect(CampaignSchema.safeParse({ basedOn: 'f'.repeat(64), months: [] }).success).toBe(true);
  });
});
