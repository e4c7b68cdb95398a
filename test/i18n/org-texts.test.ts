/**
 * Organization texts (texts.json): what is refused at load, with the file, locale and key
 * named; the atomic 0600 save; the overlay on source pages, where a text is always text.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { Instance } from "../../src/core/instance.ts";
import { createLogger } from "../../src/runtime/log.ts";
import { translator } from "../../src/i18n/index.ts";
import {
  loadOrgTexts,
  OrgTexts,
  parseOrgTexts,
  saveOrgTexts,
  ORG_TEXTS_LIMITS,
} from "../../src/i18n/org-texts.ts";
import { buildSourceApp } from "../../src/web/source/app.ts";
import { posternBatch } from "../cli/helpers.ts";

/** The error message parseOrgTexts throws for `raw`, or null when it accepts it. */
function refusal(raw: unknown): string | null {
  try {
    parseOrgTexts(raw, "texts.json");
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe("parseOrgTexts refuses, naming the file, locale and key", () => {
  const cases: [string, unknown, string | RegExp][] = [
    [
      "an argument the English text does not have",
      { fr: { "landing.title": "Écrire à {orgg}" } },
      'texts.json: fr "landing.title": unknown argument {orgg}',
    ],
    [
      "a missing argument",
      { fr: { "kit.step3": "Ouvrez notre adresse" } },
      'texts.json: fr "kit.step3": missing argument {address}',
    ],
    [
      "a broken placeholder",
      { es: { "landing.title": "Contacte con {org" } },
      /^texts\.json: es "landing\.title": not a valid ICU message \(/,
    ],
    [
      "an apostrophe that quotes the placeholder away",
      { fr: { "landing.title": "Contacter l'{org}" } },
      /^texts\.json: fr "landing\.title": missing argument \{org\} — an apostrophe before "\{"/,
    ],
    [
      "a plural without other",
      { en: { "received.files": "{files, plural, one {# file}}" } },
      /^texts\.json: en "received\.files": not a valid ICU message \(MISSING_OTHER_CLAUSE/,
    ],
    [
      "a plural case the language does not have",
      { en: { "received.files": "{files, plural, one {# file} few {# files} other {# files}}" } },
      'texts.json: en "received.files": plural case "few" of {files} does not exist in en (its cases: one, other, or =N)',
    ],
    [
      "a name used as a count",
      { en: { "landing.title": "{org, plural, one {x} other {y}}" } },
      'texts.json: en "landing.title": {org} is a text argument here, not plural',
    ],
    ["an unknown locale", { xx: {} }, /^texts\.json: unknown locale "xx" \(known: en, zh-Hans/],
    ["a locale in the wrong case", { "zh-hans": {} }, /^texts\.json: unknown locale "zh-hans"/],
    [
      "an unknown catalogue key",
      { en: { "landing.titel": "Hello" } },
      /^texts\.json: en "landing\.titel": unknown key/,
    ],
    [
      "an organization key that is not a simple name",
      { en: { "org.Guide extra": "Hello" } },
      /^texts\.json: en "org\.Guide extra": an organization key is/,
    ],
    [
      "an organization text with an argument other than {org}",
      { en: { "org.guide.extra": "Write to {address}" } },
      'texts.json: en "org.guide.extra": unknown argument {address}',
    ],
    [
      "a number",
      { en: { "landing.title": 5 } },
      'texts.json: en "landing.title": must be a string',
    ],
    ["an empty text", { en: { "landing.title": " " } }, 'texts.json: en "landing.title": is empty'],
    [
      "a control character",
      { en: { "landing.title": "Hi\u0007 {org}" } },
      'texts.json: en "landing.title": contains a control character',
    ],
    [
      "a very long text",
      { en: { "org.guide.extra": "x".repeat(ORG_TEXTS_LIMITS.messageChars + 1) } },
      /^texts\.json: en "org\.guide\.extra": longer than/,
    ],
    ["an array", [], "texts.json: must be an object of locales"],
    [
      "a locale that is not an object",
      { en: "hello" },
      "texts.json: en must be an object of texts",
    ],
  ];
  for (const [what, raw, expected] of cases) {
    test(what, () => {
      const message = refusal(raw);
      assert.notEqual(message, null, "accepted");
      if (typeof expected === "string") assert.equal(message, expected);
      else assert.match(message ?? "", expected);
    });
  }
});

test("accepted texts override the catalogue in their locale only, and apostrophes are literal", () => {
  const texts = parseOrgTexts(
    {
      fr: {
        "landing.title": "Écrire à l'équipe de {org} en toute sécurité",
        "received.files":
          "{files, plural, one {# fichier d'archive reçu} many {# de fichiers reçus} other {# fichiers reçus}}",
        "org.guide.extra": "Nos journalistes lisent aussi l'arabe.",
      },
      en: { "landing.intro": "It''s safe: '{org}' is quoted, {org} is not. #1 '#' too." },
    },
    "texts.json",
  );
  const fr = translator("fr", texts);
  assert.equal(fr("landing.title", { org: "Acme" }), "Écrire à l'équipe de Acme en toute sécurité");
  assert.equal(fr("received.files", { files: 1 }), "1 fichier d'archive reçu");
  assert.equal(fr("received.files", { files: 2000 }), "2\u202f000 fichiers reçus");
  assert.equal(
    translator("es", texts)("landing.title", { org: "Acme" }),
    "Contacte con Acme de forma segura",
  );
  assert.equal(
    translator("en", texts)("landing.intro", { org: "Acme" }),
    "It's safe: {org} is quoted, Acme is not. #1 '#' too.",
  );
  assert.equal(texts.text("fr", "org.guide.extra"), "Nos journalistes lisent aussi l'arabe.");
  assert.equal(texts.text("en", "org.guide.extra"), null);
  assert.equal(OrgTexts.none.text("en", "org.guide.extra"), null);
});

describe("texts.json on disk", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "postern-texts-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("no file: no texts", async () => {
    assert.equal(await loadOrgTexts(dir), OrgTexts.none);
  });

  test("save is atomic, 0600, and loads back the same", async () => {
    const raw = {
      ru: { "org.landing.extra": "Пишите нам по-русски." },
      en: { "nav.guide": "Read first" },
    };
    await saveOrgTexts(dir, parseOrgTexts(raw, "texts.json"));
    const file = join(dir, "texts.json");
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    assert.deepEqual(JSON.parse(await readFile(file, "utf8")), raw);
    assert.deepEqual((await readdir(dir)).sort(), ["texts.json"], "no temp file left");
    assert.deepEqual((await loadOrgTexts(dir)).toJSON(), raw);
    await saveOrgTexts(dir, OrgTexts.none);
    assert.deepEqual(JSON.parse(await readFile(file, "utf8")), {});
  });

  test("not JSON, or too large: refused, naming texts.json", async () => {
    await writeFile(join(dir, "texts.json"), '{"en": {"nav.guide": "x",}}');
    await assert.rejects(loadOrgTexts(dir), /^PosternError: texts\.json: not valid JSON \(/);
    await writeFile(join(dir, "texts.json"), " ".repeat(ORG_TEXTS_LIMITS.fileBytes + 1));
    await assert.rejects(loadOrgTexts(dir), /^PosternError: texts\.json: larger than /);
  });
});

describe("an instance with texts.json", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "postern-texts-inst-"));
    await Instance.create(dir, "Acme Desk");
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("a broken placeholder: Instance.open fails, and `postern serve` exits saying why", async () => {
    const bad = { fr: { "landing.title": "Écrire à {orgg}" } };
    await writeFile(join(dir, "texts.json"), JSON.stringify(bad));
    const expected = 'texts.json: fr "landing.title": unknown argument {orgg}';
    await assert.rejects(Instance.open(dir), (e: Error) => e.message === expected);
    const runs = await posternBatch([["serve", "--data", dir]]);
    assert.deepEqual(
      runs.map((r) => [r.code, r.stderr, r.stdout]),
      [[1, `postern: ${expected}\n`, ""]],
    );
  });

  describe("source pages show the texts, as text", () => {
    let inst: Instance;
    let app: FastifyInstance;
    const script = "<script>alert(1)</script>";
    before(async () => {
      await writeFile(
        join(dir, "texts.json"),
        JSON.stringify({
          fr: {
            "landing.title": "Écrire à {org} sans crainte",
            "org.landing.extra": `Première ligne ${script}\n\nDeuxième paragraphe, pour {org}.`,
            "org.guide.extra": "<b>Signal</b> n'est pas sûr ici.",
          },
        }),
      );
      inst = await Instance.open(dir);
      app = buildSourceApp(inst, { logger: createLogger(() => undefined) });
    });
    after(async () => {
      await app.close();
      await inst.close();
    });

    test("the landing page: the override and the extra paragraphs, escaped", async () => {
      const r = await app.inject({ url: "/fr/" });
      assert.equal(r.statusCode, 200);
      assert.match(r.body, /<h1>Écrire à Acme Desk sans crainte<\/h1>/);
      const extra = /<div id="org-landing-extra" class="org-text">(.*?)<\/div>/s.exec(r.body)?.[1];
      assert.equal(
        extra,
        "<p>Première ligne &lt;script>alert(1)&lt;/script></p><p>Deuxième paragraphe, pour Acme Desk.</p>",
      );
      assert.ok(!r.body.includes(script));
    });

    test("the guide ends with the organization's text; other locales keep the catalogue", async () => {
      const guide = await app.inject({ url: "/fr/guide" });
      assert.match(
        guide.body,
        /<div id="org-guide-extra" class="org-text"><p>&lt;b>Signal&lt;\/b> n'est pas sûr ici\.<\/p><\/div><\/main>/,
      );
      const en = await app.inject({ url: "/en/" });
      assert.match(en.body, /<h1>Contact Acme Desk securely<\/h1>/);
      assert.ok(!en.body.includes("org-landing-extra"));
      assert.ok(!(await app.inject({ url: "/en/guide" })).body.includes("org-guide-extra"));
    });

    test("withConfig keeps the texts", () => {
      const other = inst.withConfig({ ...inst.config, orgName: "Other" });
      assert.equal(other.texts, inst.texts);
    });
  });
});
