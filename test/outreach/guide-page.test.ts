/**
 * The guide page in real Chromium with JavaScript off: it prints on one A4
 * and one Letter page with the card at its real size, and left-to-right
 * values stay isolated in right-to-left text.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { generateOnionKey } from "../../src/crypto/index.ts";
import { guidePage } from "../../src/outreach/guide-page.tsx";
import { localeKit, onionUrl, type KitIdentity } from "../../src/outreach/locale-kit.ts";
import { qrMatrix } from "../../src/outreach/qr.ts";
import { launchChromium } from "../helpers/browser.ts";
import { fixtureTexts } from "./fixtures.ts";

const address = generateOnionKey().address;
const ID: KitIdentity = {
  // Long and hostile: it must wrap, stay text, and not push the page over one sheet.
  org: 'The Independent Investigative Newsroom of the Northern Region <script>alert(1)</script> & "Co"',
  address,
  fingerprint: "3F2A 9C01 0000 1111 2222 3333 4444 5555 6666 7777 8888 9999 AAAA BBBB CCCC DDEF",
  publicKey: Buffer.alloc(32, 9).toString("base64"),
  qr: qrMatrix(onionUrl(address)),
};

function pdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

describe("guide page in Chromium (JavaScript off)", () => {
  let browser: Browser;
  let page: Page;
  before(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ javaScriptEnabled: false, offline: true })).newPage();
  });
  after(async () => {
    await browser.close();
  });

  for (const locale of ["en", "fa"]) {
    test(`${locale}: prints on one A4 page and one Letter page, card at 85.6 × 54 mm`, async () => {
      const html = guidePage(localeKit(locale, ID, fixtureTexts));
      await page.setContent(html);
      assert.equal(await page.locator("script").count(), 0, "the org name stayed text");
      assert.ok((await page.locator("body").innerText()).includes("<script>alert(1)</script>"));
      for (const format of ["A4", "Letter"] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        assert.equal(pdfPages(pdf), 1, `${locale} ${format}: one page`);
      }
      await page.emulateMedia({ media: "print" });
      const box = await page.locator(".card").boundingBox();
      assert.ok(box !== null);
      const mm = 96 / 25.4;
      assert.ok(Math.abs(box.width - 85.6 * mm) < 1.5, `card width ${box.width / mm} mm`);
      assert.ok(Math.abs(box.height - 53.98 * mm) < 1.5, `card height ${box.height / mm} mm`);
      await page.emulateMedia({ media: null });
    });
  }

  test("fa: the page is right-to-left, the address left-to-right inside it", async () => {
    await page.setContent(guidePage(localeKit("fa", ID, fixtureTexts)));
    assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
    assert.equal(await page.locator(".where .onion").getAttribute("dir"), "ltr");
    const link = page.locator(`.where .onion a[href="${onionUrl(address)}"]`);
    assert.equal(await link.innerText(), address);
  });
});
