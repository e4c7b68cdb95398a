/**
 * The recipient API as typed calls (routes and shapes: ../api-types.ts).
 *
 * Same-origin only: paths are absolute, credentials "same-origin", no
 * redirects followed, nothing cached. The session's CSRF token lives in this
 * object (memory), never in storage. A 401 "unauthenticated" also tells the
 * app, which forgets the session and returns to the login screen.
 */
import {
  CSRF_HEADER,
  type AdminOverview,
  type AdminTexts,
  type ChannelKeys,
  type ChannelsResponse,
  type ChangeKdfRequest,
  type ConversationResponse,
  type CreateChannelRequest,
  type CreateInviteRequest,
  type EnrolRequest,
  type EnrolResponse,
  type InviteCheckResponse,
  type InviteCreated,
  type LoginParamsResponse,
  type LoginRequest,
  type MemberRequest,
  type ReplyCreated,
  type SessionResponse,
  type SourcesResponse,
} from "../protocol/api.ts";
import { isCodeFor, type CodeFor, type ErrorParams } from "../protocol/errors.ts";
import type { ClientErrorCode } from "./messages/en.ts";

const BASE = "/api/v1";

/**
 * What the server may send (the catalogue's recipient codes: any other
 * answer is "unexpected"), or a failure found here.
 */
export type AnyErrorCode = CodeFor<"recipient"> | ClientErrorCode;

/** A failed call: the server's `{ error }` code, or a client-side one; status 0 when no answer. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: AnyErrorCode,
    readonly status: number,
    /** Values the code's message names (which text, which language), shown as text. */
    readonly params: ErrorParams = {},
  ) {
    super(`recipient API: ${code} (${status})`);
  }
}

/** What the save flow needs from a blob response: its body and its ciphertext size. */
export interface BlobBody {
  readonly body: ReadableStream<Uint8Array>;
  /** Ciphertext length from Content-Length, or null when the server did not say. */
  readonly size: number | null;
}

type Json = Readonly<Record<string, unknown>>;

export class Api {
  #csrf: string | null = null;
  readonly #onUnauthenticated: () => void;

  /** @param onUnauthenticated called when the server says the session is gone. */
  constructor(onUnauthenticated: () => void) {
    this.#onUnauthenticated = onUnauthenticated;
  }

  /** Remembers the session's CSRF token (from EnrolResponse or SessionResponse). */
  setCsrf(token: string): void {
    this.#csrf = token;
  }

  /** Forgets the session's CSRF token. */
  clear(): void {
    this.#csrf = null;
  }

  // ---- pre-session (no CSRF header) ----

  inviteCheck(token: string): Promise<InviteCheckResponse> {
    return this.#json("POST", "/invite/check", { token }, false);
  }
  enrol(req: EnrolRequest): Promise<EnrolResponse> {
    return this.#json("POST", "/enrol", req, false);
  }
  loginParams(username: string): Promise<LoginParamsResponse> {
    return this.#json("POST", "/login/params", { username }, false);
  }
  login(req: LoginRequest): Promise<SessionResponse> {
    return this.#json("POST", "/login", req, false);
  }

  // ---- session ----

  /** Enrolment session (CSRF from EnrolResponse) → a full session. */
  enrolTotp(totp: string): Promise<SessionResponse> {
    return this.#json("POST", "/enrol/totp", { totp });
  }
  /** Replaces the account's Argon2id parameters, auth key and wrapped identity (kdf-upgrade.ts). */
  async changeKdf(req: ChangeKdfRequest): Promise<void> {
    await this.#post("/account/kdf", req);
  }
  async logout(): Promise<void> {
    await this.#post("/logout", {});
  }
  sources(channel: string | null): Promise<SourcesResponse> {
    const q = channel === null ? "" : `?channel=${encodeURIComponent(channel)}`;
    return this.#json("GET", `/sources${q}`);
  }
  conversation(id: string): Promise<ConversationResponse> {
    return this.#json("GET", `/sources/${seg(id)}`);
  }
  async markRead(id: string, read: boolean): Promise<void> {
    await this.#post(`/sources/${seg(id)}/read`, { read });
  }
  async star(id: string, starred: boolean): Promise<void> {
    await this.#post(`/sources/${seg(id)}/star`, { starred });
  }
  async deleteSource(id: string): Promise<void> {
    await this.#post(`/sources/${seg(id)}/delete`, {});
  }
  /** Posts a reply's age file as application/octet-stream. */
  async sendReply(id: string, file: Uint8Array): Promise<ReplyCreated> {
    const res = await this.#fetch("POST", `/sources/${seg(id)}/replies`, {
      // A copy over a plain ArrayBuffer, as BodyInit is typed; replies are small.
      body: new Uint8Array(file),
      type: "application/octet-stream",
      csrf: true,
    });
    return readJson(res);
  }

  /** A blob's ciphertext as a stream, for files of any size. */
  async blobStream(id: string): Promise<BlobBody> {
    const res = await this.#fetch("GET", `/blobs/${seg(id)}`);
    if (res.body === null) throw new ApiError("unexpected", res.status);
    const length = Number(res.headers.get("content-length") ?? "NaN");
    return { body: res.body, size: Number.isSafeInteger(length) ? length : null };
  }

  /**
   * A small blob (manifest, reply) in memory.
   * @throws ApiError("unexpected") if it is larger than `maxBytes`.
   */
  async blobBytes(id: string, maxBytes: number): Promise<Uint8Array> {
    const { body } = await this.blobStream(id);
    const reader = body.getReader();
    const parts: Uint8Array[] = [];
    let n = 0;
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      n += r.value.length;
      if (n > maxBytes) {
        await reader.cancel();
        throw new ApiError("unexpected", 200);
      }
      parts.push(r.value);
    }
    const out = new Uint8Array(n);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  /** The channels this account is a member of, with their keys and changes. */
  channels(): Promise<ChannelsResponse> {
    return this.#json("GET", "/channels");
  }
  /** "I have checked `slug`'s keys as of change `seq`" (the seq that was shown). */
  ackKeys(slug: string, seq: number): Promise<ChannelKeys> {
    return this.#json("POST", `/channels/${seg(slug)}/ack`, { seq });
  }

  // ---- admin ----

  adminOverview(): Promise<AdminOverview> {
    return this.#json("GET", "/admin/overview");
  }
  async createChannel(req: CreateChannelRequest): Promise<void> {
    await this.#post("/admin/channels", req);
  }
  createInvite(req: CreateInviteRequest): Promise<InviteCreated> {
    return this.#json("POST", "/admin/invites", req);
  }
  async setMember(req: MemberRequest): Promise<void> {
    await this.#post("/admin/members", req);
  }
  adminTexts(): Promise<AdminTexts> {
    return this.#json("GET", "/admin/texts");
  }
  async saveTexts(texts: AdminTexts["texts"]): Promise<void> {
    await this.#post("/admin/texts", { texts });
  }

  // ---- transport ----

  async #json<T>(method: "GET" | "POST", path: string, body?: object, csrf = true): Promise<T> {
    const res = await this.#fetch(
      method,
      path,
      method === "POST"
        ? { body: JSON.stringify(body ?? {}), type: "application/json", csrf }
        : undefined,
    );
    return readJson<T>(res);
  }

  /** A session POST whose answer has nothing the app needs. */
  async #post(path: string, body: object): Promise<void> {
    const res = await this.#fetch("POST", path, {
      body: JSON.stringify(body),
      type: "application/json",
      csrf: true,
    });
    await res.body?.cancel();
  }

  async #fetch(
    method: "GET" | "POST",
    path: string,
    send?: { body: BodyInit; type: string; csrf: boolean },
  ): Promise<Response> {
    const headers = new Headers({ accept: "application/json" });
    if (send) {
      headers.set("content-type", send.type);
      if (send.csrf) {
        if (this.#csrf === null) throw new ApiError("unauthenticated", 0);
        headers.set(CSRF_HEADER, this.#csrf);
      }
    }
    let res: Response;
    try {
      res = await fetch(BASE + path, {
        method,
        headers,
        body: send?.body ?? null,
        credentials: "same-origin",
        mode: "same-origin",
        cache: "no-store",
        redirect: "error",
        referrerPolicy: "no-referrer",
      });
    } catch {
      throw new ApiError("network", 0);
    }
    if (res.ok) return res;
    const { code, params } = await errorOf(res);
    if (code === "unauthenticated") {
      this.#csrf = null;
      this.#onUnauthenticated();
    }
    throw new ApiError(code, res.status, params);
  }
}

/** A path segment from a server-issued id; encoded so it can never change the route. */
function seg(id: string): string {
  return encodeURIComponent(id);
}

async function errorOf(res: Response): Promise<{ code: AnyErrorCode; params: ErrorParams }> {
  try {
    const body: unknown = await res.json();
    const code = isJson(body) ? body.error : undefined;
    if (isCodeFor("recipient", code)) {
      return { code, params: isJson(body) ? paramsOf(body.params) : {} };
    }
  } catch {
    // Not JSON (a proxy's error page): fall through.
  }
  if (res.status === 401) return { code: "unauthenticated", params: {} };
  return { code: res.status >= 500 ? "internal" : "unexpected", params: {} };
}

/** An error's params: a few short strings, anything else dropped (they are shown as text). */
function paramsOf(v: unknown): ErrorParams {
  if (!isJson(v)) return {};
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v).slice(0, 4)) {
    if (/^[a-z]{1,20}$/.test(k) && typeof x === "string") out[k] = x.slice(0, 100);
  }
  return out;
}

/**
 * The one place a server answer becomes a typed value. The server is the
 * other half of this contract; what it sends that is attacker-influenced
 * (decrypted content) is checked where it is decrypted, not here.
 */
async function readJson<T>(res: Response): Promise<T> {
  if (!(res.headers.get("content-type") ?? "").startsWith("application/json")) {
    throw new ApiError("unexpected", res.status);
  }
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiError("unexpected", res.status);
  }
}

function isJson(v: unknown): v is Json {
  return typeof v === "object" && v !== null;
}
