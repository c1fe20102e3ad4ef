/**
 * The voice of an import: its language and how its messages name the options a user can set. A
 * message that tells the user to use an option names it through `Controls`: the command line passes
 * `CLI_CONTROLS` ("--as-of"), the staff page passes the names of its own controls.
 */
import type { Lang } from '../../text/messages';

/** How messages name the options a user can set: flags on the command line, controls on a page. */
export interface Controls {
  month: string;
  sheet: string;
  replace: string;
  dryRun: string;
  data: string;
  blankIsNoData: string;
  asOf: string;
  source: string;
}

/** The command line's names of its options. */
export const CLI_CONTROLS: Controls = {
  month: '--month',
  sheet: '--sheet',
  replace: '--replace',
  dryRun: '--dry-run',
  data: '--data',
  blankIsNoData: '--blank-is-no-data',
  asOf: '--as-of',
  source: '--source',
};

/** The language of an import's messages and the names of its options. */
export interface Voice {
  lang: Lang;
  controls: Controls;
}

/** Vietnamese, naming the command line's options: what every caller gets unless it says otherwise. */
export const DEFAULT_VOICE: Voice = { lang: 'vi', controls: CLI_CONTROLS };

/** The voice of an import's options (`lang` and `controls` both optional). */
export function voiceOf(options: { lang?: Lang | undefined; controls?: Controls | undefined }): Voice {
  return { lang: options.lang ?? 'vi', controls: options.controls ?? CLI_CONTROLS };
}
