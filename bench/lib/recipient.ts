/**
 * A recipient as the web app's API sees one, without a browser: enrolled
 * through an invite (random auth bytes: the server cannot tell how a browser
 * would have derived them), then reading the inbox and replying with replies
 * encrypted here, as the browser does. Each call is one timed request.
 */
import { randomBytes } from "node:crypto";
import type http from "node:http";
import { base32nopad } from "@scure/base";
import { encryptBytes, generateIdentity, totpCode, totpStep } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import type { ConversationResponse, SourceSummary } from "../../src/protocol/api.ts";
import { cookieFrom, request, type HttpResponse } from "./http-client.ts";
import type { Recorder } from "./stats.ts";

const COOKIE = "postern_rs";
const CSRF_HEADER = "x-postern-csrf";

export class Recipient {
  /** The recipient listener (changes when the server restarts). */
  base: string;
  /** The age identity whose public key the server holds: it opens the channel's files. */
  readonly identity: string;
  readonly #agent: http.Agent;
  readonly #rec: Recorder;
  #cookie: string | null = null;
  #csrf: string | null = null;

  private constructor(base: string, agent: http.Agent, rec: Recorder, identity: string) {
    this.base = base;
    this.#agent = agent;
    this.#rec = rec;
    this.identity = identity;
  }

  /** Invite check, enrolment and TOTP confirmation: a recipient with a full session. */
  static async enrol(
    base: string,
    agent: http.Agent,
    rec: Recorder,
    token: string,
    username: string,
  ): Promise<Recipient> {
    const identity = await generateIdentity("pq");
    const r = new Recipient(base, agent, rec, identity);
    const check = await r.#json<{ kdf: unknown }>("enrol", "POST", "/api/v1/invite/check", {
      token,
    });
    const enrol = await r.#json<{ totpSecret: string }>("enrol", "POST", "/api/v1/enrol", {
      token,
      username,
      kdf: check.kdf,
      auth: randomBytes(32).toString("base64url"),
      recipient: await toRecipient(identity),
      wrapped: randomBytes(120).toString("base64url"),
    });
    const secret = base32nopad.decode(enrol.totpSecret);
    await r.#json("enrol", "POST", "/api/v1/enrol/totp", {
      totp: totpCode(secret, totpStep(Date.now() / 1000)),
    });
    return r;
  }

  async #send(
    route: string,
    method: "GET" | "POST",
    path: string,
    body: Buffer | string | undefined,
    type: string,
    expect: number,
    discard = false,
  ): Promise<HttpResponse> {
    const headers: http.OutgoingHttpHeaders = {};
    if (this.#cookie !== null) headers.cookie = `${COOKIE}=${this.#cookie}`;
    if (method === "POST") {
      headers["content-type"] = type;
      if (this.#csrf !== null) headers[CSRF_HEADER] = this.#csrf;
    }
    const r = await this.#rec.time(
      route,
      () => request(this.#agent, this.base + path, { method, headers, body, discard }),
      (a) =>
        a.status === expect ? null : `HTTP ${a.status} ${a.body.toString("utf8").slice(0, 80)}`,
    );
    const c = cookieFrom(r, COOKIE);
    if (c !== null) this.#cookie = c === "" ? null : c;
    return r;
  }

  async #json<T>(
    route: string,
    method: "GET" | "POST",
    path: string,
    body?: unknown,
    expect = 200,
  ): Promise<T> {
    const r = await this.#send(
      route,
      method,
      path,
      method === "POST" ? JSON.stringify(body ?? {}) : undefined,
      "application/json",
      expect,
    );
    const parsed = JSON.parse(r.body.toString("utf8")) as T & { csrf?: unknown };
    if (typeof parsed.csrf === "string") this.#csrf = parsed.csrf;
    return parsed;
  }

  async inbox(): Promise<SourceSummary[]> {
    return (await this.#json<{ sources: SourceSummary[] }>("inbox", "GET", "/api/v1/sources"))
      .sources;
  }

  conversation(sourceId: string): Promise<ConversationResponse> {
    return this.#json<ConversationResponse>("conversation", "GET", `/api/v1/sources/${sourceId}`);
  }

  /** Fetches a blob's ciphertext; returns its length (the bytes are not kept). */
  async blob(route: string, blobId: string): Promise<number> {
    const r = await this.#send(route, "GET", `/api/v1/blobs/${blobId}`, undefined, "", 200, true);
    return r.bytes;
  }

  async markRead(sourceId: string): Promise<void> {
    await this.#json("mark_read", "POST", `/api/v1/sources/${sourceId}/read`, { read: true });
  }

  /** Encrypts `text` to the conversation's reply recipients and stores it; returns its id. */
  async reply(sourceId: string, replyTo: readonly string[], text: string): Promise<string> {
    const file = await encryptBytes(replyTo, Buffer.from(text, "utf8"));
    const r = await this.#send(
      "reply",
      "POST",
      `/api/v1/sources/${sourceId}/replies`,
      file,
      "application/octet-stream",
      201,
    );
    const id = (JSON.parse(r.body.toString("utf8")) as { id?: unknown }).id;
    if (typeof id !== "string") throw new Error("reply answer without id");
    return id;
  }
}
