/**
 * The recipient listener: separate from the source listener so a bug on one
 * side cannot expose the other. It serves the recipient web app (static
 * files built by Vite, same origin, strict CSP) and its JSON API
 * (`api-types.ts`). Keys are generated, unwrapped and used in the browser;
 * this side stores and hands out ciphertext and decides who may fetch it.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from "fastify";
import {
  accountChannels,
  changeKdf,
  checkInvite,
  confirmTotp,
  createInvite,
  endRecipientSession,
  enrol,
  getAccount,
  loadRecipientSession,
  login,
  loginParams,
  setMembership,
  startRecipientSession,
  type Account,
  type RecipientSession,
} from "../../core/accounts.ts";
import { acknowledgeKeys, channelKeyLists } from "../../core/channel-events.ts";
import { addChannel } from "../../core/channels.ts";
import {
  blobFor,
  conversation,
  deleteVisibleSource,
  listSources,
  markRead,
  setStar,
  storeBrowserReply,
} from "../../core/conversations.ts";
import { adminOverview } from "../../core/overview.ts";
import { checkDatabase } from "../../core/upkeep.ts";
import type { Instance } from "../../core/instance.ts";
import type { Logger } from "../../runtime/log.ts";
import { MAX_REPLY_BYTES } from "../../core/replies.ts";
import { toPosternError } from "../../core/errors.ts";
import { LOCALES } from "../../i18n/index.ts";
import { en } from "../../i18n/messages/en.ts";
import { KNOWN_ORG_KEYS, parseOrgTexts } from "../../i18n/org-texts.ts";
import { securityHeaders } from "../security-headers.ts";
import { FailureBudget } from "../source/throttle.ts";
import {
  CSRF_HEADER,
  type AdminOverview,
  type AdminTexts,
  type ChannelsResponse,
  type Me,
  type SessionResponse,
} from "../../protocol/api.ts";
import { isCodeFor, PosternError } from "../../protocol/errors.ts";

export const RECIPIENT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; worker-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

const COOKIE = "postern_rs";

const TYPES: Readonly<Record<string, string>> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".png": "image/png",
};

/**
 * How long the recipient listener waits (milliseconds). Its largest body is a
 * 2 MiB reply, seconds over Tor; a client that stalls or trickles holds a
 * socket and memory, so each phase is bounded (issue #11, finding 10).
 */
export interface RecipientTimeouts {
  /** The whole request, headers and body. */
  readonly requestMs: number;
  /** The request's headers. */
  readonly headersMs: number;
  /** A socket with no traffic at all. */
  readonly idleMs: number;
  /** How often Node checks the first two (its default is 30 s). */
  readonly checkEveryMs: number;
}

export const RECIPIENT_TIMEOUTS: RecipientTimeouts = {
  requestMs: 120_000,
  headersMs: 20_000,
  idleMs: 30_000,
  checkEveryMs: 5_000,
};

export interface RecipientAppOptions {
  /** Tests shorten these. */
  readonly timeouts?: RecipientTimeouts;
  /** The built web app (dist/recipient); without it only the API answers. */
  readonly appDir?: string | undefined;
  readonly logger?: Logger;
  readonly secureCookies?: boolean;
}

type Authed = { session: RecipientSession; account: Account; cookie: string };

/**
 * A header against a session's secret, in constant time: `!==` stops at the
 * first differing character, which a patient client can time.
 */
function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== "string") return false;
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(secret).digest();
  return timingSafeEqual(a, b);
}

function harden(reply: FastifyReply): void {
  securityHeaders(reply);
  void reply.header("content-security-policy", RECIPIENT_CSP);
}

/**
 * A malformed URL or an over-long path parameter is answered before any hook
 * runs: without this, Fastify's own answer has no CSP and echoes the URL.
 */
function frameworkError(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  harden(reply);
  const e = new PosternError(err.code === "FST_ERR_MAX_PARAM_LENGTH" ? "not_found" : "bad_request");
  void reply.code(e.status).send({ error: e.code });
}

export function buildRecipientApp(inst: Instance, opts: RecipientAppOptions = {}): FastifyInstance {
  const timeouts = opts.timeouts ?? RECIPIENT_TIMEOUTS;
  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    frameworkErrors: frameworkError,
    // Short keep-alive: a closing server does not wait on idle browser connections.
    keepAliveTimeout: 10 * 1000,
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.idleMs,
    http: {
      headersTimeout: timeouts.headersMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
    },
  });
  const budget = new FailureBudget(inst.config.loginFailuresPerMinute);

  app.addHook("onRequest", (_req, reply, done) => {
    harden(reply);
    done();
  });
  app.addContentTypeParser(
    "application/octet-stream",
    { parseAs: "buffer", bodyLimit: MAX_REPLY_BYTES },
    (_req, body, done) => {
      done(null, body);
    },
  );

  /** `{ "error": code }` (and the message's params, when it has any), with the code's status. */
  const fail = (reply: FastifyReply, err: PosternError) => {
    // A code the app has no words for is a bug: it gets "internal".
    const e = isCodeFor("recipient", err.code) ? err : new PosternError("internal");
    if (e !== err) opts.logger?.error("recipient_error", err);
    return reply
      .code(e.status)
      .send(e.params === undefined ? { error: e.code } : { error: e.code, params: e.params });
  };

  app.setErrorHandler((err: unknown, req, reply) => {
    if (err instanceof PosternError) return fail(reply, err);
    const e = err as { code?: string; statusCode?: number };
    if (e.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      // A reply has a code of its own (the app says to shorten it).
      const isReply = req.routeOptions.url === "/api/v1/sources/:id/replies";
      return fail(reply, new PosternError(isReply ? "reply_too_large" : "request_too_large"));
    }
    if (typeof e.statusCode === "number" && e.statusCode >= 400 && e.statusCode < 500) {
      return fail(
        reply,
        new PosternError(e.statusCode === 415 ? "unsupported_media_type" : "bad_request"),
      );
    }
    opts.logger?.error("recipient_error", err);
    // A full disk or a locked database passes: "try again later", not a bug.
    return fail(reply, toPosternError(err, "recipient"));
  });
  app.setNotFoundHandler((_req, reply) => fail(reply, new PosternError("not_found")));

  // ---- cookies, origin, CSRF -------------------------------------------------

  const cookieOf = (req: FastifyRequest): string | undefined => {
    const header = req.headers.cookie;
    if (typeof header !== "string" || header.length > 4096) return undefined;
    for (const part of header.split(";")) {
      const [k, v] = part.trim().split("=", 2);
      if (k === COOKIE && v !== undefined) return v;
    }
    return undefined;
  };
  const setCookie = (reply: FastifyReply, cookie: string): void => {
    const secure = opts.secureCookies === true ? "; Secure" : "";
    void reply.header(
      "set-cookie",
      `${COOKIE}=${cookie}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${inst.config.recipientAbsoluteSeconds}${secure}`,
    );
  };

  /** Every POST: JSON (or octet-stream for replies) from this origin. */
  app.addHook("preHandler", (req, reply, done) => {
    if (req.method !== "POST") {
      done();
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host ?? ""}`) {
      const https = origin === `https://${req.headers.host ?? ""}`;
      if (!https) {
        void fail(reply, new PosternError("origin_invalid"));
        return;
      }
    }
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) && (typeof body !== "object" || body === null)) {
      void fail(reply, new PosternError("bad_request"));
      return;
    }
    done();
  });

  const authed = async (req: FastifyRequest, scope: "full" | "enrol" = "full"): Promise<Authed> => {
    const cookie = cookieOf(req);
    const session = await loadRecipientSession(inst, cookie);
    if (!session || cookie === undefined || session.scope !== scope) {
      throw new PosternError("unauthenticated");
    }
    if (req.method === "POST" && !sameSecret(req.headers[CSRF_HEADER], session.csrf)) {
      throw new PosternError("csrf_invalid");
    }
    const account = await getAccount(inst, session.accountId);
    if (!account) throw new PosternError("unauthenticated");
    return { session, account, cookie };
  };
  const admin = async (req: FastifyRequest): Promise<Authed> => {
    const a = await authed(req);
    if (a.account.role !== "admin") throw new PosternError("forbidden");
    return a;
  };
  const bodyOf = (req: FastifyRequest): Record<string, unknown> =>
    req.body as Record<string, unknown>;

  const me = async (account: Account): Promise<Me> => ({
    username: account.username,
    name: account.name,
    role: account.role,
    channels: (await accountChannels(inst.db, account.recipientId)).map((c) => ({
      slug: c.slug,
      name: c.name,
      kind: c.kind,
    })),
  });
  const sessionResponse = async (account: Account, csrf: string): Promise<SessionResponse> => ({
    me: await me(account),
    wrapped: account.wrapped,
    recipient: account.recipient ?? "",
    csrf,
    idleSeconds: inst.config.recipientIdleSeconds,
    kdfPolicy: {
      m: inst.config.recipientKdf.m,
      t: inst.config.recipientKdf.t,
      p: inst.config.recipientKdf.p,
    },
  });

  // ---- the web app's files -----------------------------------------------------

  const index = async (_req: FastifyRequest, reply: FastifyReply) => {
    if (opts.appDir === undefined) return fail(reply, new PosternError("not_found"));
    const html = await readFile(join(opts.appDir, "index.html"));
    return reply.type("text/html; charset=utf-8").send(html);
  };
  app.get("/", index);
  app.get("/invite", index);
  app.get<{ Params: { file: string } }>("/assets/:file", async (req, reply) => {
    const type = TYPES[extname(req.params.file)];
    if (
      opts.appDir === undefined ||
      type === undefined ||
      !/^[A-Za-z0-9_.-]{1,200}$/.test(req.params.file) ||
      req.params.file.startsWith(".")
    ) {
      return fail(reply, new PosternError("not_found"));
    }
    try {
      const data = await readFile(join(opts.appDir, "assets", req.params.file));
      // Names carry a content hash: safe to keep.
      void reply.header("cache-control", "public, max-age=31536000, immutable");
      return await reply.type(type).send(data);
    } catch {
      return fail(reply, new PosternError("not_found"));
    }
  });

  app.get("/api/v1/health", async () => {
    await checkDatabase(inst);
    return { ok: true };
  });

  // ---- enrolment and login -------------------------------------------------------

  app.post("/api/v1/invite/check", async (req) => checkInvite(inst, bodyOf(req).token));

  app.post("/api/v1/enrol", async (req, reply) => {
    const r = await enrol(inst, bodyOf(req));
    const { cookie, csrf } = await startRecipientSession(inst, r.accountId, "enrol");
    setCookie(reply, cookie);
    return { totpSecret: r.totpSecret, totpUri: r.totpUri, csrf };
  });

  app.post("/api/v1/enrol/totp", async (req, reply) => {
    const a = await authed(req, "enrol");
    await confirmTotp(inst, a.account.id, bodyOf(req).totp);
    await endRecipientSession(inst, a.cookie);
    const { cookie, csrf } = await startRecipientSession(inst, a.account.id, "full");
    setCookie(reply, cookie);
    return sessionResponse(a.account, csrf);
  });

  app.post("/api/v1/login/params", async (req) => ({
    kdf: await loginParams(inst, bodyOf(req).username),
  }));

  app.post("/api/v1/login", async (req, reply) => {
    let ok: { accountId: string };
    try {
      ok = await login(inst, bodyOf(req));
    } catch (e) {
      // The instance-wide budget only slows failures; a right answer is never refused by it.
      if (e instanceof PosternError && e.code === "login_failed" && !budget.take()) {
        throw new PosternError("too_many_attempts");
      }
      throw e;
    }
    const account = await getAccount(inst, ok.accountId);
    if (!account) throw new PosternError("login_failed");
    await endRecipientSession(inst, cookieOf(req));
    const { cookie, csrf } = await startRecipientSession(inst, account.id, "full");
    setCookie(reply, cookie);
    return sessionResponse(account, csrf);
  });

  // After a login on older Argon2 parameters: the account moves to the policy.
  app.post("/api/v1/account/kdf", async (req) => {
    const { account } = await authed(req);
    await changeKdf(inst, account.id, bodyOf(req));
    return { ok: true };
  });

  app.post("/api/v1/logout", async (req, reply) => {
    const cookie = cookieOf(req);
    // A live session ends only with its own CSRF token (a forged logout is refused);
    // without one there is nothing to protect and the cookie is cleared anyway.
    const session = await loadRecipientSession(inst, cookie);
    if (session && !sameSecret(req.headers[CSRF_HEADER], session.csrf)) {
      throw new PosternError("csrf_invalid");
    }
    await endRecipientSession(inst, cookie);
    void reply.header("set-cookie", `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    void reply.header("clear-site-data", '"cache", "cookies", "storage"');
    return { ok: true };
  });

  // ---- the inbox -------------------------------------------------------------------

  app.get("/api/v1/me", async (req) => me((await authed(req)).account));

  app.get<{ Querystring: { channel?: string } }>("/api/v1/sources", async (req) => {
    const { account } = await authed(req);
    const channel = typeof req.query.channel === "string" ? req.query.channel : undefined;
    return { sources: await listSources(inst, account, channel) };
  });

  app.get<{ Params: { id: string } }>("/api/v1/sources/:id", async (req) => {
    const { account } = await authed(req);
    return conversation(inst, account, req.params.id);
  });

  app.get<{ Params: { id: string } }>("/api/v1/blobs/:id", async (req, reply) => {
    const { account } = await authed(req);
    const blob = await blobFor(inst, account, req.params.id);
    if (!blob) return fail(reply, new PosternError("not_found"));
    void reply.header("content-length", blob.size);
    return reply.type("application/octet-stream").send(await inst.blobs.read(blob.id));
  });

  app.post<{ Params: { id: string } }>("/api/v1/sources/:id/replies", async (req, reply) => {
    const { account } = await authed(req);
    if (!Buffer.isBuffer(req.body)) return fail(reply, new PosternError("reply_invalid"));
    return reply.code(201).send(await storeBrowserReply(inst, account, req.params.id, req.body));
  });

  app.post<{ Params: { id: string } }>("/api/v1/sources/:id/read", async (req, reply) => {
    const { account } = await authed(req);
    const read = bodyOf(req).read;
    if (typeof read !== "boolean") return fail(reply, new PosternError("bad_request"));
    await markRead(inst, account, req.params.id, read);
    return { ok: true };
  });

  app.post<{ Params: { id: string } }>("/api/v1/sources/:id/star", async (req, reply) => {
    const { account } = await authed(req);
    const starred = bodyOf(req).starred;
    if (typeof starred !== "boolean") return fail(reply, new PosternError("bad_request"));
    await setStar(inst, account, req.params.id, starred);
    return { ok: true };
  });

  app.post<{ Params: { id: string } }>("/api/v1/sources/:id/delete", async (req) => {
    const { account } = await authed(req);
    return { ok: true, ...(await deleteVisibleSource(inst, account, req.params.id)) };
  });

  // ---- channel keys: who can read what is sent, and every change ----------------------

  app.get("/api/v1/channels", async (req): Promise<ChannelsResponse> => {
    const { account } = await authed(req);
    return { channels: await channelKeyLists(inst.db, account) };
  });

  app.post<{ Params: { slug: string } }>("/api/v1/channels/:slug/ack", async (req, reply) => {
    const { account } = await authed(req);
    const seq = bodyOf(req).seq;
    if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 0) {
      return fail(reply, new PosternError("bad_request"));
    }
    const keys = await acknowledgeKeys(inst.db, account, req.params.slug, seq);
    return keys ?? fail(reply, new PosternError("not_found"));
  });

  // ---- administration ----------------------------------------------------------------

  app.get("/api/v1/admin/overview", async (req): Promise<AdminOverview> => {
    await admin(req);
    return adminOverview(inst);
  });

  // Admin refusals are catalogue errors of their own (name_invalid,
  // no_such_channel, …): the app words each one; the error handler sends them.
  app.post("/api/v1/admin/channels", async (req) => {
    await admin(req);
    const b = bodyOf(req);
    if (typeof b.slug !== "string" || typeof b.name !== "string")
      throw new PosternError("bad_request", "slug and name are required");
    const c = await addChannel(inst.db, b.slug, b.name, b.kind === "classic" ? "classic" : "pq");
    return { slug: c.slug, name: c.name, kind: c.kind };
  });

  app.post("/api/v1/admin/invites", async (req) => {
    await admin(req);
    const b = bodyOf(req);
    return createInvite(inst, {
      name: typeof b.name === "string" ? b.name : "",
      role: b.role === "admin" ? "admin" : "recipient",
      channel: typeof b.channel === "string" && b.channel !== "" ? b.channel : null,
    });
  });

  app.post("/api/v1/admin/members", async (req) => {
    const a = await admin(req);
    const b = bodyOf(req);
    if (
      typeof b.username !== "string" ||
      typeof b.channel !== "string" ||
      typeof b.member !== "boolean"
    )
      throw new PosternError("bad_request", "username, channel and member are required");
    await setMembership(inst, {
      username: b.username,
      channel: b.channel,
      member: b.member,
      by: { kind: "admin", username: a.account.username },
    });
    return { ok: true };
  });

  // Instance texts: the organization's own wording per locale (texts.json).
  app.get("/api/v1/admin/texts", async (req): Promise<AdminTexts> => {
    await admin(req);
    return {
      texts: inst.texts.toJSON(),
      locales: LOCALES.map((l) => ({ tag: l.tag, name: l.name, dir: l.dir })),
      keys: [...Object.keys(KNOWN_ORG_KEYS), ...Object.keys(en)],
      english: en,
    };
  });

  app.post("/api/v1/admin/texts", async (req) => {
    await admin(req);
    const b = bodyOf(req);
    // The same checks as texts.json at start-up; refused whole, saved whole.
    await inst.replaceTexts(parseOrgTexts(b.texts, "texts"));
    return { ok: true };
  });

  return app;
}
