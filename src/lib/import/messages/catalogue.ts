/**
 * Every message of the import, by theme, for the tests that check each has both languages (and for
 * anyone looking for a wording). Code imports the theme it needs.
 */
import { CLI } from './cli';
import { DATA } from './data';
import { ELSEWHERE } from './elsewhere';
import { FILE } from '../../spreadsheet/messages';
import { NAMES, REPORTS } from './names';
import { COUNT, COUNTS, MONTH, OPTIONS, SHEETS } from './sheet';
import { SPEEDS } from './speeds';
import { RUN, SUMMARY } from './summary';

export const CATALOGUE = {
  FILE,
  OPTIONS,
  SHEETS,
  MONTH,
  COUNTS,
  COUNT,
  NAMES,
  REPORTS,
  DATA,
  SPEEDS,
  ELSEWHERE,
  SUMMARY,
  RUN,
  CLI,
};
