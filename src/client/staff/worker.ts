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
import { loadBase, loadMap, type BaseData } from './base-data';
import { PAGE_CONTROLS } from './controls';
import { MAX_FILE_BYTES, MAX_XLSX_EXPANDED_BYTES } from './limits';
import { TEXT } from './text';
import { failure } from './failure';
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

/**
 * The last imported month as the site will show it: its figures, and its map drawn as the press
 * map; a replaced month also against its published version.
 */
async function preview(request: CheckRequest, result: CheckResult, base: BaseData): Promise<StaffPreview | undefined> {
  const month = result.plan?.changes.months.at(-1);
  if (!result.text || !month) return undefined;
  const { reference } = base;
  const campaign = CampaignSchema.parse(JSON.parse(result.text));
  const published = CampaignSchema.safeParse(base.campaign);
  const found = importPreview(reference, campaign, month.month, published.success ? published.data : undefined);
  if (!found) return undefined;
  const model = await loadMap(request.urls, month.vintage);
  return { ...found.preview, svg: model ? mapImageSvg(model, found.view, reference.area.fullName) : '' };
}

async function check(request: CheckRequest): Promise<WorkerReply> {
  const { id } = request;
  const bytes = new Uint8Array(request.bytes);
  const refused = refusal(request.name, bytes);
  if (refused) return { id, kind: 'refused', message: refused };
  let base;
  try {
    base = await loadBase(request.urls, request.published);
  } catch {
    return { id, kind: 'refused', message: TEXT.dataUnavailable };
  }
  const { options } = request;
  const result = await checkImport({
    options: {
      ...options,
      file: request.name,
      dryRun: false,
      data: PAGE_CONTROLS.data,
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
    id,
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
    preview: await preview(request, result, base),
  };
  return reply;
}

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { id } = event.data;
  check(event.data).then(
    (reply) => self.postMessage(reply),
    (error: unknown) => self.postMessage(failure(id, error)),
  );
});
