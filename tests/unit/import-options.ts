/** The import's options as the command line has them by default, for tests that plan an import in memory. */
import { CLI_CONTROLS } from '../../src/lib/import/messages/voice';
import type { ImportOptions } from '../../src/lib/import/plan';

export function cliOptions(more: Partial<ImportOptions> = {}): ImportOptions {
  return {
    file: 'x.csv',
    replace: false,
    dryRun: false,
    data: 'data/campaign.json',
    blankIsNoData: false,
    lang: 'vi',
    controls: CLI_CONTROLS,
    ...more,
  };
}
