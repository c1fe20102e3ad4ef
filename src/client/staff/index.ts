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
import { loadPublished, type Published } from './published';
import { renderResult } from './render';
import { TEXT } from './text';
import { PUBLISH_MINUTES } from '../../lib/publish/timing';
import type { CheckRequest, DataUrls, WorkerReply } from './types';

/** What the import reads, and what it refuses with its own advice (.xls, .ods: save as .xlsx). */
const ACCEPTED = /\.(xlsx|xlsm|xls|ods|csv|txt|tsv)$/iu;

function elements(root: HTMLElement) {
  return {
    form: need<HTMLFormElement>(root, '[data-staff-form]'),
    input: need<HTMLInputElement>(root, '[data-staff-file]'),
    drop: need(root, '[data-staff-drop]'),
    published: need(root, '[data-staff-published]'),
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
  if (reply.kind === 'bug') {
    els.status.textContent = TEXT.bug(reply.detail);
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

/**
 * The worker, started on the first file (never with the page), and the checks waiting for its
 * answers by id: each answer goes to its own check. If the worker dies, every waiting check is
 * answered, so none hangs, and the next check starts a new worker.
 */
function workerClient(): (request: CheckRequest) => Promise<WorkerReply> {
  let worker: Worker | undefined;
  const waiting = new Map<number, (reply: WorkerReply) => void>();
  const answer = (reply: WorkerReply): void => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<WorkerReply>) => answer(event.data));
    w.addEventListener('error', (event) => {
      event.preventDefault();
      w.terminate();
      worker = undefined;
      for (const id of [...waiting.keys()]) answer({ id, kind: 'refused', message: TEXT.workerFailed });
    });
    return w;
  };
  return (request) =>
    new Promise<WorkerReply>((resolve) => {
      waiting.set(request.id, resolve);
      worker ??= start();
      worker.postMessage(request, [request.bytes]);
    });
}

/** The file's bytes, or undefined when the browser cannot read it any more (edited or moved since it was chosen). */
async function bytesOf(file: File): Promise<ArrayBuffer | undefined> {
  try {
    return await file.arrayBuffer();
  } catch {
    return undefined;
  }
}

/** What the page shows of the published data: the latest month, or that it could not be loaded. */
async function refreshPublished(els: Elements, url: string): Promise<Published | undefined> {
  const published = await loadPublished(url).catch(() => undefined);
  els.published.textContent = published?.summary ?? TEXT.publishedUnavailable;
  return published;
}

export function mountStaffPage(): void {
  const root = document.querySelector<HTMLElement>('[data-staff-page]');
  const island = root?.querySelector('[data-staff-urls]');
  if (!root || !island) return;
  const urls = JSON.parse(island.textContent ?? '{}') as DataUrls;
  const els = elements(root);
  const ask = workerClient();
  let current: File | undefined;
  let run = 0;
  els.published.hidden = false;
  els.published.textContent = TEXT.loadingPublished;
  void refreshPublished(els, urls.campaign);

  /** Checks `file`; a newer check (another file, new options) makes this one's answer moot. */
  async function check(file: File): Promise<void> {
    current = file;
    const id = (run += 1);
    const say = (text: string): void => {
      if (id === run) els.status.textContent = text;
    };
    reset(els);
    if (!ACCEPTED.test(file.name)) return say(TEXT.notSpreadsheet(file.name));
    if (file.size > MAX_FILE_BYTES) return say(TEXT.tooLarge(file.size));
    say(TEXT.checking(file.name));
    const bytes = await bytesOf(file);
    if (!bytes) {
      // Choosing the same file again must fire "change" again.
      if (id === run) els.input.value = '';
      return say(TEXT.readFailed(file.name));
    }
    const published = await refreshPublished(els, urls.campaign);
    if (!published) return say(TEXT.dataUnavailable);
    // A newer check began meanwhile: this one is not worth the worker's time.
    if (id !== run) return;
    const request: CheckRequest = {
      id,
      name: file.name,
      bytes,
      options: formOptions(els.form),
      now: new Date().toISOString(),
      urls,
      published: published.text,
    };
    const reply = await ask(request);
    if (id === run) show(els, file.name, reply);
  }

  const start = (file: File): void => {
    check(file).catch((error: unknown) => {
      els.status.textContent = TEXT.bug(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    });
  };
  els.input.addEventListener('change', () => {
    const file = els.input.files?.[0];
    if (file) start(file);
  });
  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (current) start(current);
  });
  setupDrop(els.drop, start);
  els.link.addEventListener('click', () => {
    els.after.textContent = TEXT.downloaded(PUBLISH_MINUTES);
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
