/**
 * The source listener: HTML only, no JavaScript, no access log. Every page
 * lives under a locale prefix (`/en/…`) so language needs no cookie.
 */
import type { IncomingMessage } from "node:http";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { formatCodename, newCodenameEntropy, parseCodename } from "../../crypto/index.ts";
import { listChannels } from "../../core/channels.ts";
import { toPosternError } from "../../core/errors.ts";
import type { Instance } from "../../core/instance.ts";
import type { Logger } from "../../runtime/log.ts";
import {
  checkCodenameProof,
  codenameProof,
  deriveSource,
  findSource,
  endSourceSession,
  loadSourceSession,
  newSessionToken,
  sessionBinding,
  isSessionToken,
  sourceExists,
  startSourceSession,
  type SourceSession,
} from "../../core/sources.ts";
import { deleteReply, listReplies, openReply } from "../../core/replies.ts";
import { httpStatus, isCodeFor, PosternError } from "../../protocol/errors.ts";
import { canonicalLocale, findLocale, negotiateLocale, translator } from "../../i18n/index.ts";
import { issueCsrf, verifyCsrf } from "./csrf.ts";
import {
  codenamePage,
  errorPage,
  guidePage,
  landingPage,
  loginPage,
  logoutPage,
  receivedPage,
  sizeParams,
  submitPage,
  type PageContext,
  type Reach,
} from "./pages.tsx";
import { NOJS_STYLE, STYLE } from "./style.ts";
import { FailureBudget } from "./throttle.ts";
import { HONEYPOT, receiveSubmission } from "./upload.ts";
import { securityHeaders } from "../security-headers.ts";

const COOKIE = "postern_session";
const FORM_BODY_LIMIT = 16 * 1024;

type Req = FastifyRequest<{ Params: { locale: string } }>;

export interface SourceAppOptions {
  readonly logger: Logger;
  /** Set the Secure flag on cookies (when served over HTTPS). Onion services are HTTP. */
  readonly secureCookies?: boolean;
  /** The source onion's address, for Onion-Location on clearnet requests. */
  readonly sourceOnion?: string | undefined;
  /** Fingerprint of the organization's statement-signing key (postern outreach key). */
  readonly signingFingerprint?: string | undefined;
}

/**
 * True when the user agent cannot be Tor Browser (which is Firefox ESR and
 * says so). A plain Firefox is not caught: "where possible", without
 * JavaScript. The user agent is read here and never stored or logged.
 */
export function notTorBrowser(ua: string | undefined): boolean {
  if (ua === undefined || ua === "") return false;
  return !/Firefox\/\d/.test(ua) || /Chrome\/|Edg\/|OPR\//.test(ua);
}

/** How a request reached us, from its Host (and Tor2web's own header). */
export function reachOf(req: FastifyRequest): Reach {
  if (req.headers["x-tor2web"] !== undefined) return "tor2web";
  const host = (req.headers.host ?? "").toLowerCase().replace(/:\d+$/, "");
  if (/\.onion\.[a-z0-9.-]+$/.test(host)) return "tor2web";
  if (
    host.endsWith(".onion") ||
    host === "localhost" ||
    host === "[::1]" ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  ) {
    return "onion";
  }
  return "clearnet";
}

export function buildSourceApp(inst: Instance, opts: SourceAppOptions): FastifyInstance {
  const { logger } = opts;
  const app = Fastify({
    logger: false,

    // Slow Tor uploads of hundreds of MiB take hours: bound idleness, not duration.
    requestTimeout: 12 * 3600 * 1000,
    connectionTimeout: 120 * 1000,
    keepAliveTimeout: 10 * 1000,
    bodyLimit: FORM_BODY_LIMIT,
    routerOptions: { maxParamLength: 64 },
    return503OnClosing: true,
    exposeHeadRoutes: true,
    // A path that is not valid percent-encoding ("/%ff/"), or a segment longer than
    // maxParamLength: Fastify would answer bare JSON, without our headers. Answer with
    // the not-found page (and its link to the start page) instead.
    frameworkErrors: (_error, req, reply) => {
      securityHeaders(reply);
      const locale = negotiateLocale(req.headers["accept-language"], inst.config.defaultLocale);
      void sendError(reply, locale, new PosternError("not_found"), null);
    },
  });

  const failures = new FailureBudget(inst.config.loginFailuresPerMinute);
  const newSources = new FailureBudget(inst.config.newSourcesPerMinute);
  app.addHook("onRequest", (req, reply, done) => {
    securityHeaders(reply);
    // Reached by a clearnet name: tell Tor Browser where the onion is.
    if (opts.sourceOnion !== undefined && reachOf(req) === "clearnet") {
      const path = req.url.startsWith("/") ? req.url.split("?")[0] : "/";
      void reply.header("onion-location", `http://${opts.sourceOnion}${path ?? "/"}`);
    }
    done();
  });
  app.removeAllContentTypeParsers();
  // Multipart bodies are streamed by the submit route itself, never buffered.
  app.addContentTypeParser("multipart/form-data", (_req, _payload, done) => {
    done(null);
  });
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: FORM_BODY_LIMIT },
    (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );

  const cookieOf = (req: FastifyRequest): string | undefined => {
    const header = req.headers.cookie;
    if (typeof header !== "string" || header.length > 4096) return undefined;
    for (const part of header.split(";")) {
      const [k, v] = part.trim().split("=", 2);
      if (k === COOKIE && isSessionToken(v)) return v;
    }
    return undefined;
  };
  // A session cookie (no Max-Age, no Expires): a browser other than Tor Browser
  // would otherwise write it to disk. The session's own deadlines are the server's.
  const setCookie = (reply: FastifyReply, token: string): void => {
    const secure = opts.secureCookies === true ? "; Secure" : "";
    void reply.header(
      "set-cookie",
      `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict${secure}`,
    );
  };
  const clearCookie = (reply: FastifyReply): void => {
    void reply.header("set-cookie", `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
  };
  /** A cookie to bind form tokens to, created (without any row) when absent. */
  const ensureBinding = (req: FastifyRequest, reply: FastifyReply): string => {
    let token = cookieOf(req);
    if (token === undefined) {
      token = newSessionToken();
      setCookie(reply, token);
    }
    return sessionBinding(token);
  };
  const csrfFor = (binding: string): string =>
    issueCsrf(inst.secrets.instanceSecret, binding, inst.config.csrfLifetimeSeconds);
  const csrfOk = (req: FastifyRequest, token: unknown): boolean => {
    const cookie = cookieOf(req);
    return (
      cookie !== undefined && verifyCsrf(inst.secrets.instanceSecret, sessionBinding(cookie), token)
    );
  };

  const ctxFor = (
    req: FastifyRequest,
    locale: string,
    path: string,
    session?: SourceSession | null,
  ): PageContext => ({
    reach: reachOf(req),
    notTorBrowser: notTorBrowser(req.headers["user-agent"]),
    locale,
    t: translator(locale, inst.texts),
    texts: inst.texts,
    org: inst.config.orgName,
    path,
    logoutCsrf: session ? csrfFor(sessionBinding(session.token)) : undefined,
  });
  const html = (reply: FastifyReply, body: string, status = 200): FastifyReply =>
    reply.code(status).type("text/html; charset=utf-8").send(body);
  const sendError = (
    reply: FastifyReply,
    locale: string,
    err: PosternError,
    back: string | null,
  ): FastifyReply => {
    // A code with no page in the catalogue is a bug: the source sees "internal".
    const code = isCodeFor("source", err.code) ? err.code : "internal";
    if (code !== err.code) logger.error("request_failed", err);
    const ctx = ctxFor(reply.request, locale, "/");
    return html(
      reply,
      errorPage(ctx, code, sizeParams(locale, inst.config.limits), back),
      httpStatus(code),
    );
  };

  /** Resolves the `:locale` param; unknown locales get a 404 page in the default locale. */
  const localeOf = (req: Req): string | null =>
    findLocale(req.params.locale) ? req.params.locale : null;

  app.get("/", (req, reply) => {
    const locale = negotiateLocale(req.headers["accept-language"], inst.config.defaultLocale);
    return reply.header("vary", "accept-language").redirect(`/${locale}/`, 303);
  });
  app.get("/static/style.css", (_req, reply) => reply.type("text/css; charset=utf-8").send(STYLE));
  app.get("/static/nojs.css", (_req, reply) =>
    reply.type("text/css; charset=utf-8").send(NOJS_STYLE),
  );
  app.get("/robots.txt", (_req, reply) =>
    reply.type("text/plain").send("User-agent: *\nDisallow: /\n"),
  );

  app.get("/:locale/", (req: Req, reply) => {
    const locale = localeOf(req);
    if (!locale) return notFound(req, reply);
    return html(reply, landingPage(ctxFor(req, locale, "/")));
  });
  app.get("/:locale", (req: Req, reply) => {
    const locale = localeOf(req);
    if (!locale) return notFound(req, reply);
    return reply.redirect(`/${locale}/`, 301);
  });

  app.get("/:locale/guide", (req: Req, reply) => {
    const locale = localeOf(req);
    if (!locale) return notFound(req, reply);
    // The fingerprint of the key that signs our statement, when the instance has one.
    return html(
      reply,
      guidePage(ctxFor(req, locale, "/guide"), {
        address: opts.sourceOnion,
        fingerprint: opts.signingFingerprint,
      }),
    );
  });

  // A new source: draw a codename and show it once. Nothing is stored and no
  // key is made until the source continues from this page (POST below).
  // GET only (no HEAD twin): each call draws a codename.
  app.get("/:locale/new", { exposeHeadRoute: false }, (req: Req, reply) => {
    const locale = localeOf(req);
    if (!locale) return notFound(req, reply);
    const binding = ensureBinding(req, reply);
    const entropy = newCodenameEntropy();
    const codename = formatCodename(entropy, locale);
    const proof = codenameProof(inst, binding, entropy);
    entropy.fill(0);
    return html(
      reply,
      codenamePage(ctxFor(req, locale, "/new", null), { codename, csrf: csrfFor(binding), proof }),
    );
  });

  // "I have written it down": the session starts here, for a codename this
  // server issued to this browser within the hour, under an instance-wide budget.
  app.post("/:locale/new", async (req: Req, reply) => {
    const locale = localeOf(req) ?? inst.config.defaultLocale;
    const back = `/${locale}/new`;
    const body = formBody(req.body);
    const cookie = cookieOf(req);
    if (cookie === undefined || !csrfOk(req, body.csrf)) {
      return sendError(reply, locale, new PosternError("csrf_invalid"), back);
    }
    const parsed = parseCodename(body.codename ?? "");
    const issued =
      parsed.ok && checkCodenameProof(inst, sessionBinding(cookie), parsed.entropy, body.proof);
    if (!parsed.ok || !issued) {
      if (parsed.ok) parsed.entropy.fill(0);
      return sendError(reply, locale, new PosternError("codename_page_expired"), back);
    }
    if (!newSources.take()) {
      parsed.entropy.fill(0);
      return sendError(reply, locale, new PosternError("too_many_new_sources"), back);
    }
    // The same codename continued twice (a resent form) derives the same keys.
    const { keys, identities } = await deriveSource(inst, parsed.entropy);
    parsed.entropy.fill(0);
    setCookie(reply, await startSourceSession(inst, keys, identities, cookie));
    return reply.redirect(`/${locale}/submit`, 303);
  });

  app.get("/:locale/submit", async (req: Req, reply) => {
    const locale = localeOf(req);
    if (!locale) return notFound(req, reply);
    const session = await loadSourceSession(inst, cookieOf(req));
    if (!session) return sendError(reply, locale, new PosternError("session_expired"), null);
    const returning = await sourceExists(inst.db, session.keys.lookup);
    const channels = await listChannels(inst.db);
    // Replies are decrypted here, in memory, for this response only.
    const replies = [];
    let unreadable = 0;
    for (const r of returning ? await listReplies(inst, session.keys.lookup) : []) {
      // The server cannot check a reply's MAC or payload when it is stored (it
      // holds no key): one that does not open must not cost the source this page.
      // It is left out, and the page says how many were.
      const text = await openReply(inst, r.id, session.identities).catch(() => null);
      if (text === null) {
        unreadable++;
        logger.info("reply_unreadable");
      } else replies.push({ id: r.id, day: r.day, text });
    }
    return html(
      reply,
      submitPage(
        ctxFor(req, locale, "/submit", session),
        { csrf: csrfFor(sessionBinding(session.token)), limits: inst.config.limits, channels },
        returning ? replies : null,
        unreadable,
      ),
    );
  });

  app.post("/:locale/submit", async (req: Req, reply) => {
    const locale = localeOf(req) ?? inst.config.defaultLocale;
    const back = `/${locale}/submit`;
    const session = await loadSourceSession(inst, cookieOf(req));
    const type = req.headers["content-type"] ?? "";
    let err: PosternError;
    if (!session) err = new PosternError("session_expired");
    else if (!/^multipart\/form-data\s*;/i.test(type))
      err = new PosternError("unsupported_media_type");
    else {
      const binding = sessionBinding(session.token);
      const result = await receiveSubmission(req.raw, inst, session.keys, (t) =>
        verifyCsrf(inst.secrets.instanceSecret, binding, t),
      ).catch((e: unknown) => toPosternError(e, "source"));
      if (!(result instanceof PosternError)) {
        logger.info("submission_stored", { files: result.files });
        return html(reply, receivedPage(ctxFor(req, locale, "/submit", session), result.files));
      }
      err = result;
    }
    if (err.code === "upload_aborted") {
      logger.info("submission_aborted");
      return reply.hijack();
    }
    if (err.code === "internal" || err.code === "storage_unavailable")
      logger.error("submission_failed", err);
    else logger.info("submission_refused", { code: err.code });
    await drain(req.raw, inst.config.limits.maxSubmissionBytes + 64 * 1024 * 1024);
    return sendError(reply.header("connection", "close"), locale, err, back);
  });

  // "I have read it": the source deletes a reply (PRG back to their page).
  app.post(
    "/:locale/replies/:id/delete",
    async (req: FastifyRequest<{ Params: { locale: string; id: string } }>, reply) => {
      const locale = findLocale(req.params.locale) ? req.params.locale : inst.config.defaultLocale;
      const session = await loadSourceSession(inst, cookieOf(req));
      if (!session) return sendError(reply, locale, new PosternError("session_expired"), null);
      if (!csrfOk(req, formBody(req.body).csrf)) {
        return sendError(reply, locale, new PosternError("csrf_invalid"), `/${locale}/submit`);
      }
      if (!(await deleteReply(inst, session.keys.lookup, req.params.id))) {
        return sendError(reply, locale, new PosternError("not_found"), `/${locale}/submit`);
      }
      logger.info("reply_deleted");
      return reply.redirect(`/${locale}/submit`, 303);
    },
  );

  app.get("/:locale/login", (req: Req, reply) => {
    const locale = localeOf(req);
    if (!locale) return notFound(req, reply);
    const binding = ensureBinding(req, reply);
    return html(reply, loginPage(ctxFor(req, locale, "/login"), csrfFor(binding)));
  });

  app.post("/:locale/login", async (req: Req, reply) => {
    const locale = localeOf(req) ?? inst.config.defaultLocale;
    const back = `/${locale}/login`;
    const body = formBody(req.body);
    if (!csrfOk(req, body.csrf))
      return sendError(reply, locale, new PosternError("csrf_invalid"), back);
    if ((body[HONEYPOT] ?? "") !== "") {
      return sendError(reply, locale, new PosternError("form_rejected"), back);
    }
    const parsed = parseCodename(body.codename ?? "");
    // Only failures spend the budget, after the check: a right codename always gets in.
    if (!parsed.ok && parsed.reason === "mistyped" && !failures.take()) {
      return sendError(reply, locale, new PosternError("too_many_attempts"), back);
    }
    if (!parsed.ok) {
      const err = new PosternError(
        parsed.reason === "empty"
          ? "codename_empty"
          : parsed.reason === "too_long"
            ? "codename_too_long"
            : "codename_mistyped",
      );
      return sendError(reply, locale, err, back);
    }
    const found = await findSource(inst, parsed.entropy);
    parsed.entropy.fill(0);
    if (found === null) {
      const err = new PosternError(failures.take() ? "codename_unknown" : "too_many_attempts");
      return sendError(reply, locale, err, back);
    }
    const { keys, identities } = found;
    // A fresh session id at login: a planted cookie cannot ride into the session (fixation).
    setCookie(reply, await startSourceSession(inst, keys, identities, cookieOf(req)));
    return reply.redirect(`/${locale}/submit`, 303);
  });

  app.post("/:locale/logout", async (req: Req, reply) => {
    const locale = localeOf(req) ?? inst.config.defaultLocale;
    const body = formBody(req.body);
    if (!csrfOk(req, body.csrf))
      return sendError(reply, locale, new PosternError("csrf_invalid"), null);
    await endSourceSession(inst, cookieOf(req));
    clearCookie(reply);
    return html(reply, logoutPage(ctxFor(req, locale, "/")));
  });

  const notFound = (req: FastifyRequest, reply: FastifyReply): FastifyReply => {
    // A locale in another letter case ("/zh-hans/"): the same page at its canonical path.
    // Printable ASCII only in the path that is echoed into Location.
    const cased = /^\/([A-Za-z-]{2,10})(\/[!-"$->@-~]*)?(?:[?#]|$)/.exec(req.url);
    const canonical = canonicalLocale(cased?.[1] ?? "");
    const getting = req.method === "GET" || req.method === "HEAD";
    if (canonical !== undefined && canonical !== cased?.[1] && getting) {
      return reply.redirect(`/${canonical}${cased?.[2] ?? "/"}`, 301);
    }
    const guess = /^\/([A-Za-z-]{2,10})\//.exec(req.url)?.[1] ?? "";
    const locale = findLocale(guess)
      ? guess
      : negotiateLocale(req.headers["accept-language"], inst.config.defaultLocale);
    return sendError(reply, locale, new PosternError("not_found"), null);
  };
  app.setNotFoundHandler((req, reply) => {
    const allowed = ["GET", "HEAD", "POST"];
    if (!allowed.includes(req.method)) {
      void reply.header("allow", allowed.join(", "));
      return sendError(
        reply,
        inst.config.defaultLocale,
        new PosternError("method_not_allowed"),
        null,
      );
    }
    return notFound(req, reply);
  });
  app.setErrorHandler((error, req, reply) => {
    const e = fastifyError(error, req.routeOptions.url);
    if (e.code === "internal") logger.error("request_failed", error);
    const guess = /^\/([A-Za-z-]{2,10})\//.exec(req.url)?.[1] ?? "";
    return sendError(reply, findLocale(guess) ? guess : inst.config.defaultLocale, e, null);
  });
  return app;
}

function formBody(body: unknown): Record<string, string | undefined> {
  return typeof body === "object" && body !== null
    ? (body as Record<string, string | undefined>)
    : {};
}

/** Maps Fastify's own errors (bad media type, body too large, bad JSON) to catalogue codes. */
function fastifyError(error: unknown, route: string | undefined): PosternError {
  const code = (error as { code?: unknown }).code;
  if (code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return new PosternError("unsupported_media_type");
  // Only the login form has a field that can grow (the codename); any other form
  // (logout, reply delete) that big was not sent by our page, and nothing was done.
  if (code === "FST_ERR_CTP_BODY_TOO_LARGE")
    return new PosternError(route === "/:locale/login" ? "codename_too_long" : "form_too_large");
  if (typeof code === "string" && code.startsWith("FST_ERR_CTP"))
    return new PosternError("multipart_malformed");
  return toPosternError(error, "source");
}

/**
 * Reads and discards what is left of a refused upload, so the browser
 * finishes sending and then shows our error page instead of a reset
 * connection. Past `cap` bytes the connection is cut instead.
 */
function drain(req: IncomingMessage, cap: number): Promise<void> {
  if (req.complete || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let n = 0;
    const done = (): void => {
      req.off("data", onData);
      resolve();
    };
    const onData = (c: Buffer): void => {
      n += c.length;
      if (n > cap) {
        req.socket.destroy();
        done();
      }
    };
    req.on("data", onData);
    req.once("end", done);
    req.once("close", done);
    req.resume();
  });
}
