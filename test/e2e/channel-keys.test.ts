// Issue #11, finding 7, in real Chromium (JavaScript on): a recipient reads
// in the web app while an admin, who was a member of nothing, adds their own
// key to her channel. At her next step the app warns her on the inbox, the
// channel panel shows the new key by a fingerprint computed in the browser
// (equal to the server's), names who added it and when, and the warning
// goes once she acknowledges. A key the operator adds on the command line,
// named with HTML, is warned about the same way and shown as text only.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { createInvite } from "../../src/core/accounts.ts";
import { addRecipient } from "../../src/core/channels.ts";
import { generateIdentity, recipientFingerprint } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { CHROMIUM, launchChromium } from "../helpers/browser.ts";
import { APP_DIR, startFixture, type Fixture } from "../helpers/instance.ts";
import {
  enrolInBrowser,
  loginInBrowser,
  type BrowserAccount,
  type LoggedInPage,
} from "../helpers/recipient-browser.ts";
import { enrolRecipient, type Enrolled } from "../helpers/recipient-client.ts";

const skip =
  CHROMIUM === undefined
    ? "Debian chromium is not installed"
    : !existsSync(join(APP_DIR, "index.html"))
      ? "the recipient web app is not built (npx vite build)"
      : false;

const HOSTILE_NAME = `<img src=x onerror="window.__xss=1">Night laptop`;

let f: Fixture;
let browser: Browser;
let alice: BrowserAccount;
let omar: Enrolled;
let tab: LoggedInPage;

before(async () => {
  if (skip !== false) return;
  f = await startFixture({ noRecipient: true });
  browser = await launchChromium();
  const invite = await createInvite(f.inst, {
    name: "Alice",
    role: "recipient",
    channel: "default",
  });
  alice = await enrolInBrowser(browser, f.recipientUrl, invite.link, "alice");
  omar = await enrolRecipient(f.inst, f.recipientUrl, {
    username: "omar",
    role: "admin",
    channel: null,
  });
  tab = await loginInBrowser(browser, f.recipientUrl, alice);
});

after(async () => {
  if (skip !== false) return;
  await tab.context.close();
  await browser.close();
  await f.close();
});

/** Visible text without the bidi isolates the app puts around names. */
async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? "").replace(
    /[\u2068\u2069]/g,
    "",
  );
}

async function aliceRecipient(): Promise<string> {
  const r = await f.inst.db
    .selectFrom("accounts")
    .innerJoin("recipients", "recipients.id", "accounts.recipient_id")
    .select("recipients.recipient")
    .where("accounts.username", "=", "alice")
    .executeTakeFirstOrThrow();
  return r.recipient;
}

test(
  "no warning after joining; the panel shows her key by the server's fingerprint",
  { skip },
  async () => {
    const { page } = tab;
    await page.click("#nav-channels");
    await page.waitForSelector("#channel-keys .channel-key");
    assert.equal(await page.locator(".channel-key").count(), 1);
    const fp = recipientFingerprint(await aliceRecipient());
    assert.equal(await textOf(page, "#own-fingerprint"), fp);
    assert.equal(await textOf(page, ".channel-key .fingerprint"), fp, "computed in the browser");
    assert.equal(await page.locator("#keys-changed-warning").count(), 0);
    assert.equal(await page.locator("#keys-ack").count(), 0);
    assert.match(
      await textOf(page, ".channel-event"),
      /An invitation added alice’s key to “Default desk” on \d{4}-\d{2}-\d{2}\./,
    );
  },
);

test(
  "an admin adds himself: the warning shows on the inbox, then goes once acknowledged",
  { skip },
  async () => {
    const { page } = tab;
    await page.click("#nav-inbox");
    await page.waitForSelector("#inbox");
    assert.equal(await page.locator("#keys-changed-warning").count(), 0);

    const add = await omar.client.call("POST", "/api/v1/admin/members", {
      username: "omar",
      channel: "default",
      member: true,
    });
    assert.equal(add.status, 200, JSON.stringify(add.body));

    await page.click("#refresh");
    await page.waitForSelector("#keys-changed-warning");
    assert.equal(await page.getAttribute("#keys-changed-warning", "role"), "alert");
    assert.match(await textOf(page, "#keys-changed-warning"), /“Default desk”/);

    await page.click("#keys-review");
    await page.waitForSelector(".channel-key >> nth=1");
    assert.equal(await page.locator(".channel-key").count(), 2);
    const omarFp = recipientFingerprint(omar.recipient);
    const keys = await page.locator(".channel-key").allTextContents();
    assert.ok(
      keys.some((k) => k.includes(omarFp) && k.includes("omar")),
      `omar's key by fingerprint: ${keys.join(" | ")}`,
    );
    const event = await textOf(page, ".channel-event");
    assert.match(
      event,
      /omar \(administrator\) added omar’s key to “Default desk” on \d{4}-\d{2}-\d{2}\./,
    );
    assert.ok(event.includes(omarFp), event);
    assert.equal(
      await page.locator(".channel-event.unseen").count(),
      1,
      "only the new change is marked",
    );
    // Still warned here, until acknowledged.
    assert.equal(await page.locator("#keys-changed-warning").count(), 1);

    await page.click("#keys-ack");
    await page.waitForSelector("#keys-changed-warning", { state: "detached" });
    await page.waitForSelector("#keys-ack", { state: "detached" });
    await page.click("#nav-inbox");
    await page.waitForSelector("#inbox");
    await page.click("#refresh");
    await page.waitForSelector("#inbox-count");
    assert.equal(await page.locator("#keys-changed-warning").count(), 0, "gone from the inbox");
  },
);

test(
  "a key the operator adds, named with HTML: warned, shown as text, nothing runs",
  { skip },
  async () => {
    const { page } = tab;
    const key = await toRecipient(await generateIdentity("pq"));
    await addRecipient(f.inst.db, { name: HOSTILE_NAME, recipient: key, channelSlug: "default" });
    await page.click("#refresh");
    await page.waitForSelector("#keys-changed-warning");
    await page.click("#keys-review");
    await page.waitForSelector(".channel-key >> nth=2");
    const event = await textOf(page, ".channel-event");
    assert.ok(
      event.includes(
        `The operator (command line) added the key “${HOSTILE_NAME}” to “Default desk”`,
      ),
      event,
    );
    assert.ok(event.includes(recipientFingerprint(key)));
    assert.equal(await page.locator("#channel-keys img").count(), 0, "no element from the name");
    assert.equal(await page.evaluate(() => (window as { __xss?: number }).__xss), undefined);
    await page.click("#keys-ack");
    await page.waitForSelector("#keys-changed-warning", { state: "detached" });
    assert.deepEqual(tab.dialogs, []);
    assert.deepEqual(tab.consoleErrors, []);
  },
);
