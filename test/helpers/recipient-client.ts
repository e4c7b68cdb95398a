/**
 * A recipient as the API sees one, without a browser: it keeps the session
 * cookie and CSRF token, and enrols through an invite. The auth key is random
 * bytes here: the server cannot tell how the browser derived it, which is the
 * point (tests of the browser's derivation live in recipient-crypto.test.ts).
 */
import { randomBytes } from "node:crypto";
import { createInvite } from "../../src/core/accounts.ts";
import { generateIdentity, totpCode, totpStep } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { base32nopad } from "@scure/base";
import type { Instance } from "../../src/core/instance.ts";
import type { Role } from "../../src/protocol/api.ts";

export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export class RecipientClient {
  readonly base: string;
  cookie: string | undefined;
  csrf: string | undefined;

  constructor(base: string) {
    this.base = base;
  }

  async call<T = Record<string, unknown>>(
    method: "GET" | "POST",
    path: string,
    body?: unknown,
    opts: { csrf?: string | null; type?: string; origin?: string } = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie !== undefined) headers.cookie = `postern_rs=${this.cookie}`;
    const csrf = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (method === "POST" && csrf !== undefined && csrf !== null) headers["x-postern-csrf"] = csrf;
    if (opts.origin !== undefined) headers.origin = opts.origin;
    let payload: BodyInit | undefined;
    if (method === "POST") {
      if (body instanceof Uint8Array) {
        headers["content-type"] = opts.type ?? "application/octet-stream";
        payload = Buffer.from(body);
      } else {
        headers["content-type"] = opts.type ?? "application/json";
        payload = typeof body === "string" ? body : JSON.stringify(body ?? {});
      }
    }
    const res = await fetch(this.base + path, { method, headers, body: payload ?? null });
    const set = res.headers.get("set-cookie");
    const m = set === null ? null : /postern_rs=([^;]*)/.exec(set);
    if (m) this.cookie = m[1] === "" ? undefined : m[1];
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (the web app's pages)
    }
    const b = parsed as { csrf?: unknown } | null;
    if (res.ok && typeof b === "object" && b !== null && typeof b.csrf === "string") {
      this.csrf = b.csrf;
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
}

export interface Enrolled {
  readonly client: RecipientClient;
  readonly username: string;
  readonly auth: string;
  readonly identity: string;
  readonly recipient: string;
  readonly totpSecret: Uint8Array;
  readonly kdf: Record<string, unknown>;
}

/** A TOTP code for a step that has not been used yet (steps ahead of now are accepted ±1). */
export function codeAt(secret: Uint8Array, offset = 0): string {
  return totpCode(secret, totpStep(Date.now() / 1000) + offset);
}

/** Invite, enrol and confirm TOTP (with the current step). */
export async function enrolRecipient(
  inst: Instance,
  base: string,
  args: { username: string; role?: Role; channel?: string | null; kind?: "pq" | "classic" },
): Promise<Enrolled> {
  const invite = await createInvite(inst, {
    name: `Person ${args.username}`,
    role: args.role ?? "recipient",
    channel: args.channel === undefined ? "default" : args.channel,
  });
  const token = invite.link.split("#")[1] ?? "";
  const client = new RecipientClient(base);
  const check = await client.call<{ kdf: Record<string, unknown>; kind: "pq" | "classic" }>(
    "POST",
    "/api/v1/invite/check",
    { token },
  );
  if (check.status !== 200) throw new Error(`invite/check ${check.status}`);
  const identity = await generateIdentity(args.kind ?? check.body.kind);
  const recipient = await toRecipient(identity);
  const auth = randomBytes(32).toString("base64url");
  const enrol = await client.call<{ totpSecret: string }>("POST", "/api/v1/enrol", {
    token,
    username: args.username,
    kdf: check.body.kdf,
    auth,
    recipient,
    wrapped: randomBytes(120).toString("base64url"),
  });
  if (enrol.status !== 200) throw new Error(`enrol ${enrol.status} ${JSON.stringify(enrol.body)}`);
  const totpSecret = base32nopad.decode(enrol.body.totpSecret);
  const confirm = await client.call("POST", "/api/v1/enrol/totp", { totp: codeAt(totpSecret) });
  if (confirm.status !== 200) throw new Error(`enrol/totp ${confirm.status}`);
  return {
    client,
    username: args.username,
    auth,
    identity,
    recipient,
    totpSecret,
    kdf: check.body.kdf,
  };
}
