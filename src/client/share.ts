/**
 * Share and copy buttons. They are hidden in the HTML and shown only when the browser can do what
 * they promise: the Web Share API for "Chia sẻ", the Clipboard API for "Sao chép". Each copy
 * button confirms in the status next to it (role="status": screen readers hear it too).
 */

/** The text a copy button copies: an input's or textarea's value, else the element's text. */
export function copyText(source: Element): string {
  if (source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement) return source.value.trim();
  return (source.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function enhanceShare(): void {
  // Several components load this script; each button is enhanced once.
  const fresh = (selector: string) =>
    [...document.querySelectorAll<HTMLButtonElement>(selector)].filter((b) => {
      if (b.dataset['enhanced']) return false;
      b.dataset['enhanced'] = '1';
      return true;
    });
  for (const button of fresh('[data-share-button]')) {
    const data = { title: button.dataset['title'] ?? document.title, url: button.dataset['url'] ?? location.href };
    if (typeof navigator.share !== 'function' || !navigator.canShare?.(data)) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      // The URL is read now: a map page's month switch changes it (data-url).
      navigator.share({ ...data, url: button.dataset['url'] ?? data.url }).catch(() => undefined); // the reader closed the share sheet
    });
  }
  for (const button of fresh('[data-copy-target]')) {
    if (!navigator.clipboard) continue;
    const source = document.getElementById(button.dataset['copyTarget'] ?? '');
    if (!source) continue;
    button.hidden = false;
    const status = button.closest('[data-copy]')?.querySelector('[data-copy-status]');
    const done = button.dataset['copyDone'] ?? 'Đã sao chép.';
    const failed = button.dataset['copyFailed'] ?? 'Hãy chọn và sao chép bằng tay.';
    const say = (text: string) => {
      if (!status) return;
      // Empty first, so saying the same words twice is announced twice.
      status.textContent = '';
      window.setTimeout(() => (status.textContent = text), 50);
    };
    button.addEventListener('click', () => {
      navigator.clipboard
        .writeText(copyText(source))
        .then(() => say(done))
        .catch(() => {
          if (source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement) source.select();
          say(failed);
        });
    });
  }
}
