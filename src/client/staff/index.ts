/**
 * The staff page's script (/can-bo/cap-nhat/): a file chosen with the input (or dropped on the
 * zone) is checked by the import in a worker against the published data; the page shows what the
 * import found and, for a clean file, the month as the site will show it and the updated data file
 * to download. The file never leaves the computer: the only requests are the worker's script and
 * the published data. Small parts:
 *
 *   form.ts     the options as the command takes them
 *   render.ts   lines, problems and warnings
 *   preview.ts  the month as the site will show it
 *   download.ts the updated campaign.json as a Blob
 */
import { offerDownload, withdrawDownload } from './download';
import { need } from './dom';
import { formOptions } from './form';
import { MAX_FILE_BYTES } from './limits';
import { renderPreview } from './preview';
import { renderResult } from './render';
import { TEXT } from './text';
import type { CheckRequest, DataUrls, WorkerReply } from './types';

const ACCEPTED = /\.(xlsx|xlsm|csv|txt|tsv)$/iu;

function elements(root: HTMLElement) {
  return {
    form: need<HTMLFormElement>(root, '[data-staff-form]'),
    input: need<HTMLInputElement>(root, '[data-staff-file]'),
    drop: need(root, '[data-staff-drop]'),
    status: need(root, '[data-staff-status]'),
    result: need(root, '[data-staff-result]'),
    preview: need(root, '[data-staff-preview]'),
    download: need(root, '[data-staff-download]'),
    link: need<HTMLAnchorElement>(root, '[data-staff-download-link]'),
    removed: need(root, '[data-staff-removed]'),
    after: need(root, '[data-staff-after]'),
  };
}

type Elements = ReturnType<typeof elements>;

/** Hides everything of the previous file. */
function reset(els: Elements): void {
  els.result.hidden = true;
  els.preview.hidden = true;
  els.download.hidden = true;
  els.after.textContent = '';
  withdrawDownload(els.link);
}

function show(els: Elements, name: string, reply: WorkerReply): void {
  if (reply.kind === 'refused') {
    els.status.textContent = reply.message;
    return;
  }
  renderResult(els.result, reply);
  if (reply.exitCode !== 0 || reply.text === undefined) {
    els.status.textContent = TEXT.problems(name, reply.problems.length);
    return;
  }
  els.status.textContent = TEXT.clean(name);
  if (reply.preview) renderPreview(els.preview, reply.preview);
  els.removed.hidden = reply.removedIllustrative.length === 0;
  els.removed.textContent = reply.removedIllustrative.length > 0 ? TEXT.removed(reply.removedIllustrative) : '';
  offerDownload(els.link, reply.text);
  els.download.hidden = false;
}

export function mountStaffPage(): void {
  const root = document.querySelector<HTMLElement>('[data-staff-page]');
  const island = root?.querySelector('[data-staff-urls]');
  if (!root || !island) return;
  const urls = JSON.parse(island.textContent ?? '{}') as DataUrls;
  const els = elements(root);
  let worker: Worker | undefined;
  let current: File | undefined;
  let run = 0;

  // The worker (and with it the import) is loaded on the first file, never with the page.
  const startWorker = (): Worker => {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('error', () => {
      els.status.textContent = TEXT.workerFailed;
      w.terminate();
      worker = undefined;
    });
    return w;
  };

  async function check(file: File): Promise<void> {
    current = file;
    const mine = (run += 1);
    reset(els);
    if (!ACCEPTED.test(file.name)) {
      els.status.textContent = TEXT.notSpreadsheet(file.name);
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      els.status.textContent = TEXT.tooLarge(file.size);
      return;
    }
    els.status.textContent = TEXT.checking(file.name);
    const bytes = await file.arrayBuffer();
    worker ??= startWorker();
    const request: CheckRequest = {
      name: file.name,
      bytes,
      options: formOptions(els.form),
      now: new Date().toISOString(),
      urls,
    };
    const w = worker;
    const reply = await new Promise<WorkerReply>((resolve) => {
      w.addEventListener('message', (event: MessageEvent<WorkerReply>) => resolve(event.data), { once: true });
      w.postMessage(request, [bytes]);
    });
    // A newer file (or new options) replaced this one meanwhile: its answer is the one to show.
    if (mine === run) show(els, file.name, reply);
  }

  els.input.addEventListener('change', () => {
    const file = els.input.files?.[0];
    if (file) void check(file);
  });
  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (current) void check(current);
  });
  setupDrop(els.drop, (file) => void check(file));
  els.link.addEventListener('click', () => {
    els.after.textContent = TEXT.downloaded;
  });
}

/** Dropping a file on the zone does what choosing it does (the input stays the accessible way). */
function setupDrop(zone: HTMLElement, onFile: (file: File) => void): void {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.dataset['over'] = '';
  });
  zone.addEventListener('dragleave', () => delete zone.dataset['over']);
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    delete zone.dataset['over'];
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  });
}
