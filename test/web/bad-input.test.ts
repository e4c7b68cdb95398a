/**
 * Bad input at the source listener: every refusal is a localized error page
 * with a stable code (`#error[data-code]`) and leaves nothing behind — no
 * source, submission or blob row, no blob file, no temp file — and the
 * server keeps serving afterwards.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { wordlist as english } from "@scure/bip39/wordlists/english.js";
import { httpStatus, type ErrorCode } from "../../src/protocol/errors.ts";
import { deriveSourceKeys } from "../../src/core/sources.ts";
import { formatCodename, parseCodename } from "../../src/crypto/index.ts";
import { en } from "../../src/i18n/messages/en.ts";
import { es } from "../../src/i18n/messages/es.ts";
import { residue, startFixture, type Fixture, type Residue } from "../helpers/instance.ts";
import { SourceClient, errorCode, received, type Page } from "../helpers/source-client.ts";

const KiB = 1024;
const LIMITS = {
  maxFileBytes: 64 * KiB,
  maxSubmissionBytes: 160 * KiB,
  maxFiles: 3,
  maxMessageChars: 1000,
};

let f: Fixture;

before(async () => {
  f = await startFixture({ limits: LIMITS });
});
after(async () => {
  await f.close();
});

// ---- helpers -------------------------------------------------------------------

/** What a request could leave behind, plus source sessions (a failed login must not start one). */
interface Snapshot extends Residue {
  readonly sessions: number;
}

async function snapshot(): Promise<Snapshot> {
  const r = await f.inst.db
    .selectFrom("source_sessions")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return { ...(await residue(f)), sessions: Number(r.n) };
}

/** The server is still up, and nothing was logged at error level (a 500 would be). */
async function assertHealthy(): Promise<void> {
  const home = await new SourceClient(f.url).request("/en/");
  assert.equal(home.status, 200, "GET /en/ still answers");
  const errors = f.logs.filter((l) => l.startsWith("level=error"));
  assert.deepEqual(errors, [], "no error-level log lines");
}

/** Runs `fn` and checks that it changed nothing and the server is still healthy. */
async function unchanged<T>(fn: () => Promise<T>): Promise<T> {
  const was = await snapshot();
  const out = await fn();
  assert.deepEqual(await snapshot(), was, "nothing stored, no temp file left");
  await assertHealthy();
  return out;
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** An error page with catalogue `code`, its catalogue status, in `locale`. */
function assertErrorPage(p: Page, code: ErrorCode, locale = "en"): void {
  assert.equal(errorCode(p), code, `error code (status ${p.status})`);
  assert.equal(p.status, httpStatus(code), `status for ${code}`);
  assert.match(p.html, new RegExp(`<html lang="${locale}"`));
  assert.match(p.headers.get("content-type") ?? "", /^text\/html; charset=utf-8/);
  assert.ok(!received(p));
}

/** A new source with a live session; its form token for /en/submit. */
async function newSource(locale = "en"): Promise<{ client: SourceClient; csrf: string }> {
  const client = new SourceClient(f.url);
  await client.newSource(locale);
  return { client, csrf: await client.csrf(`/${locale}/submit`) };
}

// ---- raw HTTP ------------------------------------------------------------------------

type Part =
  | { readonly name: string; readonly value: string }
  | {
      readonly name: string;
      readonly filename: string;
      readonly data: Uint8Array;
      readonly type?: string;
    }
  /** Bytes put between two boundary lines as they are (headers, blank line, body). */
  | { readonly raw: string | Uint8Array };

/** A multipart/form-data body built by hand, `\r\n` line endings, names not escaped. */
function multipart(boundary: string, parts: readonly Part[], close = true): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ("raw" in p) chunks.push(Buffer.from(p.raw));
    else if ("value" in p) {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${p.name}"\r\n\r\n`));
      chunks.push(Buffer.from(p.value));
    } else {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\n` +
            `Content-Type: ${p.type ?? "application/octet-stream"}\r\n\r\n`,
        ),
      );
      chunks.push(Buffer.from(p.data));
    }
    chunks.push(Buffer.from("\r\n"));
  }
  if (close) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

interface RawOptions {
  readonly method?: string;
  readonly path: string;
  readonly headers?: http.OutgoingHttpHeaders;
  readonly body?: Uint8Array;
  /** Send without Content-Length (chunked), so the body can end anywhere. */
  readonly chunked?: boolean;
  readonly timeoutMs?: number;
}

const BOUNDARY = "----postern-test-boundary-7MA4YWxkTrZu0gW";

/**
 * One request on its own connection with node:http, so the bytes are exactly
 * ours. Rejects if no complete answer comes within `timeoutMs` (a hang).
 */
function raw(opts: RawOptions): Promise<Page> {
  const url = new URL(f.url);
  const body = opts.body ?? new Uint8Array();
  const headers: http.OutgoingHttpHeaders = { ...opts.headers };
  if (opts.chunked !== true) headers["content-length"] = body.length;
  return new Promise<Page>((resolve, reject) => {
    let answered = false;
    const req = http.request({
      host: url.hostname,
      port: url.port,
      method: opts.method ?? "POST",
      path: opts.path,
      headers,
      agent: false,
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer to ${opts.method ?? "POST"} ${opts.path} within the timeout`));
    }, opts.timeoutMs ?? 15_000);
    req.on("response", (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
      res.on("end", () => {
        clearTimeout(timer);
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) {
          if (typeof v === "string") h.set(k, v);
          else if (Array.isArray(v)) for (const x of v) h.append(k, x);
        }
        resolve({
          status: res.statusCode ?? 0,
          html: Buffer.concat(chunks).toString("utf8"),
          headers: h,
        });
      });
    });
    req.on("error", (e) => {
      // The server may answer and close before reading all of a refused body.
      if (answered) return;
      clearTimeout(timer);
      reject(e);
    });
    // Write in slices so a server that answers early is not hit by one giant write.
    const SLICE = 64 * KiB;
    for (let i = 0; i < body.length; i += SLICE) req.write(body.subarray(i, i + SLICE));
    req.end();
  });
}

/** A raw multipart POST to /en/submit with a client's session cookie. */
function rawSubmit(
  client: SourceClient,
  body: Uint8Array,
  opts: { contentType?: string; locale?: string; chunked?: boolean } = {},
): Promise<Page> {
  return raw({
    path: `/${opts.locale ?? "en"}/submit`,
    headers: {
      cookie: client.cookie ?? "",
      "content-type": opts.contentType ?? `multipart/form-data; boundary=${BOUNDARY}`,
    },
    body,
    ...(opts.chunked === undefined ? {} : { chunked: opts.chunked }),
  });
}

/** A raw submission of one file named `filename`, token first. */
function submitNamed(
  { client, csrf }: { client: SourceClient; csrf: string },
  filename: string,
): Promise<Page> {
  return rawSubmit(
    client,
    multipart(BOUNDARY, [
      { name: "csrf", value: csrf },
      { name: "message", value: "" },
      { name: "files", filename, data: Buffer.from("hello") },
    ]),
  );
}

async function poll(cond: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return true;
    await sleep(25);
  }
  return cond();
}

// ---- sizes and counts ----------------------------------------------------------------

test("a file over the per-file limit: file_too_large, 413", async () => {
  const { client } = await newSource();
  const p = await unchanged(() =>
    client.submit({ files: [{ name: "big.bin", data: randomBytes(LIMITS.maxFileBytes + 1) }] }),
  );
  assertErrorPage(p, "file_too_large");
  assert.equal(p.status, 413);
});

test("a file of exactly the per-file limit is accepted (the limit is inclusive)", async () => {
  const { client } = await newSource();
  const was = await snapshot();
  const p = await client.submit({
    files: [{ name: "exact.bin", data: randomBytes(LIMITS.maxFileBytes) }],
  });
  assert.ok(received(p), `status ${p.status}, code ${errorCode(p)}`);
  const now = await snapshot();
  assert.equal(now.submissions, was.submissions + 1);
  assert.equal(now.tempFiles, 0);
});

test("several files each under the limit but too much together: submission_too_large", async () => {
  const { client } = await newSource();
  const files = [1, 2, 3].map((i) => ({ name: `part${i}.bin`, data: randomBytes(60 * KiB) }));
  const p = await unchanged(() => client.submit({ message: "three parts", files }));
  assertErrorPage(p, "submission_too_large");
});

test("more files than allowed: too_many_files", async () => {
  const { client } = await newSource();
  const files = [1, 2, 3, 4].map((i) => ({ name: `f${i}.txt`, data: Buffer.from(`file ${i}`) }));
  const p = await unchanged(() => client.submit({ files }));
  assertErrorPage(p, "too_many_files");
});

test("no message and no file: empty_submission", async () => {
  const { client } = await newSource();
  const p = await unchanged(() => client.submit({ message: "" }));
  assertErrorPage(p, "empty_submission");
});

test("a whitespace-only message and no file: empty_submission", async () => {
  const { client } = await newSource();
  const p = await unchanged(() => client.submit({ message: " \r\n\t \u00a0 \n " }));
  assertErrorPage(p, "empty_submission");
});

test("a message over the limit: message_too_long; exactly the limit succeeds", async () => {
  const { client } = await newSource();
  const over = await unchanged(() =>
    client.submit({ message: "a".repeat(LIMITS.maxMessageChars + 1) }),
  );
  assertErrorPage(over, "message_too_long");

  const was = await snapshot();
  const exact = await client.submit({ message: "a".repeat(LIMITS.maxMessageChars) });
  assert.ok(received(exact), `status ${exact.status}, code ${errorCode(exact)}`);
  const now = await snapshot();
  assert.equal(now.submissions, was.submissions + 1);
  assert.equal(now.tempFiles, 0);
});

test("a message of 4-byte emoji: over the limit is refused, at the limit succeeds", async () => {
  const { client } = await newSource();
  const emoji = "\u{1F600}"; // one character, two UTF-16 units, four UTF-8 bytes
  const over = await unchanged(() =>
    client.submit({ message: emoji.repeat(LIMITS.maxMessageChars + 1) }),
  );
  assertErrorPage(over, "message_too_long");

  const was = await snapshot();
  const exact = await client.submit({ message: emoji.repeat(LIMITS.maxMessageChars) });
  assert.ok(received(exact), `status ${exact.status}, code ${errorCode(exact)}`);
  assert.equal((await snapshot()).submissions, was.submissions + 1);
});

// ---- malformed multipart -----------------------------------------------------------------

test("multipart without a boundary parameter", async () => {
  const { client, csrf } = await newSource();
  const body = multipart(BOUNDARY, [
    { name: "csrf", value: csrf },
    { name: "message", value: "hello" },
  ]);
  // A parameter, but no boundary among them.
  const noBoundary = await unchanged(() =>
    rawSubmit(client, body, { contentType: "multipart/form-data; charset=utf-8" }),
  );
  assertErrorPage(noBoundary, "multipart_malformed");
  // No parameter at all: not a form this server understands.
  const bare = await unchanged(() =>
    rawSubmit(client, body, { contentType: "multipart/form-data" }),
  );
  assertErrorPage(bare, "unsupported_media_type");
  // An empty boundary: busboy accepts it, finds no part, so no token came first.
  const empty = await unchanged(() =>
    rawSubmit(client, body, { contentType: "multipart/form-data; boundary=" }),
  );
  assertErrorPage(empty, "csrf_invalid");
});

test("a body whose boundary differs from the header's", async () => {
  const { client, csrf } = await newSource();
  const body = multipart("some-other-boundary", [
    { name: "csrf", value: csrf },
    { name: "message", value: "hello" },
  ]);
  const p = await unchanged(() => rawSubmit(client, body));
  assertErrorPage(p, "multipart_malformed");
});

test("a truncated body that ends normally mid-file", async () => {
  const { client, csrf } = await newSource();
  const whole = multipart(
    BOUNDARY,
    [
      { name: "csrf", value: csrf },
      { name: "message", value: "hello" },
      { name: "files", filename: "cut.bin", data: randomBytes(40 * KiB) },
    ],
    false,
  );
  const cut = whole.subarray(0, whole.length - 20 * KiB);
  const p = await unchanged(() => rawSubmit(client, cut, { chunked: true }));
  assertErrorPage(p, "multipart_malformed");
});

test("a 100 KB Content-Disposition header", async () => {
  const { client, csrf } = await newSource();
  const body = multipart(BOUNDARY, [
    { name: "csrf", value: csrf },
    {
      raw:
        `Content-Disposition: form-data; name="files"; filename="${"a".repeat(100 * KiB)}.txt"\r\n` +
        "Content-Type: text/plain\r\n\r\nhello",
    },
  ]);
  // Busboy keeps the first 80 KB of a part's headers: the name is cut, and too long.
  const p = await unchanged(() => rawSubmit(client, body));
  assertErrorPage(p, "file_name_invalid");

  // 100 KB of another header first: the disposition is cut off and the part unreadable.
  const padded = multipart(BOUNDARY, [
    { name: "csrf", value: csrf },
    {
      raw:
        `X-Padding: ${"a".repeat(100 * KiB)}\r\n` +
        'Content-Disposition: form-data; name="message"\r\n\r\nhello',
    },
  ]);
  const q = await unchanged(() => rawSubmit(client, padded));
  assertErrorPage(q, "multipart_malformed");
});

test("10,000 tiny fields", async () => {
  const { client, csrf } = await newSource();
  const fields: Part[] = [{ name: "csrf", value: csrf }];
  for (let i = 0; i < 10_000; i++) fields.push({ name: "x", value: "1" });
  const p = await unchanged(() => rawSubmit(client, multipart(BOUNDARY, fields)));
  assertErrorPage(p, "multipart_malformed");
});

test("10,000 empty file parts", async () => {
  const { client, csrf } = await newSource();
  const parts: Part[] = [{ name: "csrf", value: csrf }];
  for (let i = 0; i < 10_000; i++)
    parts.push({ name: "files", filename: "", data: Buffer.alloc(0) });
  const p = await unchanged(() => rawSubmit(client, multipart(BOUNDARY, parts)));
  assertErrorPage(p, "too_many_files");
});

test("text/plain on POST /en/submit: unsupported_media_type", async () => {
  const { client, csrf } = await newSource();
  const p = await unchanged(() =>
    raw({
      path: "/en/submit",
      headers: { cookie: client.cookie ?? "", "content-type": "text/plain; charset=utf-8" },
      body: Buffer.from(`csrf=${csrf}\nmessage=hello\n`),
    }),
  );
  assertErrorPage(p, "unsupported_media_type");
});

// ---- file names ---------------------------------------------------------------------------

const BAD_NAMES: readonly (readonly [string, string])[] = [
  ["a path that climbs out", "../../etc/passwd"],
  ["a Windows path", "..\\..\\boot.ini"],
  ["a NUL byte", "report\u0000.pdf"],
  ["an escape character", "report\u001b[31m.pdf"],
  ["10,000 characters", "a".repeat(10_000) + ".txt"],
  ["a bidi override disguising the extension", "invoice\u202Efdp.exe"],
  ["a dot-dot name", ".."],
];

for (const [what, name] of BAD_NAMES) {
  test(`a file name with ${what}: file_name_invalid`, async () => {
    const source = await newSource();
    const p = await unchanged(() => submitNamed(source, name));
    assertErrorPage(p, "file_name_invalid");
  });
}

// Browsers send CR and LF in names as %0D and %0A; a bare one comes only from a
// crafted client. Busboy will not read such a part's headers at all and skips
// the part, so the server cannot tell a name from any other header: it refuses
// the whole submission as damaged rather than store the rest without the file.
for (const [what, name] of [
  ["a newline", "report\n.pdf"],
  ["a carriage return", "report\r.pdf"],
] as const) {
  test(`a file name with ${what}: multipart_malformed, not a silent drop`, async () => {
    const { client, csrf } = await newSource();
    const alone = await unchanged(() => submitNamed({ client, csrf }, name));
    assertErrorPage(alone, "multipart_malformed");
    // With a message beside it, the message must not be stored without the file.
    const body = multipart(BOUNDARY, [
      { name: "csrf", value: csrf },
      { name: "message", value: "see the attached report" },
      { name: "files", filename: name, data: Buffer.from("hello") },
    ]);
    const withMessage = await unchanged(() => rawSubmit(client, body));
    assertErrorPage(withMessage, "multipart_malformed");
  });
}

test("a part without a form-data disposition is not silently dropped", async () => {
  const { client, csrf } = await newSource();
  const body = multipart(BOUNDARY, [
    { name: "csrf", value: csrf },
    { name: "message", value: "hello" },
    { raw: 'Content-Disposition: attachment; filename="a.txt"\r\n\r\nhello' },
  ]);
  const p = await unchanged(() => rawSubmit(client, body));
  assertErrorPage(p, "multipart_malformed");
});

test("a legitimate unicode file name is accepted", async () => {
  const { client } = await newSource();
  const was = await snapshot();
  const p = await client.submit({
    files: [
      { name: "отчёт 2026 — 東京.pdf", data: Buffer.from("%PDF-1.7\n"), type: "application/pdf" },
    ],
  });
  assert.ok(received(p), `status ${p.status}, code ${errorCode(p)}`);
  const now = await snapshot();
  assert.equal(now.submissions, was.submissions + 1);
  assert.equal(now.blobRows, was.blobRows + 2, "a manifest and one file");
  assert.equal(now.tempFiles, 0);
});

// ---- CSRF -------------------------------------------------------------------------------

test("submit without a form token: csrf_invalid", async () => {
  const { client } = await newSource();
  const p = await unchanged(() =>
    client.submit(
      { message: "no token", files: [{ name: "a.txt", data: Buffer.from("a") }] },
      { csrf: null },
    ),
  );
  assertErrorPage(p, "csrf_invalid");
});

test("submit with a wrong form token: csrf_invalid", async () => {
  const { client, csrf } = await newSource();
  // Same shape and expiry, one MAC character changed (not the last: it holds padding bits).
  const wrong = csrf.slice(0, 20) + (csrf[20] === "A" ? "Q" : "A") + csrf.slice(21);
  assert.notEqual(wrong, csrf);
  const p = await unchanged(() => client.submit({ message: "wrong token" }, { csrf: wrong }));
  assertErrorPage(p, "csrf_invalid");
  const junk = await unchanged(() => client.submit({ message: "junk token" }, { csrf: "x" }));
  assertErrorPage(junk, "csrf_invalid");
});

test("a token issued for another session: csrf_invalid", async () => {
  const a = await newSource();
  const b = await newSource();
  const p = await unchanged(() => b.client.submit({ message: "borrowed" }, { csrf: a.csrf }));
  assertErrorPage(p, "csrf_invalid");
});

test("the token after the file: csrf_invalid", async () => {
  const { client, csrf } = await newSource();
  const body = multipart(BOUNDARY, [
    { name: "files", filename: "first.txt", data: Buffer.from("file before token") },
    { name: "csrf", value: csrf },
    { name: "message", value: "late token" },
  ]);
  const p = await unchanged(() => rawSubmit(client, body));
  assertErrorPage(p, "csrf_invalid");
});

test("logout without a token: csrf_invalid, and the session lives on", async () => {
  const { client } = await newSource();
  const p = await unchanged(() =>
    client.request("/en/logout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "",
    }),
  );
  assertErrorPage(p, "csrf_invalid");
  assert.notEqual(client.cookie, null);
  const form = await client.request("/en/submit");
  assert.equal(form.status, 200);
  assert.match(form.html, /id="submission"/);
});

test("oversized logout and reply-delete forms: form_too_large, 413, in the path's language; the session lives on", async () => {
  const { client, csrf } = await newSource();
  const big = Buffer.from(`csrf=${csrf}&pad=${"a".repeat(20 * KiB)}`);
  const reply = randomBytes(16).toString("hex");
  for (const [locale, path, messages] of [
    ["en", "/en/logout", en],
    ["es", "/es/logout", es],
    ["en", `/en/replies/${reply}/delete`, en],
  ] as const) {
    const p = await unchanged(() =>
      raw({
        path,
        headers: {
          cookie: client.cookie ?? "",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: big,
      }),
    );
    assertErrorPage(p, "form_too_large", locale);
    assert.equal(p.status, 413);
    const title = escapeHtml(messages["error.form_too_large.title"]);
    assert.ok(p.html.includes(`<h1>${title}</h1>`), `${path}: heading`);
    assert.ok(
      p.html.includes(escapeHtml(messages["error.form_too_large.body"])),
      `${path}: advice`,
    );
  }
  const form = await client.request("/en/submit");
  assert.equal(form.status, 200, "still logged in");
  assert.match(form.html, /id="submission"/);
});

// ---- sessions ---------------------------------------------------------------------------

test("submit with no cookie: session_expired", async () => {
  const { csrf } = await newSource();
  const anon = new SourceClient(f.url);
  const p = await unchanged(() => anon.submit({ message: "hello" }, { csrf }));
  assertErrorPage(p, "session_expired");
});

test("submit with a well-formed but unknown cookie: session_expired", async () => {
  const { csrf } = await newSource();
  const stranger = new SourceClient(f.url);
  stranger.cookie = `postern_session=${randomBytes(32).toString("base64url")}`;
  const p = await unchanged(() => stranger.submit({ message: "hello" }, { csrf }));
  assertErrorPage(p, "session_expired");
});

// ---- codenames at login ---------------------------------------------------------------------

function randomEnglishWords(): string {
  for (;;) {
    const words = Array.from({ length: 12 }, () => english[randomBytes(2).readUInt16BE(0) % 2048]!);
    const text = words.join(" ");
    // One draw in 16 has a valid checksum by chance: draw again.
    if (!parseCodename(text).ok) return text;
  }
}

const BAD_CODENAMES: readonly (readonly [string, string, ErrorCode])[] = [
  ["empty", "", "codename_empty"],
  ["only spaces", "   \n ", "codename_empty"],
  ["12 BIP39 words with a wrong checksum", randomEnglishWords(), "codename_mistyped"],
  [
    "a word in no list",
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon zzzzzz",
    "codename_mistyped",
  ],
  ["11 words", "abandon ".repeat(11).trim(), "codename_mistyped"],
  [
    "Cyrillic words",
    "яблоко берег волна город дерево ёжик жираф замок игла йогурт кошка лампа",
    "codename_mistyped",
  ],
  ["1 KB of text", "abandon ".repeat(128), "codename_too_long"],
  ["100 KB of text (over the form body limit)", "a".repeat(100 * KiB), "codename_too_long"],
];

for (const [what, codename, code] of BAD_CODENAMES) {
  test(`login with ${what}: ${code}`, async () => {
    const client = new SourceClient(f.url);
    const p = await unchanged(() => client.login(codename));
    assertErrorPage(p, code);
  });
}

test("login with a valid codename that never submitted: codename_unknown", async () => {
  const neverUsed = formatCodename(randomBytes(16), "en");
  const client = new SourceClient(f.url);
  const p = await unchanged(() => client.login(neverUsed));
  assertErrorPage(p, "codename_unknown");
});

test("the same codename typed in another BIP39 script logs in to the same source", async () => {
  const a = new SourceClient(f.url);
  const codename = await a.newSource("en");
  const first = await a.submit({ message: "first, from the English codename" });
  assert.ok(received(first), `status ${first.status}, code ${errorCode(first)}`);

  const parsed = parseCodename(codename);
  assert.ok(parsed.ok);
  for (const script of ["es", "zh-Hans"]) {
    const typed = formatCodename(parsed.entropy, script);
    assert.notEqual(typed, codename);
    const b = new SourceClient(f.url);
    const page = await b.login(typed);
    assert.equal(page.status, 200, `${script}: code ${errorCode(page)}`);
    assert.equal(errorCode(page), null);
    assert.match(page.html, /id="submission"/);

    const was = await snapshot();
    const again = await b.submit({ message: `again, typed in ${script}` });
    assert.ok(received(again), `status ${again.status}, code ${errorCode(again)}`);
    const now = await snapshot();
    assert.equal(now.sources, was.sources, `${script}: no new source`);
    assert.equal(now.submissions, was.submissions + 1);
  }
  const { lookup } = await deriveSourceKeys(f.inst, parsed.entropy);
  const src = await f.inst.db
    .selectFrom("sources")
    .select("submission_count")
    .where("lookup", "=", lookup)
    .executeTakeFirstOrThrow();
  assert.equal(src.submission_count, 3, "all three submissions belong to one source");
});

// ---- aborted upload -----------------------------------------------------------------------

test("an upload cut off halfway leaves nothing behind", async () => {
  const { client, csrf } = await newSource();
  const was = await snapshot();
  const file = randomBytes(100 * KiB);
  const whole = multipart(BOUNDARY, [
    { name: "csrf", value: csrf },
    { name: "files", filename: "half.bin", data: file },
  ]);
  const half = whole.subarray(0, whole.length - file.length / 2);
  const url = new URL(f.url);
  const req = http.request({
    host: url.hostname,
    port: url.port,
    method: "POST",
    path: "/en/submit",
    agent: false,
    headers: {
      cookie: client.cookie ?? "",
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
      "content-length": whole.length,
    },
  });
  let answered = false;
  req.on("response", () => (answered = true));
  req.on("error", () => undefined); // the socket is destroyed on purpose
  req.write(half);
  // Wait until the server is writing the file, then vanish.
  assert.ok(
    await poll(async () => (await residue(f)).tempFiles > was.tempFiles, 5000),
    "the server started a temp file",
  );
  req.destroy();
  assert.ok(
    await poll(async () => (await residue(f)).tempFiles === was.tempFiles, 5000),
    "the temp file is removed",
  );
  assert.equal(answered, false);
  assert.deepEqual(await snapshot(), was);
  await assertHealthy();
});

// ---- routing --------------------------------------------------------------------------------

test("an unknown locale: not_found, 404", async () => {
  const client = new SourceClient(f.url);
  const p = await unchanged(() => client.request("/xx/"));
  assertErrorPage(p, "not_found");
  const deeper = await unchanged(() => client.request("/xx/submit"));
  assertErrorPage(deeper, "not_found");
});

test("an unknown method: method_not_allowed, 405", async () => {
  const p = await unchanged(() => raw({ method: "PUT", path: "/en/" }));
  assertErrorPage(p, "method_not_allowed");
  assert.match(p.headers.get("allow") ?? "", /GET/);
});

// ---- localization -------------------------------------------------------------------------

test("the error page speaks the language of the path", async () => {
  const { client } = await newSource("es");
  for (const [locale, messages] of [
    ["es", es],
    ["en", en],
  ] as const) {
    const p = await unchanged(() => client.submit({ message: "" }, { locale }));
    assertErrorPage(p, "empty_submission", locale);
    const title = escapeHtml(messages["error.empty_submission.title"]);
    assert.ok(p.html.includes(`<h1>${title}</h1>`), `${locale} heading`);
    assert.ok(p.html.includes(`<title>${title} · `), `${locale} title`);
    assert.ok(p.html.includes(escapeHtml(messages["error.back"])), `${locale} back link`);
    assert.ok(p.html.includes(`href="/${locale}/submit"`), "back to the same locale");
  }
  assert.notEqual(es["error.empty_submission.title"], en["error.empty_submission.title"]);
});
