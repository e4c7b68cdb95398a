/**
 * Shared tools of the hostile-input suites: what a request may leave behind,
 * error-page assertions, a hand-built multipart body, and two raw clients —
 * node:http for exact bodies, and a bare TCP socket for bytes no HTTP client
 * will send (CR/LF in headers, lying lengths, bodies that stop mid-chunk).
 */
import assert from "node:assert/strict";
import net from "node:net";
import http from "node:http";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { httpStatus, type ErrorCode } from "../../src/protocol/errors.ts";
import { decryptBytes } from "../../src/crypto/index.ts";
import { residue, type Fixture, type Residue } from "../helpers/instance.ts";
import { SourceClient, errorCode, received, type Page } from "../helpers/source-client.ts";

export const KiB = 1024;

/** Small limits, so size cases stay fast. */
export const LIMITS = {
  maxFileBytes: 64 * KiB,
  maxSubmissionBytes: 160 * KiB,
  maxFiles: 3,
  maxMessageChars: 1000,
};

/** fast-check settings: reproducible, bounded (CI runs the folder on 2 cores). */
export const FC = { seed: 0x5057_7e12, endOnFailure: true } as const;

// ---- state --------------------------------------------------------------------

/** What a request could leave behind, plus source sessions (a failed login must not start one). */
export interface Snapshot extends Residue {
  readonly sessions: number;
  readonly replies: number;
}

export async function snapshot(f: Fixture): Promise<Snapshot> {
  const count = async (table: "source_sessions" | "replies"): Promise<number> => {
    const r = await f.inst.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };
  return {
    ...(await residue(f)),
    sessions: await count("source_sessions"),
    replies: await count("replies"),
  };
}

/** The server still answers a normal request, and nothing was logged at error level (a 500 would be). */
export async function assertHealthy(f: Fixture): Promise<void> {
  const home = await new SourceClient(f.url).request("/en/");
  assert.equal(home.status, 200, "GET /en/ still answers");
  const errors = f.logs.filter((l) => l.startsWith("level=error"));
  assert.deepEqual(errors, [], "no error-level log lines");
}

/** Runs `fn`, then checks that it stored nothing, left no temp file, and the server is healthy. */
export async function unchanged<T>(f: Fixture, fn: () => Promise<T>, what = ""): Promise<T> {
  const was = await snapshot(f);
  const out = await fn();
  // An aborted upload is cleaned up after the socket closes: give it a moment.
  const now = await settle(f, was);
  assert.deepEqual(now, was, `${what}: nothing stored, no temp file left`);
  await assertHealthy(f);
  return out;
}

/** The snapshot once it equals `want`, or the last one after `ms`. */
export async function settle(f: Fixture, want: Snapshot, ms = 3000): Promise<Snapshot> {
  const end = Date.now() + ms;
  let now = await snapshot(f);
  while (Date.now() < end && JSON.stringify(now) !== JSON.stringify(want)) {
    await sleep(20);
    now = await snapshot(f);
  }
  return now;
}

export async function poll(cond: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return true;
    await sleep(20);
  }
  return cond();
}

// ---- pages --------------------------------------------------------------------

/** An error page with catalogue `code` and the catalogue's status. */
export function assertErrorPage(p: Page, code: ErrorCode, what = ""): void {
  assert.equal(errorCode(p), code, `${what} error code (status ${p.status})`);
  assert.equal(p.status, httpStatus(code), `${what} status for ${code}`);
  assert.match(p.headers.get("content-type") ?? "", /^text\/html; charset=utf-8/);
  assert.ok(!received(p), `${what} not received`);
}

/** A new source with a live session and its form token for /en/submit. */
export async function newSource(f: Fixture): Promise<{ client: SourceClient; csrf: string }> {
  const client = new SourceClient(f.url);
  await client.newSource();
  return { client, csrf: await client.csrf("/en/submit") };
}

// ---- multipart ------------------------------------------------------------------

export type Part =
  | { readonly name: string; readonly value: string }
  | {
      readonly name: string;
      readonly filename: string;
      readonly data: Uint8Array;
      readonly type?: string;
    }
  /** Bytes put between two boundary lines as they are (headers, blank line, body). */
  | { readonly raw: string | Uint8Array };

export const BOUNDARY = "----postern-hostile-boundary-Qe3v9TzL";

/** A multipart/form-data body built by hand, `\r\n` line endings, names not escaped. */
export function multipart(boundary: string, parts: readonly Part[], close = true): Buffer {
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

// ---- raw clients -----------------------------------------------------------------

export interface RawOptions {
  readonly method?: string;
  readonly path: string;
  readonly headers?: http.OutgoingHttpHeaders;
  readonly body?: Uint8Array;
  /** Send without Content-Length (chunked). */
  readonly chunked?: boolean;
  readonly timeoutMs?: number;
}

/** One request on its own connection; rejects when no complete answer comes in time (a hang). */
export function raw(base: string, opts: RawOptions): Promise<Page> {
  const url = new URL(base);
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
      reject(new Error(`no answer to ${opts.method ?? "POST"} ${opts.path} in time`));
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
        resolve({
          status: res.statusCode ?? 0,
          html: Buffer.concat(chunks).toString("utf8"),
          headers: toHeaders(res.headers),
        });
      });
    });
    req.on("error", (e) => {
      // The server may answer and close before reading all of a refused body.
      if (answered) return;
      clearTimeout(timer);
      reject(e);
    });
    const SLICE = 64 * KiB;
    for (let i = 0; i < body.length; i += SLICE) req.write(body.subarray(i, i + SLICE));
    req.end();
  });
}

function toHeaders(h: http.IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [k, v] of Object.entries(h)) {
    if (typeof v === "string") out.set(k, v);
    else if (Array.isArray(v)) for (const x of v) out.append(k, x);
  }
  return out;
}

/** A raw multipart POST to /en/submit with a client's session cookie. */
export function rawSubmit(
  base: string,
  client: SourceClient,
  body: Uint8Array,
  opts: { contentType?: string; chunked?: boolean } = {},
): Promise<Page> {
  return raw(base, {
    path: "/en/submit",
    headers: {
      cookie: client.cookie ?? "",
      "content-type": opts.contentType ?? `multipart/form-data; boundary=${BOUNDARY}`,
    },
    body,
    ...(opts.chunked === undefined ? {} : { chunked: opts.chunked }),
  });
}

/** What came back on a bare socket: the raw header block, parsed headers and body. */
export interface SocketAnswer {
  /** Every byte received, as latin1 (so no byte is lost or merged). */
  readonly bytes: string;
  /** 0 when nothing (or no status line) came back. */
  readonly status: number;
  /** Header lines as sent, in order, without the status line. */
  readonly headerLines: readonly string[];
  readonly body: string;
  /** The server closed the connection (rather than our timeout ending the wait). */
  readonly closed: boolean;
}

/**
 * Writes `pieces` to a fresh TCP connection, each after `gapMs`, then waits for
 * the server to close (or `waitMs`). With `end`, the client half-closes after
 * the last piece, as a client that stops sending does.
 */
export async function socketExchange(
  base: string,
  pieces: readonly (string | Uint8Array)[],
  opts: { gapMs?: number; waitMs?: number; end?: boolean } = {},
): Promise<SocketAnswer> {
  const url = new URL(base);
  const sock = net.connect(Number(url.port), url.hostname);
  sock.setNoDelay(true);
  const chunks: Buffer[] = [];
  let closed = false;
  const done = new Promise<void>((resolve) => {
    sock.on("data", (c: Buffer) => chunks.push(c));
    sock.on("error", () => undefined);
    sock.on("close", () => {
      closed = true;
      resolve();
    });
  });
  await new Promise<void>((resolve, reject) => {
    sock.once("connect", resolve);
    sock.once("error", reject);
  });
  for (const p of pieces) {
    if (sock.destroyed) break;
    sock.write(typeof p === "string" ? Buffer.from(p, "latin1") : p);
    if ((opts.gapMs ?? 0) > 0) await sleep(opts.gapMs);
  }
  if (opts.end === true && !sock.destroyed) sock.end();
  await Promise.race([done, sleep(opts.waitMs ?? 5000)]);
  sock.destroy();
  return parseAnswer(Buffer.concat(chunks).toString("latin1"), closed);
}

function parseAnswer(bytes: string, closed: boolean): SocketAnswer {
  const end = bytes.indexOf("\r\n\r\n");
  const head = end === -1 ? bytes : bytes.slice(0, end);
  const [statusLine = "", ...headerLines] = head.split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  return {
    bytes,
    status,
    headerLines: status === 0 ? [] : headerLines,
    body: end === -1 ? "" : Buffer.from(bytes.slice(end + 4), "latin1").toString("utf8"),
    closed,
  };
}

/** The error code of a page read off a bare socket. */
export function socketCode(a: SocketAnswer): string | null {
  return /id="error" data-code="([a-z_]+)"/.exec(a.body)?.[1] ?? null;
}

/** `host:port` of a base URL, for hand-written Host headers. */
export function hostOf(base: string): string {
  return new URL(base).host;
}

// ---- corpora ---------------------------------------------------------------------

/**
 * A corpus file from test/corpora: one entry per line, written as the inside
 * of a JSON string (so `\u0000` and `\r` can be written); `#` lines are comments.
 */
export function corpus(name: string): string[] {
  const text = readFileSync(new URL(`../corpora/${name}`, import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => JSON.parse(`"${l}"`) as string);
}

// ---- what was stored ----------------------------------------------------------------

/** Every blob id the database knows, to tell which ones a request added. */
export async function blobIds(f: Fixture): Promise<Set<string>> {
  const rows = await f.inst.db.selectFrom("blobs").select("id").execute();
  return new Set(rows.map((r) => r.id));
}

export interface StoredManifest {
  readonly message: string;
  readonly files: readonly { blob: string; name: string; type: string; size: number }[];
}

/** The manifests of submissions stored since `before`, decrypted with the test recipient's key. */
export async function newManifests(f: Fixture, before: Set<string>): Promise<StoredManifest[]> {
  const rows = await f.inst.db
    .selectFrom("blobs")
    .select("id")
    .where("role", "=", "manifest")
    .execute();
  const out: StoredManifest[] = [];
  for (const { id } of rows) {
    if (before.has(id)) continue;
    out.push(JSON.parse((await openBlob(f, id)).toString("utf8")) as StoredManifest);
  }
  return out;
}

/** A stored blob decrypted with the test recipient's identity. */
export async function openBlob(f: Fixture, id: string): Promise<Buffer> {
  const file = await readFile(f.inst.blobs.pathOf(id));
  return decryptBytes([f.identity], file, 1 << 24);
}
