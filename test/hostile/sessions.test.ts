/**
 * Source sessions and form tokens under attack: tokens carried across
 * sessions, tampered tokens and cookies (each part of `token.key`), session
 * fixation, and replays after logout. Sessions are DESIGN §3's split key: the
 * cookie holds `token.key`, the row is keyed by SHA-256(token); form tokens
 * are an HMAC bound to the token part (src/web/source/csrf.ts).
 */
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import { writeReply } from "../../src/core/replies.ts";
import { sessionBinding } from "../../src/core/sources.ts";
import { issueCsrf } from "../../src/web/source/csrf.ts";
import { designationOf, startFixture, type Fixture } from "../helpers/instance.ts";
import { SourceClient, errorCode, received, type Page } from "../helpers/source-client.ts";
import {
  BOUNDARY,
  FC,
  LIMITS,
  assertErrorPage,
  assertHealthy,
  multipart,
  raw,
  snapshot,
  unchanged,
} from "./harness.ts";

let f: Fixture;

before(async () => {
  f = await startFixture({ limits: LIMITS });
});
after(async () => {
  await f.close();
});

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

interface Source {
  readonly client: SourceClient;
  readonly codename: string;
  /** The cookie value, `token.key`. */
  readonly cookie: string;
  readonly csrf: string;
  readonly reply: string;
}

/** A source that has submitted once and has one reply waiting. */
async function source(): Promise<Source> {
  const client = new SourceClient(f.url);
  const codename = await client.newSource();
  assert.ok(received(await client.submit({ message: "hello" })));
  const reply = await writeReply(f.inst, {
    designation: await designationOf(f, codename),
    identity: f.identity,
    message: "a reply",
  });
  return {
    client,
    codename,
    cookie: cookieValue(client),
    csrf: await client.csrf("/en/submit"),
    reply: reply.id,
  };
}

function cookieValue(c: SourceClient): string {
  const v = /^postern_session=(.*)$/.exec(c.cookie ?? "")?.[1];
  assert.ok(v !== undefined, "a session cookie");
  return v;
}

/** A request with exactly this cookie value (or none), redirects not followed. */
function as(
  cookie: string | null,
  path: string,
  init: { body?: string; multipart?: Buffer } = {},
): Promise<Page> {
  const headers: Record<string, string> = {};
  if (cookie !== null) headers.cookie = `postern_session=${cookie}`;
  if (init.multipart) headers["content-type"] = `multipart/form-data; boundary=${BOUNDARY}`;
  else if (init.body !== undefined) headers["content-type"] = "application/x-www-form-urlencoded";
  const body = init.multipart ?? (init.body === undefined ? undefined : Buffer.from(init.body));
  return raw(f.url, {
    method: body === undefined ? "GET" : "POST",
    path,
    headers,
    ...(body === undefined ? {} : { body }),
  });
}

const submitBody = (csrf: string, message = "replayed?"): Buffer =>
  multipart(BOUNDARY, [
    { name: "csrf", value: csrf },
    { name: "message", value: message },
  ]);

/** The session still opens its page. */
async function assertAlive(s: { cookie: string }, what = ""): Promise<void> {
  const p = await as(s.cookie, "/en/submit");
  assert.equal(p.status, 200, `${what}: the session lives (code ${errorCode(p)})`);
  assert.match(p.html, /id="submission"/);
}

async function replyKept(id: string): Promise<boolean> {
  return (
    (await f.inst.db.selectFrom("replies").select("id").where("id", "=", id).executeTakeFirst()) !==
    undefined
  );
}

/** The form token the session's own page carries. */
async function tokenOf(cookie: string): Promise<string> {
  const m = /name="csrf" value="([^"]+)"/.exec((await as(cookie, "/en/submit")).html);
  assert.ok(m?.[1] !== undefined, "a form token on the page");
  return m[1];
}

function setCookie(p: Page): string | null {
  return /^postern_session=([^;]*)/.exec(p.headers.get("set-cookie") ?? "")?.[1] ?? null;
}

// ---- tokens across sessions ------------------------------------------------------------

describe("form tokens across sessions", () => {
  let a: Source;
  let b: Source;
  before(async () => {
    a = await source();
    b = await source();
  });

  test("A's token with B's cookie: csrf_invalid on logout, delete and submit; both sessions live", async () => {
    const logout = await unchanged(f, () => as(b.cookie, "/en/logout", { body: `csrf=${a.csrf}` }));
    assertErrorPage(logout, "csrf_invalid", "logout");
    const del = await unchanged(f, () =>
      as(b.cookie, `/en/replies/${b.reply}/delete`, { body: `csrf=${a.csrf}` }),
    );
    assertErrorPage(del, "csrf_invalid", "delete");
    assert.ok(await replyKept(b.reply));
    const sub = await unchanged(f, () =>
      as(b.cookie, "/en/submit", { multipart: submitBody(a.csrf) }),
    );
    assertErrorPage(sub, "csrf_invalid", "submit");
    await assertAlive(a, "A");
    await assertAlive(b, "B");
  });

  test("a visitor's login token with another visitor's cookie: csrf_invalid, no session", async () => {
    const v1 = new SourceClient(f.url);
    const t1 = await v1.csrf("/en/login");
    const v2 = new SourceClient(f.url);
    await v2.csrf("/en/login");
    const p = await unchanged(f, () =>
      as(cookieValue(v2), "/en/login", {
        body: new URLSearchParams({ csrf: t1, codename: a.codename }).toString(),
      }),
    );
    assertErrorPage(p, "csrf_invalid");
    assert.equal(setCookie(p), null, "no session cookie");
  });

  test("a token from before login, or from a replaced session, is dead after it", async () => {
    const v = new SourceClient(f.url);
    const before = await v.csrf("/en/login");
    assert.equal((await v.login(a.codename)).status, 200);
    const after = cookieValue(v);
    const p = await unchanged(f, () => as(after, "/en/submit", { multipart: submitBody(before) }));
    assertErrorPage(p, "csrf_invalid", "the pre-login token");

    // /new replaces the session: the old session's token does not carry over.
    const old = v.cookie;
    const oldCsrf = await v.csrf("/en/submit");
    await v.newSource();
    assert.notEqual(v.cookie, old);
    const q = await unchanged(f, () =>
      as(cookieValue(v), "/en/submit", { multipart: submitBody(oldCsrf) }),
    );
    assertErrorPage(q, "csrf_invalid", "the replaced session's token");
  });

  test("any one character of a token changed, or cut, or lengthened: csrf_invalid", async () => {
    const was = await snapshot(f);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: a.csrf.length - 1 }),
        fc.constantFrom(...B64.split("")),
        async (i, c) => {
          fc.pre(a.csrf[i] !== c);
          const token = a.csrf.slice(0, i) + c + a.csrf.slice(i + 1);
          const p = await as(a.cookie, "/en/logout", { body: `csrf=${token}` });
          assertErrorPage(p, "csrf_invalid", `position ${i}`);
        },
      ),
      { ...FC, numRuns: 40 },
    );
    // The same bytes spelled with other unused bits in the last character.
    const last = B64.indexOf(a.csrf.at(-1) ?? "");
    const alias = a.csrf.slice(0, -1) + B64[last ^ 1]!;
    assert.deepEqual(Buffer.from(alias, "base64url"), Buffer.from(a.csrf, "base64url"));
    for (const token of [
      alias,
      a.csrf.slice(0, -1),
      `${a.csrf}A`,
      `${a.csrf}=`,
      a.csrf.toUpperCase(),
      ` ${a.csrf}`,
      "",
    ]) {
      const p = await as(a.cookie, "/en/logout", { body: `csrf=${encodeURIComponent(token)}` });
      assertErrorPage(p, "csrf_invalid", JSON.stringify(token));
    }
    assert.deepEqual(await snapshot(f), was);
    await assertAlive(a);
  });

  test("an expired token, and one made with another instance's secret: csrf_invalid", async () => {
    const binding = sessionBinding(a.cookie);
    const expired = issueCsrf(f.inst.secrets.instanceSecret, binding, 60, Date.now() - 3600_000);
    const foreign = issueCsrf(randomBytes(32), binding, 3600);
    for (const [what, token] of [
      ["expired", expired],
      ["another secret", foreign],
    ] as const) {
      const p = await unchanged(f, () => as(a.cookie, "/en/logout", { body: `csrf=${token}` }));
      assertErrorPage(p, "csrf_invalid", what);
    }
    await assertAlive(a);
  });
});

// ---- cookie tampering ---------------------------------------------------------------------------

describe("cookie tampering", () => {
  let s: Source;
  let other: Source;
  before(async () => {
    s = await source();
    other = await source();
  });

  /** A tampered cookie opens nothing, on a page and on a submission, and the real one still works. */
  async function assertRefused(cookie: string, what: string): Promise<void> {
    const page = await as(cookie, "/en/submit");
    assertErrorPage(page, "session_expired", what);
    assert.ok(!page.html.includes("a reply"), `${what}: no reply shown`);
    const sub = await as(cookie, "/en/submit", { multipart: submitBody(s.csrf) });
    assertErrorPage(sub, "session_expired", `${what} (submit)`);
    const del = await as(cookie, `/en/replies/${s.reply}/delete`, { body: `csrf=${s.csrf}` });
    assertErrorPage(del, "session_expired", `${what} (delete)`);
  }

  test("one character of the token part changed: session_expired", async () => {
    const [token] = s.cookie.split(".") as [string, string];
    const was = await snapshot(f);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: token.length - 1 }),
        fc.constantFrom(...B64.split("")),
        async (i, c) => {
          fc.pre(token[i] !== c);
          await assertRefused(s.cookie.slice(0, i) + c + s.cookie.slice(i + 1), `token[${i}]`);
        },
      ),
      { ...FC, numRuns: 25 },
    );
    assert.deepEqual(await snapshot(f), was);
    assert.ok(await replyKept(s.reply));
    await assertAlive(s);
  });

  test("one character of the key part changed: session_expired (the sealed identities do not open)", async () => {
    const [token, key] = s.cookie.split(".") as [string, string];
    const was = await snapshot(f);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: key.length - 1 }),
        fc.constantFrom(...B64.split("")),
        async (i, c) => {
          fc.pre(key[i] !== c);
          const changed = key.slice(0, i) + c + key.slice(i + 1);
          // Including another spelling of the same bytes (the unused bits of the last character).
          await assertRefused(`${token}.${changed}`, `key[${i}]`);
        },
      ),
      { ...FC, numRuns: 25 },
    );
    assert.deepEqual(await snapshot(f), was);
    await assertAlive(s);
  });

  test("parts dropped, swapped, mixed with another session's, or malformed: session_expired", async () => {
    const [token, key] = s.cookie.split(".") as [string, string];
    const [otherToken, otherKey] = other.cookie.split(".") as [string, string];
    const cases: [string, string][] = [
      ["the token alone", token],
      ["the key alone", key],
      ["swapped", `${key}.${token}`],
      ["this token, another session's key", `${token}.${otherKey}`],
      ["another session's token, this key", `${otherToken}.${key}`],
      ["a third part", `${s.cookie}.${key}`],
      ["an empty key", `${token}.`],
      ["an empty token", `.${key}`],
      ["quoted", `"${s.cookie}"`],
      ["base64 with padding", `${token}=.${key}=`],
      [
        "standard base64 alphabet",
        `${token.replace(/-/g, "+").replace(/_/g, "/")}.${key.replace(/-/g, "+")}`,
      ],
      ["upper case", s.cookie.toUpperCase()],
      ["a NUL appended", `${s.cookie}%00`],
      ["doubled", `${s.cookie}${s.cookie}`],
    ];
    const was = await snapshot(f);
    for (const [what, cookie] of cases) {
      if (cookie === s.cookie) continue;
      await assertRefused(cookie, what);
    }
    assert.deepEqual(await snapshot(f), was);
    await assertAlive(s);
    await assertAlive(other);
  });

  test("a cookie header over 4 KiB is ignored as a whole", async () => {
    const p = await raw(f.url, {
      method: "GET",
      path: "/en/submit",
      headers: { cookie: `postern_session=${s.cookie}; pad=${"p".repeat(4200)}` },
    });
    assertErrorPage(p, "session_expired");
  });
});

// ---- fixation ---------------------------------------------------------------------------------

describe("session fixation", () => {
  test("a cookie the attacker chose before login never becomes the logged-in session", async () => {
    const victim = await source();
    // The attacker picks a well-formed value and plants it; the login page accepts it as a binding.
    const planted = randomBytes(32).toString("base64url");
    const form = await as(planted, "/en/login");
    assert.equal(form.status, 200);
    assert.equal(setCookie(form), null, "the planted cookie is kept for the form");
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.html)?.[1] ?? "";
    const login = await as(planted, "/en/login", {
      body: new URLSearchParams({ csrf, codename: victim.codename }).toString(),
    });
    assert.equal(login.status, 303, `logged in (code ${errorCode(login)})`);
    const issued = setCookie(login);
    assert.ok(issued !== null);
    assert.ok(!issued.startsWith(planted), "a fresh token, not the planted one");
    // The planted value opens nothing, and no session row is keyed by it.
    assertErrorPage(await as(planted, "/en/submit"), "session_expired");
    const hash = createHash("sha256").update(planted).digest("hex");
    const rows = await f.inst.db
      .selectFrom("source_sessions")
      .select("id_hash")
      .where("id_hash", "=", hash)
      .execute();
    assert.deepEqual(rows, []);
    await assertAlive({ cookie: issued }, "the victim's new session");
  });

  test("an attacker's own live session planted in the victim's browser is ended at the victim's login", async () => {
    const attacker = await source();
    const victim = await source();
    // The victim's browser carries the attacker's cookie, and logs in with the victim's codename.
    const form = await as(attacker.cookie, "/en/login");
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.html)?.[1] ?? "";
    const login = await as(attacker.cookie, "/en/login", {
      body: new URLSearchParams({ csrf, codename: victim.codename }).toString(),
    });
    assert.equal(login.status, 303);
    const issued = setCookie(login);
    assert.ok(issued !== null && issued !== attacker.cookie);
    // The attacker's cookie is dead: it cannot see the victim's page, or its own.
    assertErrorPage(await as(attacker.cookie, "/en/submit"), "session_expired");
    // The new session is the victim's: it shows the victim's reply, not the attacker's.
    const page = await as(issued, "/en/submit");
    assert.equal(page.status, 200);
    assert.ok(page.html.includes(`/replies/${victim.reply}/delete`));
    assert.ok(!page.html.includes(`/replies/${attacker.reply}/delete`));
  });

  /** The codename page's continue form, as the page carries it. */
  const continueFields = (p: Page): string => {
    const field = (n: string): string => {
      const v = new RegExp(`name="${n}" value="([^"]+)"`).exec(p.html)?.[1];
      assert.ok(v !== undefined, `the continue form carries ${n}`);
      return v;
    };
    return new URLSearchParams({
      csrf: field("csrf"),
      codename: field("codename"),
      proof: field("proof"),
    }).toString();
  };

  test("a planted cookie does not survive /new either", async () => {
    const planted = `${randomBytes(32).toString("base64url")}.${randomBytes(32).toString("base64url")}`;
    const p = await as(planted, "/en/new");
    assert.equal(p.status, 200);
    assert.equal(setCookie(p), null, "the codename page keeps the cookie it came with");
    const started = await as(planted, "/en/new", { body: continueFields(p) });
    assert.equal(started.status, 303);
    const issued = setCookie(started);
    assert.ok(issued !== null && !issued.startsWith(planted.split(".")[0]!));
    assertErrorPage(await as(planted, "/en/submit"), "session_expired");
  });

  test("session cookies are HttpOnly, SameSite=Strict, Path=/, and never stored (no Max-Age, no Expires)", async () => {
    const p = await as(null, "/en/new");
    const anon = setCookie(p);
    assert.ok(anon !== null, "an anonymous cookie binds the continue form");
    const started = await as(anon, "/en/new", { body: continueFields(p) });
    for (const set of [
      p.headers.get("set-cookie") ?? "",
      started.headers.get("set-cookie") ?? "",
    ]) {
      assert.match(set, /^postern_session=[A-Za-z0-9_-]{43}(\.[A-Za-z0-9_-]{43})?; /);
      const attrs = set.split("; ").slice(1);
      for (const a of ["HttpOnly", "SameSite=Strict", "Path=/"]) assert.ok(attrs.includes(a), a);
      // Outside Tor Browser a cookie with a lifetime is written to disk (issue #11, finding 13).
      assert.ok(!attrs.some((a) => /^(max-age|expires)=/i.test(a)), `a session cookie: ${set}`);
    }
    assert.match(started.headers.get("set-cookie") ?? "", /\.[A-Za-z0-9_-]{43}; /);
    // The login's cookie is a session cookie too.
    const s = await source();
    const login = new SourceClient(f.url);
    const csrf = await login.csrf("/en/login");
    const res = await as(cookieValue(login), "/en/login", {
      body: new URLSearchParams({ csrf, codename: s.codename }).toString(),
    });
    assert.equal(res.status, 303);
    assert.ok(!/max-age|expires/i.test(res.headers.get("set-cookie") ?? "x"), "login cookie");
  });
});

// ---- replay after logout ------------------------------------------------------------------------

describe("replay after logout", () => {
  test("a captured submit, delete or page request replayed after logout: session_expired, nothing changes", async () => {
    const s = await source();
    // What an observer of the (onion-encrypted) traffic would need: the exact requests.
    const submit = submitBody(s.csrf, "captured submission");
    const first = await as(s.cookie, "/en/submit", { multipart: submit });
    assert.ok(received(first));

    const logout = await as(s.cookie, "/en/logout", { body: `csrf=${s.csrf}` });
    assert.equal(logout.status, 200);
    assert.match(logout.headers.get("set-cookie") ?? "", /^postern_session=; .*Max-Age=0/);

    const again = await unchanged(f, () => as(s.cookie, "/en/submit", { multipart: submit }));
    assertErrorPage(again, "session_expired", "replayed submit");
    const del = await unchanged(f, () =>
      as(s.cookie, `/en/replies/${s.reply}/delete`, { body: `csrf=${s.csrf}` }),
    );
    assertErrorPage(del, "session_expired", "replayed delete");
    assert.ok(await replyKept(s.reply));
    const page = await unchanged(f, () => as(s.cookie, "/en/submit"));
    assertErrorPage(page, "session_expired", "replayed page view");
    assert.ok(!page.html.includes("a reply"));
    // Logging out again changes nothing (the token is stateless, the session already gone).
    const twice = await unchanged(f, () => as(s.cookie, "/en/logout", { body: `csrf=${s.csrf}` }));
    assert.equal(twice.status, 200);
  });

  test("a replayed login after logout starts a new session; the logged-out one stays dead", async () => {
    const s = await source();
    const v = new SourceClient(f.url);
    const csrf = await v.csrf("/en/login");
    const anon = cookieValue(v);
    const body = new URLSearchParams({ csrf, codename: s.codename }).toString();
    const first = await as(anon, "/en/login", { body });
    const session = setCookie(first);
    assert.ok(session !== null);
    const logout = await as(session, "/en/logout", { body: `csrf=${await tokenOf(session)}` });
    assert.equal(logout.status, 200);
    // The codename is the credential: whoever replays it logs in afresh, as the source could.
    const replay = await as(anon, "/en/login", { body });
    const fresh = setCookie(replay);
    assert.ok(fresh !== null && fresh !== session);
    assertErrorPage(await as(session, "/en/submit"), "session_expired", "the logged-out session");
    await assertHealthy(f);
  });
});
