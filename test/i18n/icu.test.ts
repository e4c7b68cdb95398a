/**
 * The ICU layer: apostrophes as ICU reads them, numbers through Intl, missing values,
 * markup-looking text, compiled messages cached.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { compileMessage, formatMessage, literalsOf } from "../../src/i18n/icu.ts";
import { compiledMessage, formatDay, translator } from "../../src/i18n/index.ts";

const fmt = (message: string, locale: string, values?: Record<string, string | number>): string =>
  formatMessage(compileMessage(message, locale), values);

test("apostrophes: a lone one is text (English, French); '' is one; '{ quotes", () => {
  assert.equal(fmt("It's {org}'s page", "en", { org: "Acme" }), "It's Acme's page");
  assert.equal(fmt("l'adresse d'{org}", "fr", { org: "Acme" }), "l'adresse d{org}");
  assert.equal(fmt("l'adresse d''{org}", "fr", { org: "Acme" }), "l'adresse d'Acme");
  assert.equal(fmt("l’adresse d’{org}", "fr", { org: "Acme" }), "l’adresse d’Acme");
  assert.equal(
    fmt("{n, plural, one {# fichier d'archive} other {# fichiers, '#' compris}}", "fr", { n: 2 }),
    "2 fichiers, # compris",
  );
  assert.deepEqual(literalsOf(compileMessage("It's {org}", "en").format.getAst()), ["It's "]);
});

test("numbers go through Intl for the locale, in plain arguments and plurals alike", () => {
  assert.equal(fmt("{n} / {n, number}", "fa", { n: 1234 }), "۱٬۲۳۴ / ۱٬۲۳۴");
  assert.equal(fmt("{n}", "en", { n: 0 }), "0");
  assert.equal(
    fmt("{n, plural, one {# file} other {# files}}", "en", { n: 1_000_000 }),
    "1,000,000 files",
  );
  assert.equal(
    translator("fa")("form.message.hint", { max: 100000 }).startsWith("حداکثر ۱۰۰٬۰۰۰"),
    true,
  );
});

test("a missing value shows its name instead of failing the page", () => {
  assert.equal(fmt("Contact {org}", "en"), "Contact {org}");
  assert.equal(translator("en")("landing.title"), "Contact {org} securely");
  assert.doesNotThrow(() => translator("ru")("received.files"));
});

test("tags are text: <b> is not markup and needs no value", () => {
  assert.equal(fmt("<b>{org}</b>", "en", { org: "A" }), "<b>A</b>");
});

test("compiled catalogue messages are cached; unknown locales get English", () => {
  assert.equal(compiledMessage("fr", "landing.title"), compiledMessage("fr", "landing.title"));
  assert.equal(compiledMessage("xx", "landing.title"), compiledMessage("en", "landing.title"));
  assert.equal(translator("xx")("nav.guide"), "Safety guide");
});

test("days are written by Intl for the locale; a malformed day is shown as it is", () => {
  assert.equal(formatDay("en", "2025-03-09"), "March 9, 2025");
  assert.equal(formatDay("fa", "2025-03-09"), "۱۹ اسفند ۱۴۰۳");
  assert.equal(formatDay("ru", "2025-03-09"), "9 марта 2025 г.");
  assert.equal(formatDay("en", "2025-13-40"), "2025-13-40");
  assert.equal(formatDay("en", "<b>"), "<b>");
});
