/**
 * Once per run of the e2e project: one headless Chromium that every test file connects to
 * (launching one per file cost about a second each), and a fresh folder for the run's build lock
 * (see `astroBuild` in harness.ts). If Chromium cannot start here, nothing is provided and each
 * file launches its own, failing with the harness's message on what to install.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumOptions } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** WebSocket endpoint of the run's shared Chromium ('' when it could not start). */
    chromiumEndpoint: string;
    /** A folder that lives as long as the run (the build lock goes there). */
    e2eRunDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = mkdtempSync(join(tmpdir(), 'ispeed-e2e-run-'));
  project.provide('e2eRunDir', runDir);
  const server = await chromium.launchServer(chromiumOptions()).catch(() => undefined);
  project.provide('chromiumEndpoint', server?.wsEndpoint() ?? '');
  return async () => {
    await server?.close();
    rmSync(runDir, { recursive: true, force: true });
  };
}
