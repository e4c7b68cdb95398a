// A large file through the recipient web app in real Chromium: fetched as a
// stream, decrypted chunk by chunk in the browser, saved byte for byte. The
// tab's JavaScript heap stays far below the file's size (the plaintext is
// collected in Blob parts, which the browser keeps outside the JS heap).
import { after, before, test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { createInvite } from "../../src/core/accounts.ts";
import { CHROMIUM, launchChromium } from "../helpers/browser.ts";
import { APP_DIR, startFixture, type Fixture } from "../helpers/instance.ts";
import { enrolInBrowser, loginInBrowser } from "../helpers/recipient-browser.ts";
import { received, SourceClient } from "../helpers/source-client.ts";

const skip =
  CHROMIUM === undefined
    ? "Debian chromium is not installed"
    : !existsSync(join(APP_DIR, "index.html"))
      ? "the recipient web app is not built (npx vite build)"
      : false;

const SIZE = 48 * 1024 * 1024;

let f: Fixture;
let browser: Browser;
let work: string;

before(async () => {
  if (skip !== false) return;
  f = await startFixture({ noRecipient: true });
  browser = await launchChromium();
  work = await mkdtemp(join(tmpdir(), "postern-e2e-large-"));
});

after(async () => {
  if (skip !== false) return;
  await browser.close();
  await f.close();
  await rm(work, { recursive: true, force: true });
});

test(
  `a ${SIZE / 1024 / 1024} MiB file is decrypted as a stream and saved whole`,
  { skip },
  async (t: TestContext) => {
    const invite = await createInvite(f.inst, {
      name: "Lea",
      role: "recipient",
      channel: "default",
    });
    const account = await enrolInBrowser(browser, f.recipientUrl, invite.link, "lea");
    const data = randomBytes(SIZE);
    const source = new SourceClient(f.url);
    await source.newSource();
    const sent = await source.submit({
      message: "the big one",
      files: [{ name: "archive.bin", data, type: "application/octet-stream" }],
    });
    assert.ok(received(sent));

    const { context, page } = await loginInBrowser(browser, f.recipientUrl, account);
    await page.locator(".source-item").first().click();
    const message = page.locator("#conversation .message").first();
    await page.waitForFunction(
      () => document.querySelector("#conversation .message")?.textContent.includes("archive.bin"),
      undefined,
      { timeout: 30_000 },
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    let peakHeap = 0;
    const sampler = setInterval(() => {
      void cdp
        .send("Performance.getMetrics")
        .then((m) => {
          const used = m.metrics.find((x) => x.name === "JSHeapUsedSize")?.value ?? 0;
          peakHeap = Math.max(peakHeap, used);
        })
        .catch(() => undefined);
    }, 50);
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      message.locator("button.file-save").first().click(),
    ]);
    const saved = join(work, "archive.bin");
    await download.saveAs(saved);
    clearInterval(sampler);
    const sha = (b: Buffer): string => createHash("sha256").update(b).digest("hex");
    const got = await readFile(saved);
    assert.equal(got.length, SIZE);
    assert.equal(sha(got), sha(data), "the saved file is byte for byte what the source sent");
    assert.ok(peakHeap > 0, "heap samples were taken");
    t.diagnostic(`peak JS heap ${(peakHeap / 1048576).toFixed(1)} MiB for ${SIZE / 1048576} MiB`);
    assert.ok(
      peakHeap < SIZE / 2,
      `JS heap peaked at ${(peakHeap / 1048576).toFixed(1)} MiB for a ${SIZE / 1048576} MiB file`,
    );
    await context.close();
  },
);
