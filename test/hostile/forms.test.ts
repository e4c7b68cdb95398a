/**
 * Every source form and route from the attacker's side: oversized and
 * wrong-typed fields, prototype-pollution keys, SQL injection strings, path
 * traversal in locales and reply ids, and header injection through the query
 * string, Host and Accept-Language. Each refusal is its catalogue page, stores
 * nothing, and the server answers the next request.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import { sql } from "kysely";
import type { ErrorCode } from "../../src/protocol/errors.ts";
import { writeReply } from "../../src/core/replies.ts";
import { formatCodename, parseCodename } from "../../src/crypto/index.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { designationOf, startFixture, type Fixture } from "../helpers/instance.ts";
import { SourceClient, errorCode, received, type Page } from "../helpers/source-client.ts";
import {
  BOUNDARY,
  FC,
  KiB,
  LIMITS,
  assertErrorPage,
  assertHealthy,
  corpus,
  hostOf,
  multipart,
  raw,
  rawSubmit,
  snapshot,
  socketExchange,
  socketCode,
  unchanged,
  type SocketAnswer,
} from "./harness.ts";

let f: Fixture;
/** A returning source with one reply waiting. */
let returning: { client: SourceClient; csrf: string; reply: string };

before(async () => {
  // A generous failure budget: these cases send hundreds of wrong codenames on purpose.
  f = await startFixture({ limits: LIMITS, config: { loginFailuresPerMinute: 1_000_000 } });
  const client = new SourceClient(f.url);
  const codename = await client.newSource();
  assert.ok(received(await client.submit({ message: "first" })));
  const reply = await writeReply(f.inst, {
    designation: await designationOf(f, codename),
    identity: f.identity,
    message: "a reply to keep",
  });
  returning = { client, csrf: await client.csrf("/en/submit"), reply: reply.id };
});
after(async () => {
  await f.close();
});

const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** A urlencoded POST with `client`'s cookie; the body is sent exactly as given. */
function postForm(
  client: SourceClient,
  path: string,
  body: string,
  type = FORM["content-type"],
): Promise<Page> {
  return raw(f.url, {
    path,
    headers: { cookie: client.cookie ?? "", "content-type": type },
    body: Buffer.from(body),
  });
}

/** A fresh visitor with a login form token. */
async function visitor(): Promise<{ client: SourceClient; csrf: string }> {
  const client = new SourceClient(f.url);
  return { client, csrf: await client.csrf("/en/login") };
}

/** The reply is still there, row and file. */
async function assertReplyKept(): Promise<void> {
  const row = await f.inst.db
    .selectFrom("replies")
    .select("id")
    .where("id", "=", returning.reply)
    .executeTakeFirst();
  assert.ok(row !== undefined, "the reply row is kept");
  assert.ok(existsSync(f.inst.blobs.pathOf(returning.reply)), "the reply file is kept");
}

/** The error code parseCodename's verdict maps to at POST /login (app.ts). */
function loginCode(codename: string): ErrorCode {
  const parsed = parseCodename(codename);
  if (parsed.ok) return "codename_unknown";
  return parsed.reason === "empty"
    ? "codename_empty"
    : parsed.reason === "too_long"
      ? "codename_too_long"
      : "codename_mistyped";
}

// ---- sizes and types ---------------------------------------------------------------

describe("oversized and wrong-typed fields", () => {
  test("oversized logout and delete forms: form_too_large (not a codename or honeypot error)", async () => {
    const big = `csrf=${returning.csrf}&pad=${"a".repeat(20 * KiB)}`;
    for (const path of ["/en/logout", `/en/replies/${returning.reply}/delete`]) {
      const p = await unchanged(f, () => postForm(returning.client, path, big), path);
      assertErrorPage(p, "form_too_large", path);
    }
    await assertReplyKept();
    // The session lived through it.
    assert.equal((await returning.client.request("/en/submit")).status, 200);
  });

  test("oversized multipart fields: a 100 KB channel, token or honeypot", async () => {
    for (const [what, part, code] of [
      ["channel", { name: "channel", value: "d".repeat(100 * KiB) }, "channel_unknown"],
      ["honeypot", { name: "website", value: "w".repeat(100 * KiB) }, "form_rejected"],
    ] as const) {
      const body = multipart(BOUNDARY, [
        { name: "csrf", value: returning.csrf },
        part,
        { name: "message", value: "hi" },
      ]);
      const p = await unchanged(f, () => rawSubmit(f.url, returning.client, body), what);
      assertErrorPage(p, code, what);
    }
    const body = multipart(BOUNDARY, [
      { name: "csrf", value: `${returning.csrf}${"x".repeat(100 * KiB)}` },
    ]);
    assertErrorPage(
      await unchanged(f, () => rawSubmit(f.url, returning.client, body)),
      "csrf_invalid",
    );
  });

  test("login in other body types: JSON, text, none is unsupported_media_type; multipart has no token", async () => {
    const { client, csrf } = await visitor();
    const codename = formatCodename(randomBytes(16), "en");
    for (const [type, body, code] of [
      ["application/json", JSON.stringify({ csrf, codename }), "unsupported_media_type"],
      ["text/plain", `csrf=${csrf}&codename=${codename}`, "unsupported_media_type"],
      ["application/x-www-form-urlencoded-evil", `csrf=${csrf}`, "unsupported_media_type"],
      ["", `csrf=${csrf}`, "unsupported_media_type"],
      [
        `multipart/form-data; boundary=${BOUNDARY}`,
        multipart(BOUNDARY, [{ name: "csrf", value: csrf }]).toString("latin1"),
        "csrf_invalid",
      ],
    ] as const) {
      const p = await unchanged(f, () => postForm(client, "/en/login", body, type), type);
      assertErrorPage(p, code, type);
    }
  });

  test("urlencoded shapes a form never sends: arrays, bad escapes, binary", async () => {
    const { client, csrf } = await visitor();
    const valid = encodeURIComponent(formatCodename(randomBytes(16), "en"));
    for (const [what, body, code] of [
      ["the token as an array", `csrf[]=${csrf}&codename=${valid}`, "csrf_invalid"],
      ["the token as an object", `csrf[a]=${csrf}&codename=${valid}`, "csrf_invalid"],
      ["the token with a NUL", `csrf=${csrf}%00&codename=${valid}`, "csrf_invalid"],
      ["broken escapes", `csrf=${csrf}&codename=%ZZ%E0%A4%`, "codename_mistyped"],
      ["invalid UTF-8", `csrf=${csrf}&codename=%FF%FE%C0%AF`, "codename_mistyped"],
      ["a codename of NULs", `csrf=${csrf}&codename=${"%00".repeat(50)}`, "codename_mistyped"],
      ["a filled honeypot", `csrf=${csrf}&website=x&codename=${valid}`, "form_rejected"],
      ["no fields", "", "csrf_invalid"],
      ["only separators", "&&&===&", "csrf_invalid"],
    ] as const) {
      const p = await unchanged(f, () => postForm(client, "/en/login", body), what);
      assertErrorPage(p, code, what);
    }
  });

  test("the submit route refuses urlencoded and JSON: unsupported_media_type", async () => {
    for (const type of [
      "application/x-www-form-urlencoded",
      "application/json",
      "multipart/mixed; boundary=x",
    ]) {
      const p = await unchanged(f, () =>
        postForm(returning.client, "/en/submit", `csrf=${returning.csrf}&message=hi`, type),
      );
      assertErrorPage(p, "unsupported_media_type", type);
    }
  });
});

// ---- prototype pollution ------------------------------------------------------------

describe("prototype-pollution keys in urlencoded bodies", () => {
  const polluted = (): void => {
    assert.equal(Reflect.get({}, "polluted"), undefined, "Object.prototype.polluted");
    assert.equal(Reflect.get({}, "csrf"), undefined, "Object.prototype.csrf");
    assert.equal(Reflect.get({}, "website"), undefined, "Object.prototype.website");
    assert.equal(typeof Object.prototype.toString, "function");
  };

  test("login, logout and delete: the keys are plain data, nothing is polluted", async () => {
    const { client, csrf } = await visitor();
    const unknown = encodeURIComponent(formatCodename(randomBytes(16), "en"));
    const KEYS = [
      "__proto__[polluted]=yes",
      "__proto__=yes",
      "__proto__.polluted=yes",
      "constructor[prototype][polluted]=yes",
      "constructor.prototype.polluted=yes",
      "__proto__%5Bpolluted%5D=yes",
      "%5F%5Fproto%5F%5F[polluted]=yes",
      "toString=yes&valueOf=yes&hasOwnProperty=yes",
    ];
    for (const key of KEYS) {
      // With a good token the form still works as usual…
      const p = await unchanged(
        f,
        () => postForm(client, "/en/login", `${key}&csrf=${csrf}&codename=${unknown}`),
        key,
      );
      assertErrorPage(p, "codename_unknown", key);
      polluted();
    }
    // …and a token, codename or honeypot hidden under a prototype key counts for nothing.
    for (const [body, code] of [
      [`__proto__[csrf]=${csrf}&codename=${unknown}`, "csrf_invalid"],
      [`constructor[prototype][csrf]=${csrf}&codename=${unknown}`, "csrf_invalid"],
      [`csrf=${csrf}&__proto__[codename]=${unknown}`, "codename_empty"],
      [`csrf=${csrf}&__proto__[website]=filled&codename=${unknown}`, "codename_unknown"],
    ] as const) {
      const p = await unchanged(f, () => postForm(client, "/en/login", body), body);
      assertErrorPage(p, code, body);
      polluted();
    }
    for (const path of ["/en/logout", `/en/replies/${returning.reply}/delete`]) {
      for (const key of KEYS) {
        const p = await unchanged(
          f,
          () => postForm(returning.client, path, `${key}&__proto__[csrf]=${returning.csrf}`),
          key,
        );
        assertErrorPage(p, "csrf_invalid", `${path} ${key}`);
        polluted();
      }
    }
    await assertReplyKept();
  });
});

// ---- SQL injection ---------------------------------------------------------------------

describe("SQL injection strings", () => {
  const SQLI = corpus("sql-injection.txt");

  async function schema(): Promise<string[]> {
    const r = await sql<{ name: string }>`select name from sqlite_master order by name`.execute(
      f.inst.db,
    );
    return r.rows.map((x) => x.name);
  }

  test("as codenames: the usual codename error, never a login", async () => {
    const tables = await schema();
    const { client, csrf } = await visitor();
    for (const s of SQLI) {
      const p = await unchanged(
        f,
        () => postForm(client, "/en/login", new URLSearchParams({ csrf, codename: s }).toString()),
        s,
      );
      assertErrorPage(p, loginCode(s), s);
    }
    assert.deepEqual(await schema(), tables, "no table dropped or added");
  });

  test("as channels: channel_unknown", async () => {
    for (const s of SQLI) {
      const body = multipart(BOUNDARY, [
        { name: "csrf", value: returning.csrf },
        { name: "channel", value: s },
        { name: "message", value: "to a strange channel" },
      ]);
      const p = await unchanged(f, () => rawSubmit(f.url, returning.client, body), s);
      assertErrorPage(p, "channel_unknown", s);
    }
  });

  test("as reply ids and locales: not_found, and the reply is kept", async () => {
    const tables = await schema();
    for (const s of SQLI) {
      const id = encodeURIComponent(s);
      const del = await unchanged(
        f,
        () => postForm(returning.client, `/en/replies/${id}/delete`, `csrf=${returning.csrf}`),
        s,
      );
      assertErrorPage(del, "not_found", s);
      const page = await unchanged(f, () => returning.client.request(`/${id}/submit`), s);
      assertErrorPage(page, "not_found", s);
    }
    await assertReplyKept();
    assert.deepEqual(await schema(), tables);
  });

  test("any text as a codename or a channel (fast-check): its ordinary error, never a 500", async () => {
    const { client, csrf } = await visitor();
    const was = await snapshot(f);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (s) => {
        const p = await postForm(
          client,
          "/en/login",
          new URLSearchParams({ csrf, codename: s }).toString(),
        );
        assertErrorPage(p, loginCode(s), JSON.stringify(s));
      }),
      { ...FC, numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary", maxLength: 100 }).filter((s) => s !== "default"),
        async (s) => {
          const body = multipart(BOUNDARY, [
            { name: "csrf", value: returning.csrf },
            { name: "channel", value: s },
            { name: "message", value: "x" },
          ]);
          const p = await rawSubmit(f.url, returning.client, body);
          // A channel value that holds a bare CR or LF is still a field value: busboy reads it.
          assertErrorPage(p, "channel_unknown", JSON.stringify(s));
        },
      ),
      { ...FC, numRuns: 30 },
    );
    assert.deepEqual(await snapshot(f), was, "nothing stored by any of them");
    await assertHealthy(f);
  });
});

// ---- path traversal -----------------------------------------------------------------------

describe("path traversal", () => {
  const LEAKS = [/root:.*:0:0:/, /"name": "postern"/, /"dependencies"/, /age-encryption\.org\/v1/];

  test("in the locale and static paths: not_found, nothing from the disk", async () => {
    const paths = [
      "/../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/%2e%2e%2f%2e%2e%2fetc%2fpasswd/",
      "/..%2f..%2fpackage.json/submit",
      "/en/../../package.json",
      "/en%2f..%2f..%2fpackage.json/",
      "/..%5c..%5cpackage.json/",
      "/%252e%252e%252fpackage.json/",
      "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
      "/static/../package.json",
      "/static/..%2f..%2fpackage.json",
      "/static/style.css/../../package.json",
      "/static/%2e%2e/%2e%2e/package.json",
      "/en%00/",
      "/en%00../../etc/passwd/submit",
    ];
    for (const path of paths) {
      const a = await unchanged(f, () =>
        socketExchange(f.url, [
          `GET ${path} HTTP/1.1\r\nHost: ${hostOf(f.url)}\r\nConnection: close\r\n\r\n`,
        ]),
      );
      assert.equal(a.status, 404, path);
      assert.equal(socketCode(a), "not_found", path);
      for (const leak of LEAKS) assert.doesNotMatch(a.body, leak, path);
    }
  });

  test("in reply ids: not_found, the reply and its file are kept", async () => {
    const id = returning.reply;
    const ids = [
      `..%2f${id}`,
      `${id}%2f..%2f${id}`,
      `..%2f..%2f..%2fpostern.db`,
      `..%2fblobs%2f${id.slice(0, 2)}%2f${id}`,
      `%2e%2e%2f${id}`,
      `${id}%00`,
      `${id}.age`,
      id.toUpperCase(),
      `${id}%20`,
      `${id.slice(0, 31)}%2F`,
    ];
    for (const x of ids) {
      const a = await unchanged(f, () =>
        socketExchange(f.url, [
          `POST /en/replies/${x}/delete HTTP/1.1\r\nHost: ${hostOf(f.url)}\r\nCookie: ${returning.client.cookie ?? ""}\r\n` +
            `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${5 + returning.csrf.length}\r\nConnection: close\r\n\r\ncsrf=${returning.csrf}`,
        ]),
      );
      assert.equal(socketCode(a), "not_found", x);
      assert.equal(a.status, 404, x);
    }
    // Raw `..` segments, as a client that does not normalise paths sends them.
    for (const path of [
      `/en/replies/../replies/${id}/delete`,
      `/en/replies/${id}/../${id}/delete`,
    ]) {
      const a = await socketExchange(f.url, [
        `POST ${path} HTTP/1.1\r\nHost: ${hostOf(f.url)}\r\nCookie: ${returning.client.cookie ?? ""}\r\n` +
          `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${5 + returning.csrf.length}\r\nConnection: close\r\n\r\ncsrf=${returning.csrf}`,
      ]);
      assert.equal(a.status, 404, path);
    }
    await assertReplyKept();
  });
});

// ---- header injection ----------------------------------------------------------------------

describe("header injection", () => {
  let o: Fixture;
  let onion: string;
  before(async () => {
    // With onion keys the server adds Onion-Location to clearnet answers: one more header built from the request.
    o = await startFixture({ onion: true });
    const a = await socketExchange(o.url, [
      `GET /en/ HTTP/1.1\r\nHost: example.org\r\nConnection: close\r\n\r\n`,
    ]);
    onion =
      /^onion-location: (http:\/\/[a-z2-7]{56}\.onion)\/en\/$/im.exec(
        a.headerLines.join("\n"),
      )?.[1] ?? "";
    assert.notEqual(onion, "", "Onion-Location on a clearnet request");
  });
  after(async () => {
    await o.close();
  });

  const KNOWN = new Set(LOCALES.map((l) => l.tag));

  /** No header line came from the request: every line is one of ours. */
  function assertNoSplit(a: SocketAnswer, what: string): void {
    assert.ok(a.status > 0, `${what}: an answer`);
    for (const line of a.headerLines) {
      assert.match(
        line,
        /^[A-Za-z0-9-]+: [\x20-\x7e]*$/,
        `${what}: header line ${JSON.stringify(line)}`,
      );
      assert.doesNotMatch(line, /^(x-injected|injected|pwned)/i, `${what}: injected header`);
      assert.doesNotMatch(line, /pwned|injected/i, `${what}: injected text`);
    }
    const cookies = a.headerLines.filter((l) => /^set-cookie:/i.test(l));
    for (const c of cookies) assert.match(c, /^set-cookie: postern_session=/i, what);
    assert.ok(cookies.length <= 1, `${what}: at most one cookie`);
  }

  async function get(path: string, headers: string, fx = o): Promise<SocketAnswer> {
    return socketExchange(fx.url, [`GET ${path} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`]);
  }

  test("CRLF in the query string, encoded or raw: no header splitting", async () => {
    const host = `Host: ${hostOf(o.url)}\r\n`;
    for (const path of [
      "/en/?x=%0d%0aX-Injected:%201",
      "/?x=%0D%0ASet-Cookie:%20pwned=1",
      "/en/login?next=%0d%0aSet-Cookie:%20pwned=1",
      "/en/nothing?x=%0d%0aX-Injected:%201",
      "/en?%0d%0aLocation:%20http://pwned.example/",
      "/en/%0d%0aX-Injected:%201/",
      "/en/login?\u2028X-Injected: 1",
    ]) {
      const a = await get(path, host);
      assertNoSplit(a, path);
      assert.ok(a.status < 500, path);
    }
    // A raw CR or LF inside the request line is the parser's to refuse.
    for (const path of [
      "/en/?x=\rX-Injected: 1",
      "/en/?x=\nX-Injected: 1",
      "/en/?x=\r\nX-Injected: 1",
    ]) {
      const a = await get(path, host);
      assertNoSplit(a, JSON.stringify(path));
    }
    await assertHealthy(o);
  });

  test("hostile Host headers: Onion-Location names only our onion, nothing is reflected", async () => {
    for (const value of [
      "evil.example%0d%0aX-Injected:%201",
      "evil.example\r\nX-Injected: 1",
      "evil.example:80/%0d%0a",
      "evil.example\tX-Injected: 1",
      "é.example",
      `${"a".repeat(8000)}.example`,
      "evil.example:99999",
      "evil.example, other.example",
    ]) {
      const a = await get("/en/", `Host: ${value}\r\n`);
      assertNoSplit(a, JSON.stringify(value));
      assert.equal(a.status, 200, JSON.stringify(value));
      const loc = a.headerLines.filter((l) => /^onion-location:/i.test(l));
      assert.deepEqual(loc, [`onion-location: ${onion}/en/`], JSON.stringify(value));
      assert.ok(!a.body.includes("evil.example"), "the Host is not echoed into the page");
    }
    // Bytes the parser refuses outright.
    for (const value of ["evil\u0000.example", "evil\r.example", "evil\u007f.example"]) {
      const a = await get("/en/", `Host: ${value}\r\n`);
      assert.equal(a.status, 400, JSON.stringify(value));
      assertNoSplit(a, JSON.stringify(value));
    }
    await assertHealthy(o);
  });

  test("hostile Accept-Language: a redirect to a known locale, nothing reflected", async () => {
    const host = `Host: ${hostOf(o.url)}\r\n`;
    for (const value of [
      "en%0d%0aX-Injected:%201",
      "en\r\nX-Injected: 1",
      "../../../etc/passwd",
      "..%2f..%2fetc%2fpasswd",
      "en/../../x",
      "zh-Hans\u00ff",
      "\u00ff\u00fe",
      "*;q=1",
      ";;;,,,;q=",
      "en;q=NaN, fr;q=-1, de;q=1e999",
      `${"xx-yy;q=0.5,".repeat(1200)}fr`,
      "x".repeat(12_000),
    ]) {
      const t0 = Date.now();
      const a = await get("/", `${host}Accept-Language: ${value}\r\n`);
      assert.ok(Date.now() - t0 < 2000, "answered promptly");
      assertNoSplit(a, JSON.stringify(value).slice(0, 60));
      assert.equal(a.status, 303, JSON.stringify(value).slice(0, 60));
      const loc = /^location: \/([A-Za-z-]+)\/$/im.exec(a.headerLines.join("\n"))?.[1];
      assert.ok(loc !== undefined && KNOWN.has(loc), `a known locale: ${loc ?? "none"}`);
      // The 404 page negotiates its language from the same header.
      const nf = await get("/nothing/here", `${host}Accept-Language: ${value}\r\n`);
      assertNoSplit(nf, "404");
      assert.equal(socketCode(nf), "not_found");
      const lang = /<html lang="([^"]+)"/.exec(nf.body)?.[1];
      assert.ok(lang !== undefined && KNOWN.has(lang), `404 in a known locale: ${lang ?? "none"}`);
    }
    await assertHealthy(o);
  });

  test("hostile cookie headers: ignored, never echoed", async () => {
    const host = `Host: ${hostOf(o.url)}\r\n`;
    for (const value of [
      "postern_session=x%0d%0aSet-Cookie:%20pwned=1",
      `postern_session=${"A".repeat(43)}; postern_session=${"B".repeat(43)}`,
      "postern_session=../../etc/passwd",
      "a=b; ".repeat(800),
      "postern_session",
      "=;=;=",
    ]) {
      const a = await get("/en/login", `${host}Cookie: ${value}\r\n`);
      assertNoSplit(a, value.slice(0, 40));
      assert.equal(a.status, 200, value.slice(0, 40));
    }
    await assertHealthy(o);
  });
});

test("after everything: no error logged, the returning source still works", async () => {
  await assertHealthy(f);
  const p = await returning.client.request("/en/submit");
  assert.equal(p.status, 200, `code ${errorCode(p)}`);
  assert.ok(p.html.includes("a reply to keep"));
});
