/**
 * Source pages: server-rendered, escaped by default (Preact's renderer), no
 * script, one same-origin stylesheet. Stable ids are a test contract
 * (issue #2): #start, #returning, #codename, #continue, form#submission,
 * #send, #submission-received, form#login, #login-submit, #error[data-code];
 * (issue #5): #guide (the safety guide's heading section), #nav-guide (its
 * link on every page), #landing-guide, #org-landing-extra, #org-guide-extra.
 *
 * Organization texts (texts.json) are text, never markup: they go through
 * the same escaping as everything else.
 */
import type { ComponentChildren } from "preact";
import { render } from "preact-render-to-string";
import type { Limits } from "../../core/config.ts";
import { HONEYPOT } from "./upload.ts";
import type { CodeFor } from "../../protocol/errors.ts";
import { codenameLanguage } from "../../crypto/index.ts";
import {
  formatBytes,
  formatDay,
  LOCALES,
  findLocale,
  type MessageKey,
  type Params,
  type Translate,
} from "../../i18n/index.ts";
import type { OrgKey, OrgTexts } from "../../i18n/org-texts.ts";

export interface PageContext {
  readonly locale: string;
  readonly t: Translate;
  readonly org: string;
  /** Path after the locale prefix, for the language menu ("/login"). */
  readonly path: string;
  /** When logged in: the token for the logout form. */
  readonly logoutCsrf?: string | undefined;
  /** How the page was reached: warn when it is not through the onion address. */
  readonly reach?: Reach | undefined;
  /** The browser is certainly not Tor Browser (judged from its user agent, never stored). */
  readonly notTorBrowser?: boolean | undefined;
  /** The organization's own texts (`org.*` keys), shown where a page has room for them. */
  readonly texts?: OrgTexts | undefined;
}

/** "onion" (or loopback, for local use): fine; "clearnet": not our onion; "tor2web": a de-anonymizing proxy. */
export type Reach = "onion" | "clearnet" | "tor2web";

/** Where "Leave quickly" goes: an ordinary, harmless page. */
export const QUICK_EXIT_URL = "https://www.wikipedia.org/";

export function page(ctx: PageContext, title: string, body: ComponentChildren): string {
  const dir = findLocale(ctx.locale)?.dir ?? "ltr";
  return (
    "<!DOCTYPE html>" +
    render(
      <html lang={ctx.locale} dir={dir}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex, nofollow" />
          <meta name="referrer" content="no-referrer" />
          <title>{`${title} · ${ctx.t("meta.title", { org: ctx.org })}`}</title>
          <link rel="stylesheet" href="/static/style.css" />
          {/* Without JavaScript this sheet loads and hides the JavaScript warning. */}
          <noscript>
            <link rel="stylesheet" href="/static/nojs.css" />
          </noscript>
        </head>
        <body>
          <a id="quick-exit" href={QUICK_EXIT_URL} rel="noreferrer">
            {ctx.t("nav.quickexit")}
          </a>
          <header>
            <a class="brand" href={`/${ctx.locale}/`}>
              {ctx.org}
            </a>
            <nav id="languages" aria-label={ctx.t("meta.language")}>
              <ul>
                {LOCALES.map((l) => (
                  <li key={l.tag}>
                    <a
                      href={`/${l.tag}${ctx.path}`}
                      hreflang={l.tag}
                      lang={l.tag}
                      aria-current={l.tag === ctx.locale ? "true" : undefined}
                    >
                      {l.name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </header>
          <div id="warning-js" class="warning" role="alert">
            <strong>{ctx.t("warning.js.title")}</strong> {ctx.t("warning.js.body")}
          </div>
          {ctx.notTorBrowser === true && (
            <div id="warning-browser" class="warning" role="alert">
              <strong>{ctx.t("warning.browser.title")}</strong> {ctx.t("warning.browser.body")}
            </div>
          )}
          {ctx.reach === "clearnet" && (
            <div id="warning-onion" class="warning" role="alert">
              <strong>{ctx.t("warning.onion.title")}</strong> {ctx.t("warning.onion.body")}
            </div>
          )}
          {ctx.reach === "tor2web" && (
            <div id="warning-tor2web" class="warning" role="alert">
              <strong>{ctx.t("warning.tor2web.title")}</strong> {ctx.t("warning.tor2web.body")}
            </div>
          )}
          <main>{body}</main>
          <footer>
            <p>
              <a
                id="nav-guide"
                href={`/${ctx.locale}/guide`}
                aria-current={ctx.path === "/guide" ? "page" : undefined}
              >
                {ctx.t("nav.guide")}
              </a>
            </p>
            <p>{ctx.t("footer.nojs")}</p>
            {ctx.logoutCsrf !== undefined && (
              <form method="post" action={`/${ctx.locale}/logout`} id="logout">
                <input type="hidden" name="csrf" value={ctx.logoutCsrf} />
                <button type="submit">{ctx.t("footer.logout")}</button>
              </form>
            )}
          </footer>
        </body>
      </html>,
    )
  );
}

export function landingPage(ctx: PageContext): string {
  const { t, locale } = ctx;
  return page(
    ctx,
    t("landing.title", { org: ctx.org }),
    <>
      <h1>{t("landing.title", { org: ctx.org })}</h1>
      <p>{t("landing.intro", { org: ctx.org })}</p>
      <p class="notice">
        <a id="landing-guide" href={`/${locale}/guide`}>
          {t("landing.guide")}
        </a>
      </p>
      <div class="choices">
        <div class="choice">
          <a id="start" class="button primary" href={`/${locale}/new`}>
            {t("landing.start")}
          </a>
          <p class="hint">{t("landing.start.hint")}</p>
        </div>
        <div class="choice">
          <a id="returning" class="button" href={`/${locale}/login`}>
            {t("landing.returning")}
          </a>
          <p class="hint">{t("landing.returning.hint")}</p>
        </div>
      </div>
      {orgText(ctx, "org.landing.extra", "org-landing-extra")}
    </>,
  );
}

/**
 * An organization's own text, when it set one for this locale: its blank-line
 * separated paragraphs, as text.
 */
function orgText(ctx: PageContext, key: OrgKey, id: string) {
  const text = ctx.texts?.text(ctx.locale, key, { org: ctx.org }) ?? null;
  if (text === null) return null;
  return (
    <div id={id} class="org-text">
      {text.split(/\n\s*\n/).map((para, i) => (
        <p key={i}>{para.trim()}</p>
      ))}
    </div>
  );
}

/** What the guide can show for checking our address, when the server knows it. */
export interface GuideFacts {
  /** The source onion's address (`….onion`). */
  readonly address?: string | undefined;
  /** The fingerprint of the key that signs our statement. */
  readonly fingerprint?: string | undefined;
}

/**
 * The safety guide (issue #5): before contacting us, what to send, keeping
 * the codename, what happens next, leaving no trace; then the organization's
 * own addition.
 */
export function guidePage(ctx: PageContext, facts: GuideFacts = {}): string {
  const { t } = ctx;
  const section = (
    id: string,
    title: MessageKey,
    items: readonly MessageKey[],
    opts: { ordered?: boolean; after?: ComponentChildren } = {},
  ) => {
    const list = items.map((key) => <li key={key}>{t(key)}</li>);
    return (
      <section id={id} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t(title)}</h2>
        {opts.ordered === true ? <ol>{list}</ol> : <ul>{list}</ul>}
        {opts.after}
      </section>
    );
  };
  return page(
    ctx,
    t("guide.title"),
    <>
      <section id="guide" aria-labelledby="guide-title">
        <h1 id="guide-title">{t("guide.title")}</h1>
        <p>{t("guide.intro", { org: ctx.org })}</p>
      </section>
      {section(
        "guide-before",
        "guide.before.title",
        [
          "guide.before.device",
          "guide.before.tor",
          "guide.before.safest",
          "guide.before.verify",
          "guide.before.fingerprint",
        ],
        { ordered: true, after: guideFacts(ctx, facts) },
      )}
      {section("guide-send", "guide.send.title", [
        "guide.send.what",
        "guide.send.metadata",
        "guide.send.screens",
        "guide.send.printers",
        "guide.send.retype",
      ])}
      {section("guide-codename", "guide.codename.title", [
        "guide.codename.paper",
        "guide.codename.keep",
      ])}
      {section("guide-next", "guide.next.title", [
        "guide.next.read",
        "guide.next.reply",
        "guide.next.accounts",
      ])}
      {section("guide-after", "guide.after.title", ["guide.after.identity", "guide.after.files"])}
      {orgText(ctx, "org.guide.extra", "org-guide-extra")}
    </>,
  );
}

/** The address and key fingerprint to check, left-to-right and isolated inside any text direction. */
function guideFacts(ctx: PageContext, facts: GuideFacts) {
  const { t } = ctx;
  if (facts.address === undefined && facts.fingerprint === undefined) return null;
  return (
    <dl class="facts">
      {facts.address !== undefined && (
        <>
          <dt>{t("guide.before.address")}</dt>
          <dd>
            <code id="guide-address" class="ltr onion" dir="ltr">
              {facts.address}
            </code>
          </dd>
        </>
      )}
      {facts.fingerprint !== undefined && (
        <>
          <dt>{t("guide.before.key")}</dt>
          <dd>
            <code id="guide-fingerprint" class="ltr fingerprint" dir="ltr">
              {facts.fingerprint}
            </code>
          </dd>
        </>
      )}
    </dl>
  );
}

export interface NewCodename {
  readonly codename: string;
  /** Form token (CSRF) for the continue form. */
  readonly csrf: string;
  /** The server's proof that it issued this codename, lately (see core/sources.ts). */
  readonly proof: string;
}

export function codenamePage(ctx: PageContext, n: NewCodename): string {
  const { t, locale } = ctx;
  return page(
    ctx,
    t("codename.title"),
    <>
      <h1>{t("codename.title")}</h1>
      <p>{t("codename.intro")}</p>
      <p id="codename" class="codename ltr" lang={codenameLanguage(locale)} dir="ltr">
        {n.codename}
      </p>
      <h2>{t("codename.keep.title")}</h2>
      <ul>
        <li>{t("codename.keep.1")}</li>
        <li>{t("codename.keep.2")}</li>
        <li>{t("codename.keep.3", { org: ctx.org })}</li>
      </ul>
      {/* Nothing is kept for this codename until the source continues: the form
          brings it back, with the server's proof that it issued it. */}
      <form method="post" action={`/${locale}/new`} id="codename-continue">
        <input type="hidden" name="csrf" value={n.csrf} />
        <input type="hidden" name="codename" value={n.codename} />
        <input type="hidden" name="proof" value={n.proof} />
        <button id="continue" type="submit" class="button primary">
          {t("codename.continue")}
        </button>
      </form>
    </>,
  );
}

export interface FormData {
  readonly csrf: string;
  readonly limits: Limits;
  readonly channels: readonly { slug: string; name: string }[];
}

function submissionForm(ctx: PageContext, f: FormData) {
  const { t, locale } = ctx;
  const sizes = sizeParams(locale, f.limits);
  return (
    <form
      id="submission"
      method="post"
      action={`/${locale}/submit`}
      enctype="multipart/form-data"
      accept-charset="utf-8"
    >
      {/* The token comes first: the server checks it before reading any file. */}
      <input type="hidden" name="csrf" value={f.csrf} />
      {honeypot()}
      {f.channels.length > 1 && (
        <fieldset>
          <legend>{t("form.channel")}</legend>
          {f.channels.map((c, i) => (
            <label key={c.slug} class="radio">
              <input type="radio" name="channel" value={c.slug} required checked={i === 0} />{" "}
              {c.name}
            </label>
          ))}
        </fieldset>
      )}
      <label for="message">{t("form.message")}</label>
      <textarea
        id="message"
        name="message"
        rows={10}
        maxLength={f.limits.maxMessageChars}
      ></textarea>
      <p class="hint">{t("form.message.hint", { max: f.limits.maxMessageChars })}</p>
      <label for="files">{t("form.files")}</label>
      <input id="files" type="file" name="files" multiple />
      <p class="hint">{t("form.files.hint", sizes)}</p>
      <button id="send" type="submit" class="primary">
        {t("form.send")}
      </button>
      <p class="hint">{t("form.send.hint")}</p>
    </form>
  );
}

/**
 * A field people never see (hidden by the stylesheet, skipped by keyboard and
 * screen readers) and programs tend to fill: a filled one is refused.
 */

function honeypot() {
  return (
    <div class="hp" aria-hidden="true">
      <label>
        Website <input type="text" name={HONEYPOT} tabindex={-1} autocomplete="off" />
      </label>
    </div>
  );
}

export function sizeParams(locale: string, l: Limits): Params {
  return {
    maxFiles: l.maxFiles,
    maxFile: formatBytes(locale, l.maxFileBytes),
    maxTotal: formatBytes(locale, l.maxSubmissionBytes),
    max: l.maxMessageChars,
  };
}

export interface ShownReply {
  readonly id: string;
  /** UTC day, YYYY-MM-DD. */
  readonly day: string;
  readonly text: string;
}

function repliesSection(
  ctx: PageContext,
  csrf: string,
  replies: readonly ShownReply[],
  unreadable: number,
) {
  const { t, locale } = ctx;
  return (
    <section id="replies">
      <h2>{t("replies.title", { org: ctx.org })}</h2>
      {unreadable > 0 && (
        <p class="notice" id="replies-unreadable">
          {t("replies.unreadable", { count: unreadable })}
        </p>
      )}
      {replies.length === 0 && unreadable === 0 && <p class="hint">{t("source.replies")}</p>}
      {replies.length > 0 && <p class="hint">{t("replies.hint")}</p>}
      {replies.map((r) => (
        <article class="reply" key={r.id}>
          <p class="meta">{t("replies.meta", { day: formatDay(locale, r.day) })}</p>
          <div class="reply-text">{r.text}</div>
          <form class="reply-delete" method="post" action={`/${locale}/replies/${r.id}/delete`}>
            <input type="hidden" name="csrf" value={csrf} />
            <button type="submit">{t("replies.delete")}</button>
          </form>
        </article>
      ))}
    </section>
  );
}

/**
 * The submission form; for a returning source (`replies` not null) with their replies
 * above it, and a note when `unreadable` replies could not be opened.
 */
export function submitPage(
  ctx: PageContext,
  f: FormData,
  replies: readonly ShownReply[] | null,
  unreadable = 0,
): string {
  const { t } = ctx;
  const returning = replies !== null;
  return page(
    ctx,
    returning ? t("source.title") : t("form.title"),
    <>
      {returning && (
        <>
          <h1>{t("source.title")}</h1>
          {repliesSection(ctx, f.csrf, replies, unreadable)}
          <h2>{t("form.title")}</h2>
        </>
      )}
      {!returning && <h1>{t("form.title")}</h1>}
      {submissionForm(ctx, f)}
    </>,
  );
}

export function receivedPage(ctx: PageContext, files: number): string {
  const { t, locale } = ctx;
  return page(
    ctx,
    t("received.title"),
    <>
      <div id="submission-received" class="notice success">
        <h1>{t("received.title")}</h1>
        <p>{t("received.body", { org: ctx.org })}</p>
        {files > 0 && <p>{t("received.files", { files })}</p>}
      </div>
      <p>{t("received.next")}</p>
      <a class="button" href={`/${locale}/submit`}>
        {t("received.more")}
      </a>
    </>,
  );
}

export function loginPage(ctx: PageContext, csrf: string): string {
  const { t, locale } = ctx;
  return page(
    ctx,
    t("login.title"),
    <>
      <h1>{t("login.title")}</h1>
      <form id="login" method="post" action={`/${locale}/login`} accept-charset="utf-8">
        <input type="hidden" name="csrf" value={csrf} />
        {honeypot()}
        <label for="codename-input">{t("login.codename")}</label>
        <input
          id="codename-input"
          name="codename"
          type="password"
          dir="ltr"
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
          required
        />
        <p class="hint">{t("login.hint")}</p>
        <button id="login-submit" type="submit" class="primary">
          {t("login.submit")}
        </button>
      </form>
    </>,
  );
}

export function logoutPage(ctx: PageContext): string {
  const { t } = ctx;
  return page(
    ctx,
    t("logout.title"),
    <>
      <h1>{t("logout.title")}</h1>
      <p>{t("logout.body")}</p>
    </>,
  );
}

export function errorPage(
  ctx: PageContext,
  code: CodeFor<"source">,
  params: Params,
  back: string | null,
): string {
  const { t, locale } = ctx;
  return page(
    ctx,
    t(`error.${code}.title`),
    <div id="error" data-code={code} class="notice error" role="alert">
      <h1>{t(`error.${code}.title`)}</h1>
      <p>{t(`error.${code}.body`, params)}</p>
      <p class="links">
        {back !== null && <a href={back}>{t("error.back")}</a>}{" "}
        <a href={`/${locale}/`}>{t("nav.home")}</a>
      </p>
      <p class="hint">{t("error.code", { code })}</p>
    </div>,
  );
}
