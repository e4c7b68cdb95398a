/**
 * Debian's Chromium, the only browser Postern drives (never a downloaded
 * one): the outreach kit draws with it, and the tests use it as a source's
 * and a recipient's browser.
 */
import { existsSync } from "node:fs";

/** The first installed of Debian's Chromium binaries, if any. */
export const CHROMIUM: string | undefined = [
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium",
].find((p) => existsSync(p));

/**
 * Headless flags for a machine with no GPU and no network beyond loopback:
 * without the background-networking ones Chromium keeps trying Google's hosts.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
