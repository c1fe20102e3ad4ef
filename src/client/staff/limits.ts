/**
 * The page's limits, chosen so that a real monthly export (a few hundred rows, well under 1 MB)
 * passes with room to spare while a wrong or hostile file is refused before it can exhaust memory.
 */

/** Largest file the page reads: a 10,600-row export is about 1 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Largest size an .xlsx may declare it expands to (ExcelJS holds the whole workbook in memory). */
export const MAX_XLSX_EXPANDED_BYTES = 200 * 1024 * 1024;

/** "20 MB", as the messages say it. */
export const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
