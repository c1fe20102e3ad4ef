/**
 * Driving the staff page (/can-bo/cap-nhat/) as a person does: shared by its e2e test and by
 * scripts/cli/staff-shots.ts, which photographs the same steps for the staff guide.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** The import fixtures the page is given. */
export const IMPORT_FIXTURES = resolve('tests/fixtures/import');
/** The months of the fixtures on the 2025-07 units are checked in October 2025. */
export const STAFF_NOW = new Date('2025-10-15T03:00:00Z');

/**
 * Chooses a file (an import fixture's name, or a file made in the test) through the page's input,
 * as a keyboard or screen-reader user does, waits for the check to end and returns its status line.
 */
export async function chooseStaffFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<string> {
  await page.setInputFiles('[data-staff-file]', typeof file === 'string' ? resolve(IMPORT_FIXTURES, file) : file);
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-staff-status]')?.textContent ?? '';
    return text !== '' && !text.startsWith('Đang kiểm tra');
  });
  return (await page.textContent('[data-staff-status]')) ?? '';
}
