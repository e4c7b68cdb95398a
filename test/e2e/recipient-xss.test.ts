// An XSS corpus (test/corpora/xss.txt) stored through the source side, as
// messages and as file names, then opened in the recipient web app in real
// Chromium with JavaScript on: every payload appears verbatim as text, no
// payload runs (no dialog, window.__xss never set, no console CSP report of
// an attempt that would have run), and the conversation holds no element a
// payload could have created.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { createInvite } from "../../src/core/accounts.ts";
import { checkFileName } from "../../src/core/submissions.ts";
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

let f: Fixture;
let browser: Browser;
let corpus: string[] = [];

before(async () => {
  if (skip !== false) return;
  corpus = (await readFile(new URL("../corpora/xss.txt", import.meta.url), "utf8"))
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("# "));
  f = await startFixture({ noRecipient: true });
  browser = await launchChromium();
});

after(async () => {
  if (skip !== false) return;
  await browser.close();
  await f.close();
});

/** Payloads the source side accepts as file names (it refuses separators and controls). */
function asFileName(p: string): string | null {
  try {
    checkFileName(p);
    return p;
  } catch {
    return null;
  }
}

test("the corpus is stored through the source side and shown as text", { skip }, async () => {
  assert.ok(corpus.length >= 30, `corpus has ${corpus.length} payloads`);
  const invite = await createInvite(f.inst, {
    name: "Xena",
    role: "recipient",
    channel: "default",
  });
  const account = await enrolInBrowser(browser, f.recipientUrl, invite.link, "xena");

  const source = new SourceClient(f.url);
  await source.newSource();
  const names: string[] = [];
  // Several payloads per submission keeps the conversation short but covers all.
  for (let i = 0; i < corpus.length; i += 6) {
    const chunk = corpus.slice(i, i + 6);
    const files = chunk
      .map(asFileName)
      .filter((n): n is string => n !== null)
      .map((name) => ({ name, data: Buffer.from(`content of ${name}`), type: "text/html" }));
    names.push(...files.map((x) => x.name));
    const page = await source.submit({ message: chunk.join("\n"), files });
    assert.ok(received(page), `submission ${i / 6 + 1} (status ${page.status})`);
  }
  assert.ok(names.length >= 12, `only ${names.length} payloads were valid file names`);

  const { context, page, dialogs, consoleErrors } = await loginInBrowser(
    browser,
    f.recipientUrl,
    account,
  );
  await page.locator(".source-item").first().click();
  const n = Math.ceil(corpus.length / 6);
  await page.waitForFunction(
    (count) => document.querySelectorAll("#conversation .message").length === count,
    n,
    { timeout: 30_000 },
  );
  // Wait until every message is decrypted (the last payload of each chunk is in the text).
  await page.waitForFunction(
    (last) => document.querySelector("#conversation")?.textContent.includes(last) === true,
    corpus[corpus.length - 1] ?? "",
    { timeout: 30_000 },
  );
  const text = (await page.textContent("#conversation")) ?? "";
  for (const p of corpus) assert.ok(text.includes(p), `payload not shown verbatim: ${p}`);
  for (const name of names) assert.ok(text.includes(name), `file name not shown: ${name}`);

  // Give any payload that could run a moment to do so, then look for its traces.
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => (window as { __xss?: unknown }).__xss), undefined);
  assert.deepEqual(dialogs, []);
  const made = await page
    .locator(
      "#conversation :is(script, img, iframe, object, embed, svg[onload], a[href^='javascript'], style, meta, base, link, video, marquee, details, template, input, math, noscript)",
    )
    .count();
  assert.equal(made, 0, "a payload became an element");
  // The page stayed ours: nothing restyled or navigated it.
  assert.equal(new URL(page.url()).origin, f.recipientUrl);
  assert.equal(await page.locator("#conversation").isVisible(), true);
  assert.ok(
    !consoleErrors.some((e) => /Content Security Policy/i.test(e)),
    `a payload tried to run: ${consoleErrors.join(" | ")}`,
  );
  await context.close();
});
