/**
 * Where the system Chromium is and how the tests start it: shared by the e2e harness, the run's
 * global setup (tests/e2e/global-setup.ts) and the scripts that drive a browser. No Vitest import,
 * so the global setup can load it in Vitest's main process.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Chromium from CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
    );
  }
  return found;
}

/** Headless, with no background traffic. */
export function chromiumOptions(): LaunchOptions {
  return {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** Launches the system Chromium headless, with no background traffic. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumOptions());
}
