/**
 * What a recipient-side request could leave behind, and small request helpers
 * for tests that need exact bytes or raw paths.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { Database } from "../../src/store/schema.ts";
import { RECIPIENT_CSP } from "../../src/web/recipient/app.ts";
import { residue, type Fixture, type Residue } from "./instance.ts";

export interface RecipientState extends Residue {
  readonly accounts: number;
  readonly invites: number;
  readonly recipients: number;
  readonly channels: number;
  readonly channel_recipients: number;
  readonly recipient_sessions: number;
  readonly replies: number;
  readonly reads: number;
  readonly stars: number;
  readonly channel_events: number;
  readonly channel_acks: number;
}

/** Row counts of every table a recipient request may touch, plus blob and temp files. */
export async function recipientState(f: Fixture): Promise<RecipientState> {
  const count = async (table: Exclude<keyof Database, "source_sessions">): Promise<number> => {
    const r = await f.inst.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };
  return {
    ...(await residue(f)),
    accounts: await count("accounts"),
    invites: await count("invites"),
    recipients: await count("recipients"),
    channels: await count("channels"),
    channel_recipients: await count("channel_recipients"),
    recipient_sessions: await count("recipient_sessions"),
    replies: await count("replies"),
    reads: await count("reads"),
    stars: await count("stars"),
    channel_events: await count("channel_events"),
    channel_acks: await count("channel_acks"),
  };
}

/** Runs `fn` and asserts it left every count and file as it found them. */
export async function unchanged<T>(f: Fixture, what: string, fn: () => Promise<T>): Promise<T> {
  const was = await recipientState(f);
  const out = await fn();
  assert.deepEqual(await recipientState(f), was, `${what}: nothing stored or removed`);
  return out;
}

/** Asserts an API error answer: exact status and body `{ error: code }`. */
export function assertError(
  a: { status: number; body: unknown },
  status: number,
  code: string,
  what = "",
): void {
  assert.equal(a.status, status, `${what} status (body ${JSON.stringify(a.body)})`);
  assert.deepEqual(a.body, { error: code }, `${what} body`);
}

/** The headers every recipient answer carries, errors included. */
export function assertHardened(headers: Headers, what: string, cache = "no-store"): void {
  assert.equal(headers.get("content-security-policy"), RECIPIENT_CSP, `${what}: CSP`);
  assert.equal(headers.get("x-content-type-options"), "nosniff", `${what}: nosniff`);
  assert.equal(headers.get("cache-control"), cache, `${what}: cache-control`);
}

export interface RawAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Buffer;
  readonly text: string;
}

/**
 * One request with the path sent exactly as given (fetch would resolve "..",
 * "%2e%2e"), on a connection of its own that closes after the answer: a pooled
 * keep-alive connection whose last answer was a streamed blob is not always
 * idle when the server closes, which then waits out its keep-alive timeout.
 */
export function rawRequest(
  base: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: opts.method ?? "GET",
        path,
        headers: opts.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            if (typeof v === "string") headers.set(k, v);
          }
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers, bytes, text: bytes.toString("utf8") });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

/** A well-formed invite token that was never issued. */
export function unknownToken(): string {
  return randomBytes(32).toString("base64url");
}
