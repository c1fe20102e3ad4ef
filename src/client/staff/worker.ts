/**
 * The staff page's worker: reads the chosen file with the import the command uses
 * (src/lib/import/check.ts) against the published data, off the page's thread, so a large or
 * hostile file never freezes the tab. The spreadsheet reader for .xlsx (ExcelJS) is a chunk of its
 * own, loaded by the import only when a workbook is read.
 */
import { CampaignSchema } from '../../lib/data/schema/campaign';
import { checkImport, type CheckResult } from '../../lib/import/check';
import { importPreview } from '../../lib/model/import-preview';
import { mapImageSvg } from '../../lib/render/map-image';
import { zipUncompressedSize } from '../../lib/spreadsheet/zip-size';
import { loadBase, loadMap } from './base-data';
import { PAGE_CONTROLS } from './controls';
import { MAX_FILE_BYTES, MAX_XLSX_EXPANDED_BYTES } from './limits';
import { TEXT } from './text';
import type { CheckReply, CheckRequest, StaffPreview, WorkerReply } from './types';

/** Why the page refuses the file before reading it, or undefined. */
function refusal(name: string, bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_FILE_BYTES) return TEXT.tooLarge(bytes.length);
  if (/\.xlsx?m?$/iu.test(name)) {
    const expanded = zipUncompressedSize(bytes);
    if (expanded !== undefined && expanded > MAX_XLSX_EXPANDED_BYTES) return TEXT.expandsTooMuch(expanded);
  }
  return undefined;
}

/** The last imported month as the site will show it: its figures, and its map drawn as the press map. */
async function preview(
  request: CheckRequest,
  result: CheckResult,
  reference: Parameters<typeof importPreview>[0],
): Promise<StaffPreview | undefined> {
  const month = result.plan?.changes.months.at(-1);
  if (!result.text || !month) return undefined;
  const campaign = CampaignSchema.parse(JSON.parse(result.text));
  const found = importPreview(reference, campaign, month.month);
  if (!found) return undefined;
  const model = await loadMap(request.urls, month.vintage);
  return { ...found.preview, svg: model ? mapImageSvg(model, found.view, reference.area.fullName) : '' };
}

async function check(request: CheckRequest): Promise<WorkerReply> {
  const bytes = new Uint8Array(request.bytes);
  const refused = refusal(request.name, bytes);
  if (refused) return { kind: 'refused', message: refused };
  let base;
  try {
    base = await loadBase(request.urls);
  } catch {
    return { kind: 'refused', message: TEXT.dataUnavailable };
  }
  const { options } = request;
  const result = await checkImport({
    options: {
      ...options,
      file: request.name,
      dryRun: false,
      data: 'data/campaign.json',
      quiet: false,
      lang: 'vi',
      controls: PAGE_CONTROLS,
    },
    fileBytes: bytes,
    reference: base.reference,
    campaign: base.campaign,
    now: new Date(request.now),
  });
  const changes = result.plan?.changes;
  const reply: CheckReply = {
    kind: 'checked',
    exitCode: result.exitCode,
    lines: result.lines,
    problems: result.problems,
    warnings: result.warnings,
    progress: result.plan?.progress ?? [],
    stats: result.plan?.stats,
    removedIllustrative: changes?.removedIllustrative ?? [],
    months: changes?.months.map((m) => ({ month: m.month, action: m.action })) ?? [],
    reportMonths: changes?.reports.map((r) => r.month) ?? [],
    text: result.text,
    preview: await preview(request, result, base.reference),
  };
  return reply;
}

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  check(event.data).then(
    (reply) => self.postMessage(reply),
    () => self.postMessage({ kind: 'refused', message: TEXT.unreadable } satisfies WorkerReply),
  );
});
