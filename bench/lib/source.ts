/**
 * A source as the no-JavaScript pages see one: a cookie, a codename, forms
 * with CSRF tokens. Each step is one timed request under a route name; an
 * unexpected answer throws `Failed` (see stats.ts).
 */
import type http from "node:http";
import { cookieFrom, request, type HttpResponse, type RequestOptions } from "./http-client.ts";
import { multipart, type FilePart } from "./multipart.ts";
import type { Recorder } from "./stats.ts";

const COOKIE = "postern_session";

/** "HTTP 500 (internal)": the status and the error page's catalogue code, if any. */
function why(r: HttpResponse): string {
  const code = /data-code="([a-z_]+)"/.exec(r.body.toString("utf8"))?.[1];
  return `HTTP ${r.status}${code === undefined ? "" : ` (${code})`}`;
}

export class Source {
  /** The source listener, e.g. http://127.0.0.1:1234 (changes when the server restarts). */
  base: string;
  readonly #agent: http.Agent;
  readonly #rec: Recorder;
  #cookie: string | null = null;
  codename: string | null = null;

  constructor(base: string, agent: http.Agent, rec: Recorder) {
    this.base = base;
    this.#agent = agent;
    this.#rec = rec;
  }

  async #send(
    route: string,
    path: string,
    opts: RequestOptions,
    check: (r: HttpResponse) => string | null,
  ): Promise<HttpResponse> {
    const headers = { ...opts.headers, ...(this.#cookie === null ? {} : { cookie: this.#cookie }) };
    const r = await this.#rec.time(
      route,
      () => request(this.#agent, this.base + path, { ...opts, headers }),
      check,
    );
    const c = cookieFrom(r, COOKIE);
    if (c !== null) this.#cookie = c === "" ? null : `${COOKIE}=${c}`;
    return r;
  }

  #page(route: string, path: string): Promise<HttpResponse> {
    return this.#send(route, path, {}, (r) => (r.status === 200 ? null : why(r)));
  }

  landing(): Promise<HttpResponse> {
    return this.#page("landing", "/en/");
  }

  /** Starts as a new source: the codename page, then its continue form (the session starts). */
  async begin(): Promise<void> {
    const r = await this.#page("codename_page", "/en/new");
    const html = r.body.toString("utf8");
    const m = /<p id="codename"[^>]*>([^<]+)<\/p>/.exec(html);
    const proof = /name="proof" value="([^"]+)"/.exec(html)?.[1];
    if (!m?.[1] || proof === undefined) throw new Error("no #codename on the codename page");
    this.codename = m[1];
    await this.#send(
      "codename_continue",
      "/en/new",
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrf: csrfOf(r), codename: m[1], proof }).toString(),
      },
      (res) =>
        res.status === 303 && res.headers.location === "/en/submit" && cookieFrom(res, COOKIE)
          ? null
          : why(res),
    );
  }

  /** The submit page; returns its form token. */
  async submitPage(): Promise<string> {
    const r = await this.#page("submit_page", "/en/submit");
    return csrfOf(r);
  }

  /**
   * Sends a submission; resolves when the "received" page came back (the
   * acknowledgement). @throws Failed for anything else.
   */
  async submit(
    route: string,
    csrf: string,
    message: string,
    files: readonly FilePart[],
  ): Promise<void> {
    const mp = multipart(
      [
        ["csrf", csrf],
        ["message", message],
      ],
      files,
    );
    await this.#send(
      route,
      "/en/submit",
      {
        method: "POST",
        headers: { "content-type": mp.contentType },
        body: mp.parts,
        length: mp.length,
      },
      (r) => (r.status === 200 && r.body.includes('id="submission-received"') ? null : why(r)),
    );
  }

  /** Logs in again with the codename (the login page, then the form). */
  async login(): Promise<void> {
    if (this.codename === null) throw new Error("no codename to log in with");
    this.#cookie = null;
    const csrf = csrfOf(await this.#page("login_page", "/en/login"));
    await this.#send(
      "login",
      "/en/login",
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrf, codename: this.codename }).toString(),
      },
      (r) =>
        r.status === 303 && r.headers.location === "/en/submit" && cookieFrom(r, COOKIE)
          ? null
          : why(r),
    );
  }
}

function csrfOf(r: HttpResponse): string {
  const m = /name="csrf" value="([^"]+)"/.exec(r.body.toString("utf8"));
  if (!m?.[1]) throw new Error("no form token on the page");
  return m[1];
}
