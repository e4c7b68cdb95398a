/**
 * Every source page in every locale: lang and dir set, the language menu
 * complete, and no English sentence from the English catalogue on a page of
 * another locale (issue #5).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { writeReply } from "../../src/core/replies.ts";
import { compileMessage, literalsOf } from "../../src/i18n/icu.ts";
import { LOCALES } from "../../src/i18n/index.ts";
import { en } from "../../src/i18n/messages/en.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { errorCode, received, SourceClient, type Page } from "../helpers/source-client.ts";

/** Visible text of a page: tags and entities out, whitespace folded. */
function text(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");
}

/**
 * English fragments worth looking for: the literal text of each catalogue
 * message (every plural branch), cut at its arguments, kept when it is a
 * phrase of three words or more.
 */
const ENGLISH = Object.values(en)
  .flatMap((v) => literalsOf(compileMessage(v, "en").format.getAst()))
  .map((s) => s.trim().replace(/\s+/g, " "))
  .filter((s) => s.split(" ").length >= 3 && s.length >= 12);

/** The pages a source can see, fetched in one locale. */
async function pagesIn(f: Fixture, locale: string): Promise<Map<string, Page>> {
  const pages = new Map<string, Page>();
  const c = new SourceClient(f.url);
  pages.set("landing", await c.request(`/${locale}/`));
  pages.set("guide", await c.request(`/${locale}/guide`));
  const codename = await c.newSource(locale);
  pages.set("codename", await c.request(`/${locale}/new`));
  pages.set("submit", await c.request(`/${locale}/submit`));
  const sent = await c.submit({ message: "hello" }, { locale });
  assert.ok(received(sent), `${locale}: submission received`);
  pages.set("received", sent);
  pages.set("empty-submit", await c.submit({ message: "" }, { locale }));
  const [source] = await f.inst.db
    .selectFrom("sources")
    .select("designation")
    .orderBy("activity", "desc")
    .execute();
  await writeReply(f.inst, {
    designation: source?.designation ?? "",
    identity: f.identity,
    message: "a reply",
  });
  const back = new SourceClient(f.url);
  pages.set("login", await back.request(`/${locale}/login`));
  pages.set("returning", await back.login(codename, locale));
  pages.set("logout", await back.request(`/${locale}/logout`, { method: "POST" }));
  const wrong = new SourceClient(f.url);
  pages.set("bad-codename", await wrong.login("not a codename at all", locale));
  pages.set("not-found", await wrong.request(`/${locale}/no-such-page`));
  pages.set("no-session", await new SourceClient(f.url).request(`/${locale}/submit`));
  return pages;
}

describe("source pages in every locale", () => {
  let f: Fixture;
  before(async () => {
    f = await startFixture();
  });
  after(async () => {
    await f.close();
  });

  test("the English fragments list is substantial", () => {
    assert.ok(ENGLISH.length > 60, `only ${ENGLISH.length} fragments`);
  });

  for (const loc of LOCALES) {
    test(`${loc.tag}: lang, dir, language menu, no English sentence`, async () => {
      const pages = await pagesIn(f, loc.tag);
      assert.equal(errorCode(pages.get("bad-codename")!) !== null, true);
      const guide = pages.get("guide")!;
      assert.equal(guide.status, 200);
      assert.match(guide.html, /<section id="guide"[^>]*><h1[^>]*>/);
      assert.match(
        pages.get("landing")!.html,
        new RegExp(`id="landing-guide" href="/${loc.tag}/guide"`),
      );
      for (const [name, page] of pages) {
        const html = page.html;
        assert.match(html, new RegExp(`<html lang="${loc.tag}" dir="${loc.dir}"`), name);
        const menu = /<nav id="languages"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
        for (const other of LOCALES) {
          assert.ok(menu.includes(`hreflang="${other.tag}"`), `${name}: menu lacks ${other.tag}`);
        }
        assert.match(html, new RegExp(`<a id="nav-guide" href="/${loc.tag}/guide"`), name);
        const visible = text(html);
        if (loc.tag === "en") {
          // The detector works: English pages do show English fragments.
          assert.ok(
            ENGLISH.some((frag) => visible.includes(frag)),
            `${name}: no English fragment found on an English page`,
          );
          continue;
        }
        for (const frag of ENGLISH) {
          assert.ok(!visible.includes(frag), `${loc.tag} ${name} shows English: "${frag}"`);
        }
      }
    });
  }
});
