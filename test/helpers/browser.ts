/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) =>
  existsSync(p),
);

export async function launchChromium(): Promise<Browser> {
  if (CHROMIUM === undefined)
    throw new Error("Debian chromium is not installed (apt-get install chromium)");
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}
