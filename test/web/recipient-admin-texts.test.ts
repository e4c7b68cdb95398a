/**
 * Admins edit the texts sources see (issue #3 "instance texts", issue #5
 * organization texts): checked like texts.json, saved atomically, served at
 * once; refused edits name the locale and key and change nothing.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { createInvite } from "../../src/core/accounts.ts";
import { Instance } from "../../src/core/instance.ts";
import type { AdminTexts } from "../../src/protocol/api.ts";
import { CHROMIUM, launchChromium } from "../helpers/browser.ts";
import { APP_DIR, startFixture, type Fixture } from "../helpers/instance.ts";
import { enrolInBrowser, loginInBrowser } from "../helpers/recipient-browser.ts";
import { enrolRecipient, type Enrolled } from "../helpers/recipient-client.ts";
import { SourceClient } from "../helpers/source-client.ts";

describe("admin: instance texts", () => {
  let f: Fixture;
  let admin: Enrolled;
  let reader: Enrolled;
  before(async () => {
    f = await startFixture({ noRecipient: true });
    admin = await enrolRecipient(f.inst, f.recipientUrl, {
      username: "omar",
      role: "admin",
      channel: null,
    });
    reader = await enrolRecipient(f.inst, f.recipientUrl, { username: "rita" });
  });
  after(async () => {
    await f.close();
  });

  test("an admin sets a French title and an extra paragraph; sources see them at once", async () => {
    const got = await admin.client.call<AdminTexts>("GET", "/api/v1/admin/texts");
    assert.equal(got.status, 200);
    assert.deepEqual(got.body.texts, {});
    assert.ok(got.body.keys.includes("landing.title"));
    assert.ok(got.body.keys.includes("org.landing.extra"));
    assert.equal(got.body.locales.length, 12);
    const saved = await admin.client.call("POST", "/api/v1/admin/texts", {
      texts: {
        fr: {
          "landing.title": "Écrivez à {org} en confiance",
          "org.landing.extra": "Nous lisons aussi le <b>persan</b>.",
        },
      },
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const page = await new SourceClient(f.url).request("/fr/");
    assert.match(page.html, /Écrivez à Test Org en confiance/);
    // Shown as text: the markup is escaped, never an element.
    assert.match(page.html, /Nous lisons aussi le &lt;b>persan&lt;\/b>\./);
    assert.doesNotMatch(page.html, /<b>persan/);
    const en = await new SourceClient(f.url).request("/en/");
    assert.doesNotMatch(en.html, /Écrivez/);
    // On disk, 0600, and read back by a fresh open.
    const file = join(f.dir, "texts.json");
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    assert.match(await readFile(file, "utf8"), /Écrivez à \{org\} en confiance/);
    const again = await Instance.open(f.dir);
    try {
      assert.equal(again.texts.toJSON().fr?.["landing.title"], "Écrivez à {org} en confiance");
    } finally {
      await again.close();
    }
  });

  test("a broken placeholder is refused with the locale and key named; nothing changes", async () => {
    const before = await readFile(join(f.dir, "texts.json"), "utf8");
    // Each refusal has its code (issue #12: admin errors were bad_request with a
    // free-text reason); the locale and key come back as the message's params.
    for (const [texts, answer] of [
      [
        { fr: { "landing.title": "Écrivez à {orgg}" } },
        { error: "text_invalid", params: { locale: "fr", key: "landing.title" } },
      ],
      [
        { fr: { "landing.title": "Écrivez à {org" } },
        { error: "text_invalid", params: { locale: "fr", key: "landing.title" } },
      ],
      [{ xx: { "landing.title": "x" } }, { error: "locale_unknown", params: { locale: "xx" } }],
      [
        { fr: { "no.such.key": "x" } },
        { error: "text_invalid", params: { locale: "fr", key: "no.such.key" } },
      ],
      ["not an object", { error: "texts_invalid" }],
    ] as const) {
      const r = await admin.client.call("POST", "/api/v1/admin/texts", { texts });
      assert.equal(r.status, 400, JSON.stringify(texts));
      assert.deepEqual(r.body, answer, JSON.stringify(texts));
    }
    assert.equal(await readFile(join(f.dir, "texts.json"), "utf8"), before);
    const page = await new SourceClient(f.url).request("/fr/");
    assert.match(page.html, /Écrivez à Test Org en confiance/);
  });

  test("recipients cannot read or change texts; CSRF is required", async () => {
    const r1 = await reader.client.call("GET", "/api/v1/admin/texts");
    assert.equal(r1.status, 403);
    const r2 = await reader.client.call("POST", "/api/v1/admin/texts", { texts: {} });
    assert.equal(r2.status, 403);
    const r3 = await admin.client.call(
      "POST",
      "/api/v1/admin/texts",
      { texts: {} },
      { csrf: null },
    );
    assert.equal(r3.status, 403);
    assert.deepEqual(r3.body, { error: "csrf_invalid" });
    assert.match(await readFile(join(f.dir, "texts.json"), "utf8"), /Écrivez/);
  });
});

const skip =
  CHROMIUM === undefined
    ? "Debian chromium is not installed"
    : !existsSync(join(APP_DIR, "index.html"))
      ? "the recipient web app is not built"
      : false;

test(
  "in the browser: an admin writes a Persian paragraph for the start page",
  { skip },
  async () => {
    const f = await startFixture({ noRecipient: true });
    const browser = await launchChromium();
    try {
      const invite = await createInvite(f.inst, { name: "Ana", role: "admin", channel: null });
      const account = await enrolInBrowser(browser, f.recipientUrl, invite.link, "ana");
      const { page } = await loginInBrowser(browser, f.recipientUrl, account);
      await page.click("#nav-admin");
      await page.waitForSelector("form#texts");
      await page.selectOption("#texts-locale", "fa");
      await page.selectOption("#texts-key", "org.landing.extra");
      await page.fill("#texts-value", "ما به فارسی هم می‌خوانیم.");
      await page.locator("form#texts").evaluate((form: HTMLFormElement) => form.requestSubmit());
      await page.waitForFunction(
        () => document.querySelector("#admin-texts [role=status]")?.textContent.includes("Saved"),
        undefined,
        { timeout: 15_000 },
      );
      const landing = await new SourceClient(f.url).request("/fa/");
      assert.match(landing.html, /ما به فارسی هم می‌خوانیم\./);
      // A broken text is named in the refusal.
      await page.selectOption("#texts-key", "landing.title");
      await page.fill("#texts-value", "{orgg}");
      await page.locator("form#texts").evaluate((form: HTMLFormElement) => form.requestSubmit());
      await page.waitForSelector("#texts-error:not(:empty)", { timeout: 15_000 });
      assert.match((await page.textContent("#texts-error")) ?? "", /landing\.title/);
    } finally {
      await browser.close();
      await f.close();
    }
  },
);
