/**
 * The campaign file's canonical text and its digest. The import writes exactly `campaignText`, and
 * records in `basedOn` the digest of the campaign it started from, so that a file made from stale
 * data (a staff page left open since before the last month was published) can be recognised and
 * refused before it replaces newer data. Web Crypto, so the CLI and the browser share this code.
 */
import type { CampaignInput } from './schema/campaign';

/** The bytes the import writes for a campaign: two-space JSON and a final newline. */
export function campaignText(campaign: CampaignInput): string {
  return `${JSON.stringify(campaign, null, 2)}\n`;
}

/** Lower-case hex sha256 of a text's UTF-8 bytes. */
export function sha256Hex(text: string): Promise<string> {
  return sha256HexOfBytes(new TextEncoder().encode(text));
}

/** Lower-case hex sha256 of bytes (an imported file's fingerprint). */
export async function sha256HexOfBytes(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The digest a file made from `campaign` records as its `basedOn`. */
export function campaignDigest(campaign: CampaignInput): Promise<string> {
  return sha256Hex(campaignText(campaign));
}
