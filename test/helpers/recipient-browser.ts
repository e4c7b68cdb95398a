/** A recipient in real Chromium (JavaScript on): enrol through an invite link, log in. */
import { randomBytes } from "node:crypto";
import { base32nopad } from "@scure/base";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { totpCode, totpStep } from "../../src/crypto/index.ts";

export interface BrowserAccount {
  readonly username: string;
  readonly passphrase: string;
  readonly totpSecret: Uint8Array;
  /** The last TOTP step used (the server refuses a step twice). */
  lastStep: number;
}

export function nextCode(a: BrowserAccount): string {
  const step = Math.max(totpStep(Date.now() / 1000), a.lastStep + 1);
  a.lastStep = step;
  return totpCode(a.totpSecret, step);
}

async function submit(page: Page, form: string): Promise<void> {
  await page.locator(form).evaluate((f: HTMLFormElement) => f.requestSubmit());
}

/** Opens the invite link, chooses a passphrase, enrols TOTP; closes its context. */
export async function enrolInBrowser(
  browser: Browser,
  base: string,
  link: string,
  username: string,
): Promise<BrowserAccount> {
  const passphrase = `tidal ${randomBytes(6).toString("hex")} lantern quokka`;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}${link}`);
    await page.fill('form#enrol input[name="username"]', username);
    await page.fill('form#enrol input[name="passphrase"]', passphrase);
    await page.fill('form#enrol input[name="passphrase-confirm"]', passphrase);
    await submit(page, "form#enrol");
    await page.waitForSelector("#totp-secret", { timeout: 60_000 });
    const secret = ((await page.textContent("#totp-secret")) ?? "").replace(/\s+/g, "");
    const account: BrowserAccount = {
      username,
      passphrase,
      totpSecret: base32nopad.decode(secret),
      lastStep: 0,
    };
    await page.fill('form#totp-enrol input[name="totp"]', nextCode(account));
    await submit(page, "form#totp-enrol");
    await page.waitForSelector("#inbox", { timeout: 30_000 });
    return account;
  } finally {
    await context.close();
  }
}

export interface LoggedInPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Messages of any dialog that opened (alert, confirm…): none should. */
  readonly dialogs: string[];
  readonly consoleErrors: string[];
}

/** A fresh context, logged in with passphrase + TOTP, on the inbox. */
export async function loginInBrowser(
  browser: Browser,
  base: string,
  account: BrowserAccount,
): Promise<LoggedInPage> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  await page.goto(`${base}/`);
  await page.fill('form#recipient-login input[name="username"]', account.username);
  await page.fill('form#recipient-login input[name="passphrase"]', account.passphrase);
  await page.fill('form#recipient-login input[name="totp"]', nextCode(account));
  await submit(page, "form#recipient-login");
  await page.waitForSelector("#inbox", { timeout: 60_000 });
  return { context, page, dialogs, consoleErrors };
}
