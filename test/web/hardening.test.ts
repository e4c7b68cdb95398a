// Hardening of the source listener (issue #4 §3): headers on every response,
// methods, Onion-Location, warnings (JavaScript on, clearnet, Tor2web) that
// need no JavaScript, a quick exit, a honeypot, and a login throttle that
// slows guessing without locking out a real source.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import type { Browser } from "playwright-core";
import { readOnionAddress } from "../../src/tor/onion.ts";
import { CHROMIUM, launchChromium } from "../helpers/browser.ts";
import { residue, startFixture, type Fixture } from "../helpers/instance.ts";
import { errorCode, received, SourceClient } from "../helpers/source-client.ts";

const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

let f: Fixture;
let onion = "";
before(async () => {
  f = await startFixture({ onion: true, config: { loginFailuresPerMinute: 3 } });
  onion = (await readOnionAddress(f.dir, "source")) ?? "";
});
after(async () => {
  await f.close();
});

/** A raw request, so the Host header and method can be anything. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body = "",
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  const u = new URL(f.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

test("every route, success and error, carries the full set of headers", async () => {
  const c = new SourceClient(f.url);
  await c.newSource();
  const cases: [string, string, Record<string, string>, string][] = [
    ["GET", "/", {}, ""],
    ["GET", "/en/", {}, ""],
    ["HEAD", "/en/", {}, ""],
    ["GET", "/en/new", {}, ""],
    ["GET", "/en/login", {}, ""],
    ["GET", "/en/submit", {}, ""],
    ["GET", "/en/submit", { cookie: c.cookie ?? "" }, ""],
    ["POST", "/en/submit", {}, ""],
    ["POST", "/en/submit", { cookie: c.cookie ?? "", "content-type": "text/plain" }, "x"],
    ["POST", "/en/login", { "content-type": "application/x-www-form-urlencoded" }, "codename=x"],
    ["POST", "/en/logout", { "content-type": "application/x-www-form-urlencoded" }, ""],
    ["GET", "/static/style.css", {}, ""],
    ["GET", "/static/nojs.css", {}, ""],
    ["GET", "/robots.txt", {}, ""],
    ["GET", "/nope", {}, ""],
    ["GET", "/xx/", {}, ""],
    ["PUT", "/en/", {}, ""],
    ["DELETE", "/en/submit", {}, ""],
    ["OPTIONS", "/", {}, ""],
    ["PATCH", "/en/login", {}, ""],
  ];
  for (const [method, path, headers, body] of cases) {
    const r = await raw(method, path, headers, body);
    const what = `${method} ${path} (${r.status})`;
    assert.equal(r.headers["content-security-policy"], CSP, what);
    assert.equal(r.headers["referrer-policy"], "no-referrer", what);
    assert.equal(r.headers["x-content-type-options"], "nosniff", what);
    assert.equal(r.headers["cross-origin-opener-policy"], "same-origin", what);
    assert.equal(r.headers["cross-origin-embedder-policy"], "require-corp", what);
    assert.equal(r.headers["cross-origin-resource-policy"], "same-origin", what);
    assert.equal(r.headers["cache-control"], "no-store", what);
    assert.match(
      String(r.headers["permissions-policy"]),
      /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
      what,
    );
    for (const h of ["server", "x-powered-by", "etag"])
      assert.equal(r.headers[h], undefined, `${what}: ${h}`);
    if (!["GET", "HEAD", "POST"].includes(method)) {
      assert.equal(r.status, 405, what);
      assert.equal(r.headers.allow, "GET, HEAD, POST", what);
    }
  }
});

test("robots.txt disallows everything; pages ask not to be indexed", async () => {
  const r = await raw("GET", "/robots.txt");
  assert.equal(r.body, "User-agent: *\nDisallow: /\n");
  assert.match(
    (await raw("GET", "/en/")).body,
    /<meta name="robots" content="noindex, nofollow"\/?>/,
  );
});

test("Onion-Location and warnings follow how the page was reached", async () => {
  assert.match(onion, /^[a-z2-7]{56}\.onion$/);
  const clear = await raw("GET", "/en/login?x=1", { host: "contact.example.org" });
  assert.equal(clear.headers["onion-location"], `http://${onion}/en/login`);
  assert.match(clear.body, /id="warning-onion"/);
  const viaOnion = await raw("GET", "/en/", { host: onion });
  assert.equal(viaOnion.headers["onion-location"], undefined);
  assert.doesNotMatch(viaOnion.body, /warning-onion|warning-tor2web/);
  const local = await raw("GET", "/en/");
  assert.doesNotMatch(local.body, /warning-onion/);
  const proxy = await raw("GET", "/en/", { host: `${onion}.ly` });
  assert.match(proxy.body, /id="warning-tor2web"/);
  const flagged = await raw("GET", "/en/", { host: onion, "x-tor2web": "1" });
  assert.match(flagged.body, /id="warning-tor2web"/);
});

test("every page has a quick exit and a JavaScript warning that JavaScript-off hides", async () => {
  for (const path of ["/en/", "/en/login", "/es/", "/nope"]) {
    const r = await raw("GET", path);
    assert.match(r.body, /<a id="quick-exit" href="https:\/\/www\.wikipedia\.org\/"/, path);
    assert.match(r.body, /id="warning-js"/, path);
    assert.match(
      r.body,
      /<noscript><link rel="stylesheet" href="\/static\/nojs\.css"\/?><\/noscript>/,
      path,
    );
  }
  assert.match((await raw("GET", "/static/nojs.css")).body, /#warning-js\s*{\s*display:\s*none/);
});

test(
  "in Chromium the JavaScript warning shows with JavaScript on and hides with it off",
  { skip: CHROMIUM === undefined ? "no chromium" : false },
  async () => {
    const browser: Browser = await launchChromium();
    try {
      for (const js of [true, false]) {
        const ctx = await browser.newContext({ javaScriptEnabled: js });
        const page = await ctx.newPage();
        await page.goto(`${f.url}/en/`);
        assert.equal(await page.isVisible("#warning-js"), js, `javaScriptEnabled=${js}`);
        assert.ok(await page.isVisible("#quick-exit"));
        await ctx.close();
      }
    } finally {
      await browser.close();
    }
  },
);

test("a filled honeypot is refused on login and on submission, storing nothing", async () => {
  const c = new SourceClient(f.url);
  await c.newSource();
  const before = await residue(f);
  const csrf = await c.csrf("/en/submit");
  const fd = new FormData();
  fd.append("csrf", csrf);
  fd.append("website", "http://spam.example");
  fd.append("message", "buy now");
  const p = await c.request("/en/submit", { method: "POST", body: fd });
  assert.equal(errorCode(p), "form_rejected");
  assert.deepEqual(await residue(f), before);
  const l = new SourceClient(f.url);
  const lcsrf = await l.csrf("/en/login");
  const lp = await l.request("/en/login", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrf: lcsrf, website: "x", codename: "a b c" }).toString(),
  });
  assert.equal(errorCode(lp), "form_rejected");
});

test("failed logins are throttled, but a real codename always gets in", async () => {
  const real = new SourceClient(f.url);
  const codename = await real.newSource();
  assert.ok(received(await real.submit({ message: "I exist" })));
  const attacker = new SourceClient(f.url);
  const codes: string[] = [];
  for (let i = 0; i < 6; i++) {
    const p = await attacker.login("abandon ".repeat(11) + "zoo");
    codes.push(errorCode(p) ?? "none");
  }
  assert.deepEqual(codes.slice(0, 3), [
    "codename_mistyped",
    "codename_mistyped",
    "codename_mistyped",
  ]);
  assert.deepEqual(codes.slice(3), ["too_many_attempts", "too_many_attempts", "too_many_attempts"]);
  const throttled = await attacker.login("abandon ".repeat(11) + "zoo");
  assert.equal(throttled.status, 429);
  // The real source, during the flood:
  const p = await new SourceClient(f.url).login(codename);
  assert.equal(p.status, 200);
  assert.match(p.html, /id="replies"/);
});

test("a browser that cannot be Tor Browser is warned; Tor Browser is not", async () => {
  const chrome =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
  const torBrowser = "Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Firefox/128.0";
  assert.match((await raw("GET", "/en/", { "user-agent": chrome })).body, /id="warning-browser"/);
  assert.doesNotMatch(
    (await raw("GET", "/en/", { "user-agent": torBrowser })).body,
    /warning-browser/,
  );
  assert.doesNotMatch(
    (await raw("GET", "/en/")).body,
    /warning-browser/,
    "no user agent: no guess",
  );
});
