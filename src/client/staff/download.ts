/**
 * The download of the updated data file: the import's text as a Blob behind an object URL, so the
 * bytes are exactly the ones the import produced (no re-serialisation) and nothing is sent anywhere.
 */
let lastUrl: string | undefined;

/** Points `link` at a file named campaign.json holding `text`. */
export function offerDownload(link: HTMLAnchorElement, text: string): void {
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.href = lastUrl;
  link.download = 'campaign.json';
}

/** Withdraws the offer (a new file is being checked, or it has problems). */
export function withdrawDownload(link: HTMLAnchorElement): void {
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = undefined;
  link.removeAttribute('href');
}
