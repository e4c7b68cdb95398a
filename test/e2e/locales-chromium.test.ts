// Issue #5 in real Chromium: every source page in every locale renders with
// JavaScript off (lang, dir, the computed direction of <main>, a working
// language menu), with a full-page screenshot saved under test-artifacts/;
// every page passes axe-core's WCAG 2.1 A/AA rules; and the landing and
// submit pages work by keyboard alone, with a visible focus indicator.
//
// axe needs JavaScript, so it runs in a context with JavaScript on (and the
// CSP bypassed, for its script only). The pages carry no script, so they are
// the same document either way; the one difference is #warning-js, which the
// <noscript> stylesheet hides when JavaScript is off and which is shown (and
// so checked) here. What axe sees is therefore a superset of what a source
// with JavaScript off sees.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { LOCALES } from "../../src/i18n/index.ts";
import { CHROMIUM, launchChromium } from "../helpers/browser.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";

const skip = CHROMIUM === undefined ? "Debian chromium is not installed" : false;

const SHOTS = fileURLToPath(new URL("../../test-artifacts/screenshots/", import.meta.url));
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** Not a codename: the login answers with an error page. */
const WRONG_CODENAME = "not a real codename at all";

let f: Fixture;
let browser: Browser;

before(async () => {
  if (skip !== false) return;
  // Onion keys first, so the guide shows the address to check (its facts list is checked too).
  f = await startFixture({ onion: true });
  browser = await launchChromium();
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  if (skip !== false) return;
  await browser.close();
  await f.close();
});

type PageName = "landing" | "guide" | "codename" | "submit" | "received" | "login" | "error";

/** Visits every source page in `locale`, in order, calling `visit` on each. */
async function tour(
  page: Page,
  locale: string,
  visit: (name: PageName) => Promise<void>,
): Promise<void> {
  const base = `${f.url}/${locale}`;
  await page.goto(`${base}/`);
  await visit("landing");
  await page.goto(`${base}/guide`);
  await visit("guide");
  await page.goto(`${base}/`);
  await page.click("#start");
  await page.waitForSelector("#codename");
  await visit("codename");
  await page.click("#continue");
  await page.waitForSelector("form#submission");
  await visit("submit");
  await page.goto(`${base}/submit`);
  await page.fill('form#submission textarea[name="message"]', `A small message (${locale}).`);
  await page.click("#send");
  await page.waitForSelector("#submission-received");
  await visit("received");
  await page.goto(`${base}/login`);
  await visit("login");
  await page.goto(`${base}/login`);
  await page.fill('form#login input[name="codename"]', WRONG_CODENAME);
  await page.click("#login-submit");
  await page.waitForSelector("#error[data-code]");
  await visit("error");
}

/** The path a language-menu link should lead to from each page, or null where it starts something. */
const MENU_PATH: Record<PageName, string | null> = {
  landing: "/",
  guide: "/guide",
  codename: null, // /X/new would draw another codename
  submit: "/submit",
  received: "/submit",
  login: "/login",
  error: "/",
};

// Two locales at a time (a context each; pages in sequence within one): the waits overlap.
const concurrency = 2;

describe("source pages in Chromium with JavaScript off", { concurrency }, () => {
  LOCALES.forEach((loc, i) => {
    // Another locale to switch to, varied so right-to-left ones are switched to as well.
    const other = LOCALES[(i + 5) % LOCALES.length]!;
    test(`${loc.tag}: renders, lang/dir, language menu, screenshots`, { skip }, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const seen: PageName[] = [];
      await tour(page, loc.tag, async (name) => {
        const where = `${loc.tag} ${name}`;
        seen.push(name);
        const html = page.locator("html");
        assert.equal(await html.getAttribute("lang"), loc.tag, `${where}: html[lang]`);
        assert.equal(await html.getAttribute("dir"), loc.dir, `${where}: html[dir]`);
        const direction = await page
          .locator("main")
          .evaluate((el) => getComputedStyle(el).direction);
        assert.equal(direction, loc.dir, `${where}: computed direction of main`);
        assert.ok(await page.locator("main h1").first().isVisible(), `${where}: a visible h1`);
        assert.equal(await page.locator("script").count(), 0, `${where}: no script`);
        assert.equal(
          await page.locator("nav#languages a[hreflang]").count(),
          LOCALES.length,
          `${where}: one menu link per locale`,
        );
        // With JavaScript off the <noscript> sheet hides the JavaScript warning.
        assert.equal(await page.locator("#warning-js").isVisible(), false, `${where}: #warning-js`);
        // Screenshots of the two pages a source reads first (the others cost CI time).
        if (name === "landing" || name === "guide")
          await page.screenshot({ path: `${SHOTS}${loc.tag}-${name}.png`, fullPage: true });

        const target = MENU_PATH[name];
        if (target === null) return;
        await page.click(`nav#languages a[hreflang="${other.tag}"]`);
        await page.waitForURL((u) => u.pathname === `/${other.tag}${target}`);
        assert.equal(await html.getAttribute("lang"), other.tag, `${where} → ${other.tag}`);
        assert.equal(await html.getAttribute("dir"), other.dir, `${where} → ${other.tag}: dir`);
        if (name === "submit" || name === "received") {
          assert.equal(await page.locator("form#submission").count(), 1, `${where} → form`);
        }
        // The tour goes on with its own next navigation.
      });
      assert.deepEqual(seen, [
        "landing",
        "guide",
        "codename",
        "submit",
        "received",
        "login",
        "error",
      ]);
      await context.close();
    });
  });
});

interface Violation {
  readonly page: string;
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now. */
async function axeCheck(
  page: Page,
): Promise<{ passed: string[]; violations: Omit<Violation, "page">[] }> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const r = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return {
      passed: r.passes.map((p) => p.id),
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      })),
    };
  }, WCAG21_AA);
}

describe("source pages pass axe-core WCAG 2.1 A/AA", { concurrency }, () => {
  for (const loc of LOCALES) {
    test(`${loc.tag}: no violation on any page`, { skip }, async () => {
      // JavaScript on for axe itself; the CSP (no scripts) is bypassed for this run only.
      const context: BrowserContext = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      const found: Violation[] = [];
      let pages = 0;
      await tour(page, loc.tag, async (name) => {
        pages++;
        // Shown here (JavaScript is on), so checked: it must be accessible too.
        assert.ok(await page.locator("#warning-js").isVisible(), `${loc.tag} ${name}: #warning-js`);
        const { passed, violations } = await axeCheck(page);
        // axe did run its rules here: contrast and the page's language at least were checked.
        for (const rule of ["color-contrast", "html-has-lang", "html-lang-valid"]) {
          assert.ok(
            passed.includes(rule) || violations.some((v) => v.id === rule),
            `${loc.tag} ${name}: ${rule} was checked`,
          );
        }
        for (const v of violations) found.push({ page: name, ...v });
      });
      await context.close();
      assert.equal(pages, 7);
      assert.deepEqual(
        found,
        [],
        found
          .map(
            (v) =>
              `${loc.tag} ${v.page}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(", ")}`,
          )
          .join("\n"),
      );
    });
  }
});

/** What has focus: its id, or its tag and href/name. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null) return "";
    if (el.id !== "") return `#${el.id}`;
    const hreflang = el.getAttribute("hreflang");
    if (hreflang !== null) return `lang:${hreflang}`;
    return el.tagName.toLowerCase();
  });
}

/** Tabs until `want` has focus (at most `max` presses); returns every stop on the way. */
async function tabTo(page: Page, want: string, max = 40): Promise<string[]> {
  const stops: string[] = [];
  for (let n = 0; n < max; n++) {
    await page.keyboard.press("Tab");
    const at = await focused(page);
    stops.push(at);
    if (at === want) return stops;
  }
  assert.fail(`Tab never reached ${want}; stops: ${stops.join(" ")}`);
}

/** The focused element's outline and box-shadow, then the same once it has lost focus. */
async function focusRing(page: Page): Promise<{ focused: string; blurred: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    const visible = el.matches(":focus-visible");
    const focused = visible
      ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`
      : "not :focus-visible";
    el.blur();
    const blurred = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
    el.focus();
    return { focused, blurred };
  });
}

describe("keyboard alone", () => {
  for (const tag of ["en", "ar"]) {
    test(`${tag}: landing → codename → submit by keyboard`, { skip }, async () => {
      // JavaScript off for the source's page; Playwright's own evaluation still works.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${f.url}/${tag}/`);

      await page.keyboard.press("Tab");
      assert.equal(await focused(page), "#quick-exit", "the first Tab stop is the quick exit");
      const ring = await focusRing(page);
      assert.notEqual(ring.focused, "not :focus-visible", "keyboard focus is :focus-visible");
      assert.notEqual(ring.focused, ring.blurred, `a visible focus indicator (${ring.focused})`);

      const stops = await tabTo(page, "#start");
      for (const l of LOCALES) {
        assert.ok(stops.includes(`lang:${l.tag}`), `the language menu's ${l.tag} is reachable`);
      }
      const startRing = await focusRing(page);
      assert.notEqual(startRing.focused, startRing.blurred, "#start shows focus");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#codename");
      assert.equal(new URL(page.url()).pathname, `/${tag}/new`);

      await tabTo(page, "#continue", 60);
      await page.keyboard.press("Enter");
      await page.waitForSelector("form#submission");

      const order = await tabTo(page, "#send");
      const at = (id: string) => order.indexOf(id);
      assert.ok(at("#message") >= 0, `the message is reachable: ${order.join(" ")}`);
      assert.ok(at("#files") > at("#message"), `the file input follows: ${order.join(" ")}`);
      assert.ok(at("#send") > at("#files"), `#send follows: ${order.join(" ")}`);
      const sendRing = await focusRing(page);
      assert.notEqual(sendRing.focused, sendRing.blurred, "#send shows focus");

      // Typing and sending by keyboard alone.
      await page.locator("#message").focus();
      await page.keyboard.type("Sent by keyboard.");
      await page.locator("#send").focus();
      await page.keyboard.press("Enter");
      await page.waitForSelector("#submission-received");
      await context.close();
    });
  }
});
