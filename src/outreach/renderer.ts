/**
 * Debian's Chromium, driven by playwright-core (never a downloaded browser),
 * draws the kit's images and slides. One browser and one page serve the
 * whole build. Page scripts are off and the context is offline: the
 * documents are markup, CSS and local font files.
 */
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../runtime/chromium.ts";
import { PosternError } from "../protocol/errors.ts";
import type { Frame } from "./layouts.tsx";

/** Font sizes are scaled down in these steps until a frame's text fits it. */
const FIT_SCALES = [1, 0.9, 0.8, 0.7, 0.6];

/**
 * The frames whose text is checked glyph by glyph (layouts.tsx marks them):
 * together they hold every text of the kit in both weights, and asking
 * about every node of every frame would double the drawing time.
 */
const FONT_CHECK_SELECTOR = ".font-check *";

/** Font faces Chromium failed to load. */
const FONT_ERRORS = `document.fonts.ready.then(() =>
  [...document.fonts].filter((f) => f.status === "error").map((f) => f.family))`;

/** Scales each frame's type (--s) down until its .fit box does not overflow; returns frames that never fit. */
function fitFrames(scales: readonly number[]): string {
  return `(() => {
  const bad = [];
  for (const frame of document.querySelectorAll(".frame")) {
    const fit = frame.querySelector(".fit");
    if (fit === null) continue;
    const over = () => fit.scrollHeight > fit.clientHeight + 1 || fit.scrollWidth > fit.clientWidth + 1;
    let ok = false;
    for (const s of ${JSON.stringify(scales)}) {
      frame.style.setProperty("--s", String(s));
      if (!over()) { ok = true; break; }
    }
    if (!ok) bad.push(frame.id);
  }
  return bad;
})()`;
}

function strings(v: unknown): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string"))
    throw new Error("unexpected answer from Chromium");
  return v;
}

export class Renderer {
  readonly #browser: Browser;
  readonly #context: BrowserContext;
  readonly #page: Page;
  readonly #cdp: CDPSession;

  private constructor(browser: Browser, context: BrowserContext, page: Page, cdp: CDPSession) {
    this.#browser = browser;
    this.#context = context;
    this.#page = page;
    this.#cdp = cdp;
  }

  /** @throws PosternError when Debian's chromium is not installed. */
  static async launch(): Promise<Renderer> {
    const executablePath = CHROMIUM;
    if (executablePath === undefined)
      throw new PosternError(
        "tool_missing",
        "Chromium is needed to draw the kit: apt-get install chromium",
      );
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, "--font-render-hinting=none"],
    });
    try {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        offline: true,
        viewport: { width: 1920, height: 1920 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("DOM.enable");
      await cdp.send("CSS.enable");
      return new Renderer(browser, context, page, cdp);
    } catch (e) {
      await browser.close();
      throw e;
    }
  }

  /**
   * Opens a render document, shrinks any frame whose text overflows, checks
   * that every glyph came from one of `fonts` (PostScript names: no silent
   * fallback to a system font), then captures each frame as a PNG.
   * @throws PosternError when text cannot fit or a font was not used as planned.
   */
  async capture(
    file: string,
    frames: readonly Frame[],
    fonts: ReadonlySet<string>,
    what: string,
    sink: (frame: Frame, png: Buffer) => Promise<void>,
  ): Promise<void> {
    await this.#page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    // The page itself runs no script; these expressions run through the DevTools protocol.
    const failed = strings(await this.#page.evaluate(FONT_ERRORS));
    if (failed.length > 0)
      throw new PosternError(
        "tool_failed",
        `${what}: Chromium could not load the font files (${failed.join(", ")})`,
      );
    const overflowing = strings(await this.#page.evaluate(fitFrames(FIT_SCALES)));
    if (overflowing.length > 0)
      throw new PosternError(
        "kit_texts_invalid",
        `${what}: the text does not fit in ${overflowing.join(", ")}, even at 60 %; shorten the organization name or the kit texts`,
      );
    await this.#checkFonts(fonts, what);
    for (const f of frames) {
      const shot = await this.#cdp.send("Page.captureScreenshot", {
        format: "png",
        clip: { x: 0, y: f.y, width: f.width, height: f.height, scale: 1 },
        captureBeyondViewport: true,
      });
      await sink(f, Buffer.from(shot.data, "base64"));
    }
  }

  /** Asks Chromium which fonts drew each element's text (CSS.getPlatformFontsForNode). */
  async #checkFonts(allowed: ReadonlySet<string>, what: string): Promise<void> {
    const doc = await this.#cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeIds } = await this.#cdp.send("DOM.querySelectorAll", {
      nodeId: doc.root.nodeId,
      selector: FONT_CHECK_SELECTOR,
    });
    const used = new Map<
      string,
      { familyName: string; postScriptName: string; isCustomFont: boolean }
    >();
    for (const nodeId of nodeIds) {
      const { fonts } = await this.#cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      for (const f of fonts) used.set(`${f.postScriptName}/${f.familyName}/${f.isCustomFont}`, f);
    }
    const wrong = [...used.values()].filter(
      (f) => !f.isCustomFont || !allowed.has(f.postScriptName),
    );
    if (wrong.length > 0)
      throw new PosternError(
        "tool_failed",
        `${what}: Chromium drew text with ${wrong.map((f) => `${f.familyName}${f.isCustomFont ? "" : " (system font)"}`).join(", ")} instead of the kit's fonts`,
      );
  }

  async close(): Promise<void> {
    await this.#context.close().catch(() => undefined);
    await this.#browser.close();
  }
}
