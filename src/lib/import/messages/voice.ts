/**
 * The voice of an import: its language and how its messages name the options a user can set. A
 * message that tells the user to use an option names it through `Controls`: the command line passes
 * `CLI_CONTROLS` ("--as-of"), the staff page passes the names of its own controls.
 */
import type { Lang } from '../../text/messages';

/**
 * How messages name the options a user can set — flags on the command line, controls on a page —
 * and the files they point to: paths in the repository for a developer, words for the page's staff.
 */
export interface Controls {
  month: string;
  sheet: string;
  replace: string;
  dryRun: string;
  data: string;
  blankIsNoData: string;
  asOf: string;
  source: string;
  /** A vintage's unit list, "{vintage}" standing for its id. */
  unitList: string;
  /** The example files of a counts sheet and of a reports sheet. */
  countsExample: string;
  reportsExample: string;
  /** Where the area's vintages are set. */
  areaFile: string;
}

/** The command line's names of its options (and of the repository's files it points to). */
export const CLI_CONTROLS: Controls = {
  month: '--month',
  sheet: '--sheet',
  replace: '--replace',
  dryRun: '--dry-run',
  data: '--data',
  blankIsNoData: '--blank-is-no-data',
  asOf: '--as-of',
  source: '--source',
  unitList: 'data/vintages/{vintage}/units.json',
  countsExample: 'data/examples/so-mau-thang-mau.csv',
  reportsExample: 'data/examples/bao-cao-huyen-mau.csv',
  areaFile: 'data/area.json',
};

/** The language of an import's messages and the names of its options. */
export interface Voice {
  lang: Lang;
  controls: Controls;
}

/**
 * The voice of an import's options. Both are required of every caller: a page that forgot its own
 * controls would otherwise tell staff to type command-line flags.
 */
export function voiceOf(options: { lang: Lang; controls: Controls }): Voice {
  return { lang: options.lang, controls: options.controls };
}

/** The command line's voice in a language (`--lang`, Vietnamese by default). */
export function cliVoice(lang: Lang): Voice {
  return { lang, controls: CLI_CONTROLS };
}
