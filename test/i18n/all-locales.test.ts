/**
 * Structural checks for every translated catalogue, including those not yet offered in
 * `locales.ts`: same keys and placeholders as English, nothing left empty or untranslated,
 * text in the expected script, right-to-left text without bidi controls.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { en, type MessageKey, type Messages } from "../../src/i18n/messages/en.ts";
import { ar } from "../../src/i18n/messages/ar.ts";
import { es } from "../../src/i18n/messages/es.ts";
import { fa } from "../../src/i18n/messages/fa.ts";
import { fr } from "../../src/i18n/messages/fr.ts";
import { ko } from "../../src/i18n/messages/ko.ts";
import { ru } from "../../src/i18n/messages/ru.ts";
import { tr } from "../../src/i18n/messages/tr.ts";
import { uk } from "../../src/i18n/messages/uk.ts";
import { vi } from "../../src/i18n/messages/vi.ts";
import { zhHans } from "../../src/i18n/messages/zh-Hans.ts";
import { zhHant } from "../../src/i18n/messages/zh-Hant.ts";

interface Catalogue {
  readonly tag: string;
  readonly messages: Messages;
  /** Every value must contain a letter of this script. */
  readonly script?: RegExp;
  readonly rtl?: boolean;
}

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
const HANGUL = /\p{Script=Hangul}/u;

const CATALOGUES: readonly Catalogue[] = [
  { tag: "es", messages: es },
  { tag: "fr", messages: fr },
  { tag: "tr", messages: tr },
  { tag: "vi", messages: vi },
  { tag: "ru", messages: ru, script: CYRILLIC },
  { tag: "uk", messages: uk, script: CYRILLIC },
  { tag: "zh-Hans", messages: zhHans, script: HAN },
  { tag: "zh-Hant", messages: zhHant, script: HAN },
  { tag: "ko", messages: ko, script: HANGUL },
  { tag: "fa", messages: fa, script: ARABIC, rtl: true },
  { tag: "ar", messages: ar, script: ARABIC, rtl: true },
];

/**
 * Keys whose translation may equal the English text and need not use the locale's
 * script: only strings made of brand names or codes. None so far.
 */
const SAME_AS_ENGLISH_ALLOWED: ReadonlySet<MessageKey> = new Set<MessageKey>();

/** Names that are never translated; an English value that has one keeps it. */
const KEPT_NAMES = ["Tor Browser", "Tor", "onion", "torproject.org", "JavaScript"] as const;

/** Unicode bidi embedding, override, isolate and mark characters (UAX #9). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

const KEYS = Object.keys(en).sort() as MessageKey[];

function placeholders(s: string): string[] {
  return (s.match(/\{\w+\}/g) ?? []).sort();
}

for (const { tag, messages, script, rtl } of CATALOGUES) {
  test(`${tag}: exactly the English keys`, () => {
    assert.deepEqual(Object.keys(messages).sort(), KEYS);
  });

  test(`${tag}: every value is non-empty, translated and keeps the placeholders`, () => {
    for (const key of KEYS) {
      const value = messages[key];
      assert.ok(value.trim().length > 0, `${tag} ${key} is empty`);
      assert.deepEqual(placeholders(value), placeholders(en[key]), `${tag} ${key} placeholders`);
      if (!SAME_AS_ENGLISH_ALLOWED.has(key)) {
        assert.notEqual(value, en[key], `${tag} ${key} is still English`);
      }
      for (const name of KEPT_NAMES) {
        if (en[key].includes(name)) {
          assert.ok(value.includes(name), `${tag} ${key} lost "${name}"`);
        }
      }
      assert.doesNotMatch(value, BIDI_CONTROLS, `${tag} ${key} has a bidi control character`);
    }
  });

  if (script) {
    test(`${tag}: every value is written in the expected script`, () => {
      for (const key of KEYS) {
        if (SAME_AS_ENGLISH_ALLOWED.has(key)) continue;
        assert.match(messages[key], script, `${tag} ${key} has no letter of ${String(script)}`);
      }
    });
  }

  if (rtl) {
    // A bare paragraph takes its direction from its first letter (UAX #9 rule P2).
    test(`${tag}: every value starts with a right-to-left letter`, () => {
      for (const key of KEYS) {
        const first = /\p{L}/u.exec(messages[key].replace(/\{\w+\}/g, ""))?.[0] ?? "";
        assert.match(first, ARABIC, `${tag} ${key} starts with "${first}"`);
      }
    });
  }
}
