import { test } from "node:test";
import assert from "node:assert/strict";
import { codesFor, httpStatus } from "../../src/protocol/errors.ts";
import {
  catalogue,
  formatBytes,
  LOCALES,
  negotiateLocale,
  translator,
} from "../../src/i18n/index.ts";
import { argumentsOf, compileMessage } from "../../src/i18n/icu.ts";
import { en, type MessageKey } from "../../src/i18n/messages/en.ts";

/** A message's argument names, read from its ICU syntax tree. */
function argumentNames(message: string, locale: string): string[] {
  return [...argumentsOf(compileMessage(message, locale).format.getAst()).keys()].sort();
}

test("every locale has exactly the English keys, non-empty, with the same ICU arguments", () => {
  const keys = Object.keys(en).sort() as MessageKey[];
  for (const { tag } of LOCALES) {
    const m = catalogue(tag);
    assert.deepEqual(Object.keys(m).sort(), keys, tag);
    for (const k of keys) {
      assert.ok(m[k].trim().length > 0, `${tag} ${k} is empty`);
      assert.deepEqual(argumentNames(m[k], tag), argumentNames(en[k], "en"), `${tag} ${k}`);
    }
  }
});

test("every error a source meets has a title and advice in every locale, and codes are unique", () => {
  const codes = codesFor("source");
  assert.equal(new Set(codes).size, codes.length);
  for (const code of codes) {
    assert.ok(httpStatus(code) >= 400 && httpStatus(code) < 600);
    for (const { tag } of LOCALES) {
      const m = catalogue(tag) as Record<string, string>;
      assert.ok(m[`error.${code}.title`], `${tag}: error.${code}.title`);
      assert.ok(m[`error.${code}.body`], `${tag}: error.${code}.body`);
    }
  }
});

test("placeholders are filled and numbers formatted per locale", () => {
  assert.equal(translator("en")("form.message.hint", { max: 100000 }).includes("100,000"), true);
  assert.equal(translator("es")("form.message.hint", { max: 100000 }).includes("100.000"), true);
  assert.ok(translator("fa")("form.message.hint", { max: 100000 }).includes("۱۰۰٬۰۰۰"));
  assert.ok(translator("fr")("form.message.hint", { max: 100000 }).includes("100\u202f000"));
  assert.equal(formatBytes("en", 500 * 1024 * 1024), "500 MB");
  assert.equal(formatBytes("en", 2048 * 1024 * 1024), "2 GB");
});

test("Accept-Language negotiation", () => {
  assert.equal(negotiateLocale(undefined), "en");
  assert.equal(negotiateLocale("es-MX,es;q=0.9,en;q=0.8"), "es");
  assert.equal(negotiateLocale("fr-CH, fr;q=0.9, es;q=0.5"), "fr");
  assert.equal(negotiateLocale("de-CH, de;q=0.9, es;q=0.5"), "es");
  assert.equal(negotiateLocale("zh-TW,zh;q=0.9"), "zh-Hant");
  assert.equal(negotiateLocale("zh-HK"), "zh-Hant");
  assert.equal(negotiateLocale("zh-Hant-TW"), "zh-Hant");
  assert.equal(negotiateLocale("zh-CN,zh;q=0.9"), "zh-Hans");
  assert.equal(negotiateLocale("zh"), "zh-Hans");
  assert.equal(negotiateLocale("fa-IR"), "fa");
  assert.equal(negotiateLocale("ar-EG,ar;q=0.9"), "ar");
  assert.equal(negotiateLocale("es;q=0, en"), "en");
  assert.equal(negotiateLocale("de"), "en");
  assert.equal(negotiateLocale("x".repeat(100_000)), "en");
  assert.equal(negotiateLocale("es;q=0.1, en;q=0.2"), "en");
});

test("counts take each language's plural form", () => {
  const files = (locale: string, n: number): string =>
    translator(locale)("received.files", { files: n });
  assert.equal(files("en", 1), "1 file received.");
  assert.equal(files("en", 3), "3 files received.");
  assert.equal(files("ru", 1), "Получен 1 файл.");
  assert.equal(files("ru", 3), "Получено 3 файла.");
  assert.equal(files("ru", 5), "Получено 5 файлов.");
  assert.equal(files("ru", 21), "Получен 21 файл.");
  assert.equal(files("uk", 22), "Отримано 22 файли.");
  assert.equal(files("ar", 1), "استُلم ملف واحد.");
  assert.equal(files("ar", 2), "استُلم ملفان.");
  assert.equal(files("ar", 3), "استُلمت 3 ملفات.");
  assert.equal(files("ar", 11), "استُلم 11 ملفًا.");
  assert.equal(files("ar", 100), "استُلم 100 ملف.");
  assert.equal(files("fa", 3), "۳ فایل دریافت شد.");
  assert.equal(files("es", 1_000_000), "Se recibieron 1.000.000 de archivos.");
  assert.equal(files("zh-Hans", 2), "已收到 2 个文件。");
  const hint = translator("ru")("form.files.hint", {
    maxFiles: 20,
    maxFile: "500 МБ",
    maxTotal: "2 ГБ",
  });
  assert.ok(hint.startsWith("До 20 файлов, до 500 МБ каждый"), hint);
});
