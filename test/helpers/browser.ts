/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../src/runtime/chromium.ts";

export { CHROMIUM };

export async function launchChromium(): Promise<Browser> {
  if (CHROMIUM === undefined)
    throw new Error("Debian chromium is not installed (apt-get install chromium)");
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
