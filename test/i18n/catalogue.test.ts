import { test } from "node:test";
import assert from "node:assert/strict";
import { ERROR_CODES, ERRORS } from "../../src/core/errors.ts";
import {
  catalogue,
  formatBytes,
  LOCALES,
  negotiateLocale,
  translator,
} from "../../src/i18n/index.ts";
import { en } from "../../src/i18n/messages/en.ts";

test("every locale has exactly the English keys, non-empty, with the same placeholders", () => {
  const keys = Object.keys(en).sort();
  for (const { tag } of LOCALES) {
    const m = catalogue(tag);
    assert.deepEqual(Object.keys(m).sort(), keys, tag);
    for (const k of keys) {
      const v = m[k as keyof typeof en];
      assert.ok(v.trim().length > 0, `${tag} ${k} is empty`);
      const ph = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
      assert.deepEqual(ph(v), ph(en[k as keyof typeof en]), `${tag} ${k} placeholders`);
    }
  }
});

test("every catalogued error has a title and advice in every locale, and codes are unique", () => {
  assert.equal(new Set(ERROR_CODES).size, ERROR_CODES.length);
  for (const code of ERROR_CODES) {
    assert.ok(ERRORS[code].status >= 400 && ERRORS[code].status < 600);
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
