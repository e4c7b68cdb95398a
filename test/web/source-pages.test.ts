import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { wordlist as spanish } from "@scure/bip39/wordlists/spanish.js";
import { issueCsrf, verifyCsrf } from "../../src/web/source/csrf.ts";
import { readOnionAddress } from "../../src/tor/onion.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { errorCode, received, SourceClient } from "../helpers/source-client.ts";

let f: Fixture;
before(async () => {
  f = await startFixture({ channels: { investigations: "Investigations desk" } });
});
after(async () => {
  await f.close();
});

test("/ redirects by Accept-Language; pages carry lang, dir and the language menu", async () => {
  const res = await fetch(`${f.url}/`, {
    headers: { "accept-language": "es-AR,es;q=0.9" },
    redirect: "manual",
  });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), "/es/");
  const c = new SourceClient(f.url);
  for (const locale of ["en", "es"]) {
    const p = await c.request(`/${locale}/`);
    assert.equal(p.status, 200);
    assert.match(p.html, new RegExp(`<html lang="${locale}" dir="ltr">`));
    assert.match(p.html, /<nav id="languages"/);
    assert.match(p.html, /<a href="\/es\/" hreflang="es"/);
    assert.match(p.html, /id="start"/);
    assert.match(p.html, /id="returning"/);
    assert.doesNotMatch(p.html, /<script/i);
  }
});

test("every response carries the security headers, errors included, and no server banner", async () => {
  for (const path of ["/en/", "/en/login", "/static/style.css", "/nope", "/xx/", "/robots.txt"]) {
    const res = await fetch(f.url + path);
    assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'none'/, path);
    assert.equal(res.headers.get("referrer-policy"), "no-referrer", path);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
    assert.equal(res.headers.get("server"), null, path);
    assert.equal(res.headers.get("x-powered-by"), null, path);
  }
  const page = await fetch(`${f.url}/en/`);
  assert.equal(page.headers.get("cache-control"), "no-store");
});

test("with several channels the source chooses one, and the submission lands there", async () => {
  const c = new SourceClient(f.url);
  await c.newSource();
  const form = await c.request("/en/submit");
  assert.match(form.html, /name="channel" value="default"/);
  assert.match(form.html, /name="channel" value="investigations"/);
  assert.ok(received(await c.submit({ channel: "investigations", message: "to the desk" })));
  const rows = await f.inst.db
    .selectFrom("submissions")
    .innerJoin("channels", "channels.id", "submissions.channel_id")
    .select("channels.slug")
    .execute();
  assert.deepEqual(
    rows.map((r) => r.slug),
    ["investigations"],
  );
  assert.equal(
    errorCode(await c.submit({ channel: "nonexistent", message: "x" })),
    "channel_unknown",
  );
});

test("the codename is shown in the page's language and works from any language", async () => {
  const c = new SourceClient(f.url);
  const codename = await c.newSource("es");
  const words = codename.split(" ");
  assert.equal(words.length, 12);
  const list = new Set(spanish.map((w) => w.normalize("NFC")));
  assert.ok(
    words.every((w) => list.has(w.normalize("NFC"))),
    codename,
  );
  assert.ok(received(await c.submit({ channel: "default", message: "hola" }, { locale: "es" })));
  const again = new SourceClient(f.url);
  const p = await again.login(codename, "en");
  assert.equal(p.status, 200);
  assert.match(p.html, /id="replies"/, "the returning source's page");
  assert.ok(received(await again.submit({ channel: "default", message: "second" })));
  const seqs = await f.inst.db.selectFrom("sources").select("submission_count").execute();
  assert.ok(seqs.some((s) => s.submission_count === 2));
});

test("login issues a fresh session id (no fixation) and logout ends it", async () => {
  const c = new SourceClient(f.url);
  const codename = await c.newSource();
  assert.ok(received(await c.submit({ channel: "default", message: "x" })));
  const planted = new SourceClient(f.url);
  await planted.request("/en/login");
  const before = planted.cookie;
  await planted.login(codename);
  assert.notEqual(planted.cookie, before);
  const logoutCsrf = /id="logout"[\s\S]*?name="csrf" value="([^"]+)"/.exec(
    (await planted.request("/en/submit")).html,
  )?.[1];
  assert.ok(logoutCsrf);
  const out = await planted.request("/en/logout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrf: logoutCsrf }).toString(),
  });
  assert.match(out.html, /New Identity/);
  const stale = new SourceClient(f.url);
  stale.cookie = before;
  assert.equal(errorCode(await stale.request("/en/submit")), "session_expired");
});

test("form tokens are bound to the cookie, expire, and resist tampering", () => {
  const secret = randomBytes(32);
  const now = Date.now();
  const t = issueCsrf(secret, "binding-a", 3600, now);
  assert.ok(verifyCsrf(secret, "binding-a", t, now));
  assert.ok(verifyCsrf(secret, "binding-a", t, now + 3599_000));
  assert.ok(!verifyCsrf(secret, "binding-a", t, now + 3601_000), "expired");
  assert.ok(!verifyCsrf(secret, "binding-b", t, now), "other session");
  assert.ok(!verifyCsrf(randomBytes(32), "binding-a", t, now), "other instance");
  const flipped = (t[0] === "A" ? "B" : "A") + t.slice(1);
  assert.ok(!verifyCsrf(secret, "binding-a", flipped, now), "expiry tampered");
  assert.ok(!verifyCsrf(secret, "binding-a", `${t}x`, now));
  assert.ok(!verifyCsrf(secret, "binding-a", 42, now));
});

test("the safety guide shows the onion address and the statement key's fingerprint", async () => {
  const f = await startFixture({ onion: true, signingKey: true });
  try {
    const { keyFingerprint, installedKey } = await import("../../src/outreach/signing.ts");
    const key = await installedKey(f.dir);
    assert.ok(key !== null && key.serverKey === null, "a public key only");
    const fingerprint = keyFingerprint(key.publicKey);
    const onion = await readOnionAddress(f.dir, "source");
    for (const locale of ["en", "fa"]) {
      const page = await new SourceClient(f.url).request(`/${locale}/guide`);
      assert.equal(page.status, 200);
      assert.ok(page.html.includes(fingerprint), `${locale}: fingerprint shown`);
      assert.ok(onion !== null && page.html.includes(onion), `${locale}: address shown`);
      assert.match(page.html, /<code id="guide-fingerprint"[^>]*dir="ltr"/);
    }
  } finally {
    await f.close();
  }
});
