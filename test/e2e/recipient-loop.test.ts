// The whole conversation in real Chromium (issue #3): a recipient (JavaScript
// on) accepts an invite, chooses a passphrase and enrols TOTP; a source
// (JavaScript off) sends a message and a file whose text and name are hostile
// HTML; the recipient logs in with passphrase + TOTP, reads both decrypted in
// the browser, saves the file, and replies; the source logs back in with the
// codename, reads the reply and deletes it.
//
// Every request the recipient's browser makes is recorded. Afterwards we
// recompute, outside the browser, what must never have left it — the
// passphrase, the Argon2id master key, the wrap key and the age identity —
// and search every URL, header and body for each in raw, hex, base64 and
// base64url. Then the seizure scan: the data folder and the logs hold no
// plaintext of the message, file, name or reply, and no passphrase.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { base32nopad } from "@scure/base";
import { argon2id } from "hash-wasm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createInvite } from "../../src/core/accounts.ts";
import { channelRecipients, listChannels } from "../../src/core/channels.ts";
import { decryptBytes, encryptBytes, totpCode, totpStep } from "../../src/crypto/index.ts";
import { AUTH_INFO, IDENTITY_AAD, WRAP_INFO, type EnrolRequest } from "../../src/protocol/api.ts";
import { CHROMIUM, launchChromium } from "../helpers/browser.ts";
import { APP_DIR, startFixture, type Fixture } from "../helpers/instance.ts";
import { existsSync } from "node:fs";

const skip =
  CHROMIUM === undefined
    ? "Debian chromium is not installed"
    : !existsSync(join(APP_DIR, "index.html"))
      ? "the recipient web app is not built (npx vite build)"
      : false;

const tag = (): string => randomBytes(5).toString("hex");
const MARK_MESSAGE = `MARKER-MSG-${tag()}`;
const MARK_FILE = `MARKER-FILE-${tag()}`;
const MARK_REPLY = `MARKER-REPLY-${tag()}`;
const XSS_MESSAGE = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> ${MARK_MESSAGE}`;
const XSS_NAME = `<svg onload=window.__xss=3>${tag()}.txt`;
const PASSPHRASE = `correct horse ${tag()} battery staple`;
const USERNAME = "alice";

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Buffer | null;
}

let f: Fixture;
let browser: Browser;
let work: string;
let codename = "";
let totpSecret: Uint8Array = new Uint8Array();
let lastStep = 0;
const seen: Seen[] = [];

before(async () => {
  if (skip !== false) return;
  f = await startFixture({ noRecipient: true });
  browser = await launchChromium();
  work = await mkdtemp(join(tmpdir(), "postern-e2e-recipient-"));
});

after(async () => {
  if (skip !== false) return;
  await browser.close();
  await f.close();
  await rm(work, { recursive: true, force: true });
});

/** A JavaScript-on context whose every request is recorded. */
async function recipientContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true });
  context.on("request", (r) => {
    seen.push({ url: r.url(), method: r.method(), headers: r.headers(), body: r.postDataBuffer() });
  });
  const page = await context.newPage();
  page.on("dialog", (d) => {
    assert.fail(`a dialog opened: ${d.message()}`);
  });
  return { context, page };
}

/** A TOTP code for a step not used yet (the server refuses replays). */
function nextCode(): string {
  const step = Math.max(totpStep(Date.now() / 1000), lastStep + 1);
  lastStep = step;
  return totpCode(totpSecret, step);
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await readdir(dir)) {
    const p = join(dir, name);
    const s = await stat(p);
    if (s.isDirectory()) out.push(...(await walk(p)));
    else if (s.isFile()) out.push(p);
  }
  return out;
}

test("a recipient accepts an invite, chooses a passphrase and enrols TOTP", { skip }, async () => {
  const invite = await createInvite(f.inst, {
    name: "Alice",
    role: "recipient",
    channel: "default",
  });
  const { context, page } = await recipientContext();
  await page.goto(`${f.recipientUrl}${invite.link}`);
  await page.waitForSelector("form#enrol");
  // A weak passphrase is refused in the browser: nothing is sent.
  const before = seen.length;
  await page.fill('form#enrol input[name="username"]', USERNAME);
  await page.fill('form#enrol input[name="passphrase"]', "password1234");
  await page.fill('form#enrol input[name="passphrase-confirm"]', "password1234");
  await page.locator("form#enrol").evaluate((form: HTMLFormElement) => form.requestSubmit());
  await page.waitForTimeout(300);
  assert.ok(
    !seen.slice(before).some((r) => r.url.endsWith("/api/v1/enrol")),
    "a weak passphrase reached the network",
  );
  await page.fill('form#enrol input[name="passphrase"]', PASSPHRASE);
  await page.fill('form#enrol input[name="passphrase-confirm"]', PASSPHRASE);
  await page.locator("form#enrol").evaluate((form: HTMLFormElement) => form.requestSubmit());
  await page.waitForSelector("#totp-secret", { timeout: 60_000 });
  const shown = ((await page.textContent("#totp-secret")) ?? "").replace(/\s+/g, "");
  totpSecret = base32nopad.decode(shown);
  assert.equal(totpSecret.length, 20);
  await page.fill('form#totp-enrol input[name="totp"]', nextCode());
  await page.locator("form#totp-enrol").evaluate((form: HTMLFormElement) => form.requestSubmit());
  await page.waitForSelector("#inbox", { timeout: 30_000 });
  await context.close();
  const acct = await f.inst.db
    .selectFrom("accounts")
    .select(["status", "username"])
    .executeTakeFirstOrThrow();
  assert.deepEqual(acct, { status: "active", username: USERNAME });
});

test(
  "a source with JavaScript off sends hostile HTML as text and a file name",
  { skip },
  async () => {
    const file = join(work, "upload.txt");
    await writeFile(file, `file body ${MARK_FILE}\n`);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${f.url}/en/`);
    await page.click("#start");
    codename = (await page.textContent("#codename"))?.trim() ?? "";
    await page.click("#continue");
    await page.fill('form#submission textarea[name="message"]', XSS_MESSAGE);
    await page.setInputFiles('form#submission input[type="file"][name="files"]', {
      name: XSS_NAME,
      mimeType: "text/plain",
      buffer: await readFile(file),
    });
    await page.click("#send");
    await page.waitForSelector("#submission-received");
    await context.close();
  },
);

test(
  "the recipient logs in, reads and saves decrypted in the browser, and replies",
  { skip },
  async () => {
    const { context, page } = await recipientContext();
    await page.goto(`${f.recipientUrl}/`);
    await page.fill('form#recipient-login input[name="username"]', USERNAME);
    await page.fill('form#recipient-login input[name="passphrase"]', PASSPHRASE);
    await page.fill('form#recipient-login input[name="totp"]', nextCode());
    await page
      .locator("form#recipient-login")
      .evaluate((form: HTMLFormElement) => form.requestSubmit());
    const item = page.locator(".source-item").first();
    await item.waitFor({ timeout: 60_000 });
    const [source] = await f.inst.db.selectFrom("sources").select("designation").execute();
    assert.equal(await item.getAttribute("data-designation"), source?.designation);
    await item.click();

    const message = page.locator("#conversation .message").first();
    await message.waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      (mark) => document.querySelector("#conversation .message")?.textContent.includes(mark),
      MARK_MESSAGE,
      { timeout: 30_000 },
    );
    const text = (await message.textContent()) ?? "";
    assert.ok(text.includes(XSS_MESSAGE), "the hostile message is shown as text, whole");
    assert.ok(text.includes(XSS_NAME), "the hostile file name is shown as text");
    assert.equal(await page.locator("#conversation img, #conversation svg[onload]").count(), 0);
    assert.equal(await page.evaluate(() => (window as { __xss?: number }).__xss), undefined);

    // Save the file: decrypted in the browser, delivered as a download.
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      message.locator("button.file-save").first().click(),
    ]);
    const saved = join(work, "saved.bin");
    await download.saveAs(saved);
    assert.equal(await readFile(saved, "utf8"), `file body ${MARK_FILE}\n`);
    assert.ok(!/[<>/\\]/.test(download.suggestedFilename()), download.suggestedFilename());
    assert.equal(await message.locator(".file-note").count(), 0, "a current file has no note");

    // The attack (issue #11): the file's blob swapped on the server's disk for another
    // age file for the same key, of the same size. The app refuses it, and says why.
    const [row] = await f.inst.db
      .selectFrom("blobs")
      .select("id")
      .where("role", "=", "file")
      .execute();
    const [channel] = await listChannels(f.inst.db);
    const blobPath = f.inst.blobs.pathOf(row!.id);
    const original = await readFile(blobPath);
    const forged = await encryptBytes(
      await channelRecipients(f.inst.db, channel!.id),
      Buffer.alloc(`file body ${MARK_FILE}\n`.length, "E"),
    );
    assert.equal(forged.length, original.length);
    let downloads = 0;
    page.on("download", () => downloads++);
    try {
      await writeFile(blobPath, forged);
      await message.locator("button.file-save").first().click();
      const alert = message.locator(".file [role=alert]");
      await alert.waitFor({ timeout: 30_000 });
      assert.match((await alert.textContent()) ?? "", /is not the file this submission/);
      assert.equal(downloads, 0, "nothing was offered for download");
    } finally {
      await writeFile(blobPath, original);
    }

    await page.fill('form#reply textarea[name="reply"]', `We read it. ${MARK_REPLY}`);
    await page.locator("form#reply").evaluate((form: HTMLFormElement) => form.requestSubmit());
    await page.waitForFunction(
      (mark) =>
        Array.from(document.querySelectorAll("#conversation .reply")).some((e) =>
          e.textContent.includes(mark),
        ),
      MARK_REPLY,
      { timeout: 30_000 },
    );
    await context.close();
  },
);

test(
  "the source logs back in with the codename, reads the reply and deletes it",
  { skip },
  async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${f.url}/en/login`);
    await page.fill('form#login input[name="codename"]', codename);
    await page.click("#login-submit");
    await page.waitForSelector("#replies .reply");
    assert.match((await page.textContent("#replies .reply")) ?? "", new RegExp(MARK_REPLY));
    await page.click("#replies .reply .reply-delete button");
    await page.waitForSelector("#replies");
    assert.equal(await page.locator("#replies .reply").count(), 0);
    await context.close();
  },
);

test(
  "no secret left the browser: every request searched for the passphrase and keys",
  { skip },
  async () => {
    const enrol = seen.find((r) => r.url.endsWith("/api/v1/enrol") && r.method === "POST");
    assert.ok(enrol?.body, "the enrolment request was recorded");
    const body = JSON.parse(enrol.body.toString("utf8")) as EnrolRequest;
    // What the browser derived, recomputed here from the passphrase and the salt it sent.
    const master = Buffer.from(
      await argon2id({
        password: PASSPHRASE,
        salt: Buffer.from(body.kdf.salt, "base64url"),
        parallelism: body.kdf.p,
        iterations: body.kdf.t,
        memorySize: body.kdf.m,
        hashLength: 32,
        outputType: "binary",
      }),
    );
    const authKey = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), AUTH_INFO, 32));
    const wrapKey = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), WRAP_INFO, 32));
    assert.equal(authKey.toString("base64url"), body.auth, "the auth key is what was derived");
    const wrapped = Buffer.from(body.wrapped, "base64url");
    const d = createDecipheriv("aes-256-gcm", wrapKey, wrapped.subarray(0, 12));
    d.setAAD(Buffer.from(IDENTITY_AAD));
    d.setAuthTag(wrapped.subarray(wrapped.length - 16));
    const identity = Buffer.concat([
      d.update(wrapped.subarray(12, wrapped.length - 16)),
      d.final(),
    ]).toString("utf8");
    assert.match(identity, /^AGE-SECRET-KEY-/);

    const secrets: [string, Buffer][] = [
      ["passphrase", Buffer.from(PASSPHRASE)],
      ["master key", master],
      ["wrap key", wrapKey],
      ["identity", Buffer.from(identity)],
      ["identity (lower case)", Buffer.from(identity.toLowerCase())],
    ];
    const forms = (b: Buffer): string[] => [
      b.toString("latin1"),
      b.toString("hex"),
      b.toString("base64"),
      b.toString("base64url"),
      encodeURIComponent(b.toString("latin1")),
    ];
    const apiCalls = seen.filter((r) => r.url.includes("/api/"));
    assert.ok(apiCalls.length >= 8, `only ${apiCalls.length} API calls recorded`);
    for (const r of seen) {
      const hay = [r.url, JSON.stringify(r.headers), r.body?.toString("latin1") ?? ""].join("\n");
      for (const [name, secret] of secrets) {
        for (const form of forms(secret)) {
          assert.ok(!hay.includes(form), `${name} found in ${r.method} ${r.url}`);
        }
      }
    }
    // The reply went up as ciphertext only, and it opens with the identity we recovered.
    const up = seen.find((r) => r.url.endsWith("/replies") && r.method === "POST");
    assert.ok(up?.body);
    assert.ok(!up.body.includes(MARK_REPLY), "the reply left the browser in plaintext");
    const plain = await decryptBytes([identity], up.body, 1 << 20);
    assert.equal(plain.toString("utf8"), `We read it. ${MARK_REPLY}`);
    for (const r of seen) {
      const b = r.body?.toString("utf8") ?? "";
      assert.ok(!b.includes(MARK_MESSAGE) && !b.includes(MARK_FILE), "plaintext was sent back");
    }
  },
);

test(
  "seizure: no plaintext, name, reply or passphrase in the data folder or logs",
  { skip },
  async () => {
    const needles = [MARK_MESSAGE, MARK_FILE, MARK_REPLY, XSS_NAME, PASSPHRASE, codename];
    const files = await walk(f.dir);
    assert.ok(files.some((p) => p.endsWith("postern.sqlite")));
    for (const p of files) {
      const bytes = await readFile(p);
      for (const n of needles) {
        for (const enc of ["utf8", "utf16le"] as const) {
          assert.equal(bytes.indexOf(Buffer.from(n, enc)), -1, `${n} found in ${p} (${enc})`);
        }
      }
    }
    const log = f.logs.join("\n");
    for (const n of [...needles, "127.0.0.1", USERNAME]) {
      assert.ok(!log.includes(n), `log holds ${n}`);
    }
  },
);
