/**
 * Share and copy buttons. They are hidden in the HTML and shown only when the browser can do what
 * they promise: the Web Share API for "Chia sẻ", the Clipboard API for "Sao chép".
 */
export function enhanceShare(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share-button]')) {
    const data = { title: button.dataset['title'] ?? document.title, url: button.dataset['url'] ?? location.href };
    if (typeof navigator.share !== 'function' || !navigator.canShare?.(data)) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.share(data).catch(() => undefined); // the reader closed the share sheet
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    const source = document.getElementById(button.dataset['copyTarget'] ?? '') as HTMLInputElement | null;
    const status = button.closest('[data-share]')?.querySelector('[data-copy-status]');
    button.addEventListener('click', () => {
      if (!source) return;
      navigator.clipboard
        .writeText(source.value)
        .then(() => {
          if (status) status.textContent = 'Đã sao chép.';
        })
        .catch(() => {
          source.select();
          if (status) status.textContent = 'Hãy nhấn giữ để sao chép.';
        });
    });
  }
}
