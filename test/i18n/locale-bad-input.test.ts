/**
 * Bad input around languages (issue #5): unknown or odd locales in the path fall back to
 * a page with a link, never a 500; any Accept-Language picks a supported locale; dates
 * and numbers go through Intl for the page's locale; right-to-left pages keep codenames,
 * onion addresses and fingerprints left-to-right and isolated; the stylesheet uses
 * logical properties only.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import fc from "fast-check";
import { writeReply } from "../../src/core/replies.ts";
import { formatDay, LOCALES, negotiateLocale, translator } from "../../src/i18n/index.ts";
import { STYLE } from "../../src/web/source/style.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { errorCode, SourceClient } from "../helpers/source-client.ts";

const TAGS = new Set(LOCALES.map((l) => l.tag));

describe("Accept-Language", () => {
  const range = fc.oneof(
    fc.constantFrom("*", "en", "zh", "zh-TW", "zh-Hant-HK", "fa-IR", "ar-EG", "pt-BR", "x-klingon"),
    fc.stringMatching(/^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8}){0,3}$/),
    fc.string({ maxLength: 20 }),
  );
  const entry = fc
    .tuple(range, fc.option(fc.string({ maxLength: 12 })))
    .map(([r, q]) => (q === null ? r : `${r};q=${q}`));
  const header = fc.oneof(
    fc.array(entry, { maxLength: 40 }).map((xs) => xs.join(",")),
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({
      unit: fc.constantFrom(",", ";", "=", " ", "q", "-", "*", "0", "1", "."),
      maxLength: 200,
    }),
  );

  test("any header: never throws, always a supported locale", () => {
    fc.assert(
      fc.property(fc.option(header, { nil: undefined }), (h) => TAGS.has(negotiateLocale(h))),
      { numRuns: 2000 },
    );
  });

  test("any header: the fallback is kept when nothing matches", () => {
    fc.assert(
      fc.property(header, (h) => {
        const got = negotiateLocale(h, "fa");
        return TAGS.has(got);
      }),
      { numRuns: 500 },
    );
    assert.equal(negotiateLocale("x-klingon, tlh;q=0.5", "fa"), "fa");
  });

  test("huge and degenerate headers stay bounded and answer", () => {
    const started = performance.now();
    assert.equal(negotiateLocale(",".repeat(1_000_000)), "en");
    assert.equal(
      negotiateLocale("de;q=1,".repeat(100_000) + "es"),
      "en",
      "past the first 32 entries",
    );
    assert.equal(negotiateLocale(";;;;q=q=q=,,,"), "en");
    assert.equal(negotiateLocale("ES-mx"), "es");
    assert.ok(performance.now() - started < 500);
  });
});

describe("through the source listener", () => {
  let f: Fixture;
  before(async () => {
    f = await startFixture({ onion: true });
  });
  after(async () => {
    await f.close();
  });

  /** A request exactly as written (fetch would normalize "/../" away). */
  const raw = (
    path: string,
    headers: Record<string, string> = {},
    method = "GET",
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> => {
    const u = new URL(f.url);
    return new Promise((resolve, reject) => {
      const req = http.request({ host: u.hostname, port: u.port, path, method, headers }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });
  };

  test("unknown locales: a not-found page with a link to a start page, never a 500", async () => {
    const paths = [
      "/xx/",
      "/xx/submit",
      "/xx",
      "/../",
      "/%2e%2e/",
      "/en/../fa/",
      "/%ff/",
      "/en%00/",
      "//",
      `/${"a".repeat(5000)}/`,
      `/${"zh-Hans".repeat(20)}/guide`,
    ];
    for (const path of paths) {
      const r = await raw(path, { "accept-language": "ru" });
      const what = `${path.slice(0, 30)} (${r.status})`;
      assert.equal(r.status, 404, what);
      assert.match(String(r.headers["content-type"]), /^text\/html; charset=utf-8/, what);
      assert.equal(r.headers["content-security-policy"] !== undefined, true, `${what}: headers`);
      assert.match(r.body, /<div id="error" data-code="not_found"/, what);
      const lang = /<html lang="([^"]+)"/.exec(r.body)?.[1] ?? "";
      assert.ok(TAGS.has(lang), what);
      assert.ok(r.body.includes(`<a href="/${lang}/">`), `${what}: link to the start page`);
    }
    assert.deepEqual(
      f.logs.filter((l) => l.startsWith("level=error")),
      [],
    );
  });

  test("a locale in the wrong letter case is redirected to its own spelling", async () => {
    for (const [path, to] of [
      ["/zh-hans/", "/zh-Hans/"],
      ["/ZH-HANT/login", "/zh-Hant/login"],
      ["/EN", "/en/"],
      ["/Fa/guide", "/fa/guide"],
    ] as const) {
      const r = await raw(path);
      assert.equal(r.status, 301, path);
      assert.equal(r.headers.location, to, path);
    }
    const page = await new SourceClient(f.url).request("/zh-hans/guide");
    assert.equal(page.status, 200);
    assert.match(page.html, /<html lang="zh-Hans"/);
    // A form sent to a miscased path is not replayed elsewhere: an error page, in English.
    const post = await raw("/zh-hans/submit", {}, "POST");
    assert.ok(post.status >= 400 && post.status < 500, String(post.status));
  });

  test("/ with odd Accept-Language headers redirects to a supported locale", async () => {
    for (const h of [
      "",
      ",,,;;;",
      "*",
      "q=1",
      "zh-hans-cn",
      "ar;q=1.5",
      "x".repeat(8000),
      "fa;q=0.1, ko;q=0.2",
    ]) {
      const r = await raw("/", { "accept-language": h });
      assert.equal(r.status, 303, h);
      const to = /^\/([^/]+)\/$/.exec(r.headers.location ?? "")?.[1] ?? "";
      assert.ok(TAGS.has(to), `${h.slice(0, 20)} → ${r.headers.location ?? ""}`);
    }
  });

  test("the replies page writes its date with Intl for the locale (Persian digits and calendar for fa)", async () => {
    const c = new SourceClient(f.url);
    const codename = await c.newSource("fa");
    await c.submit({ message: "hello" }, { locale: "fa" });
    const [source] = await f.inst.db
      .selectFrom("sources")
      .select("designation")
      .orderBy("activity", "desc")
      .execute();
    await writeReply(f.inst, {
      designation: source?.designation ?? "",
      identity: f.identity,
      message: "پاسخ",
    });
    const back = new SourceClient(f.url);
    const fa = await back.login(codename, "fa");
    const meta = /<p class="meta">([^<]+)<\/p>/.exec(fa.html)?.[1] ?? "";
    const { day } = await f.inst.db.selectFrom("replies").select("day").executeTakeFirstOrThrow();
    assert.equal(meta, translator("fa")("replies.meta", { day: formatDay("fa", day) }));
    assert.match(meta, /[۰-۹]/u, "Persian digits");
    assert.doesNotMatch(meta, /[0-9]/, "no Western digits");
    const es = await back.request("/es/submit");
    assert.ok(es.html.includes(formatDay("es", day)), "es date");
    assert.match(formatDay("es", day), / de /);
    assert.equal(errorCode(fa), null);
  });

  test("fa and ar: right-to-left pages, with codename, address and fingerprint left-to-right and isolated", async () => {
    for (const locale of ["fa", "ar"]) {
      const c = new SourceClient(f.url);
      const codename = await c.request(`/${locale}/new`);
      assert.match(codename.html, new RegExp(`<html lang="${locale}" dir="rtl"`));
      assert.match(codename.html, /<p id="codename" class="codename ltr" lang="en" dir="ltr">/);
      const login = await c.request(`/${locale}/login`);
      assert.match(login.html, /<input id="codename-input"[^>]* dir="ltr"/);
      const guide = await c.request(`/${locale}/guide`);
      assert.match(
        guide.html,
        /<code id="guide-address" class="ltr onion" dir="ltr">[a-z2-7]{56}\.onion<\/code>/,
      );
    }
    for (const cls of [".ltr", ".codename", ".onion", ".fingerprint"]) {
      const rule = new RegExp(
        `${cls.replace(".", "\\.")}[,\\s][^{]*\\{[^}]*direction: ltr;\\s*unicode-bidi: isolate;`,
      );
      assert.match(STYLE, rule, cls);
    }
  });
});

test("the stylesheet uses logical properties only", () => {
  const css = STYLE.replace(/\/\*[\s\S]*?\*\//g, "");
  const physical =
    /(?:^|[\s;{])(?:(?:margin|padding|border)-(?:left|right|top|bottom)|left|right|top|bottom|float|clear)\s*:|text-align\s*:\s*(?:left|right)|border-(?:top|bottom)-(?:left|right)-radius/gm;
  assert.deepEqual(css.match(physical) ?? [], []);
  // Shorthands with four values name left and right; two or three are symmetric across them.
  for (const m of css.matchAll(
    /(?:margin|padding|inset|border-radius|border-width)\s*:\s*([^;]+);/g,
  )) {
    assert.ok((m[1] ?? "").trim().split(/\s+/).length < 4, m[0]);
  }
});
