/**
 * Structural checks for every translated catalogue, including those not yet offered in
 * `locales.ts`: same keys as English, every message a valid ICU message reading the same
 * arguments as English's, plurals with exactly the locale's plural categories (CLDR, from
 * Intl.PluralRules), nothing left empty or untranslated, text in the expected script,
 * right-to-left text without bidi controls.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  argumentProblem,
  compileMessage,
  formatMessage,
  literalsOf,
  pluralCategories,
  pluralsOf,
  type CompiledMessage,
} from "../../src/i18n/icu.ts";
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

const compile = (tag: string, messages: Messages, key: MessageKey): CompiledMessage => {
  try {
    return compileMessage(messages[key], tag);
  } catch (e) {
    throw new Error(`${tag} ${key} is not a valid ICU message: ${(e as Error).message}`);
  }
};

/** The message with every plural branch shown: counts that select each case, texts left empty. */
function renderings(m: CompiledMessage): string[] {
  const counts = [0, 1, 2, 3, 5, 11, 21, 100, 101, 1_000_000, 1.5];
  return counts.map((n) => {
    const values: Record<string, string | number> = {};
    for (const [name, kind] of m.args) values[name] = kind === "plural" ? n : "";
    return formatMessage(m, values);
  });
}

test("en: every message parses, and its plurals use one and other", () => {
  for (const key of KEYS) {
    const m = compile("en", en, key);
    for (const p of pluralsOf(m.format.getAst())) {
      assert.deepEqual([...p.cases].sort(), ["one", "other"], `en ${key} {${p.name}}`);
    }
  }
});

test("the kit keys the outreach kit reads exist, with their arguments", () => {
  const expected: Record<string, string[]> = {
    "kit.title": ["org"],
    "kit.step1": [],
    "kit.step2": [],
    "kit.step3": ["address"],
    "kit.step4": [],
    "kit.step5": [],
    "kit.address_label": [],
    "kit.verify": ["fingerprint"],
    "kit.scan": [],
    "kit.video_intro": ["org"],
    "kit.video_outro": [],
    "kit.inapp": [],
    "kit.blocked.title": [],
    "kit.blocked": [],
    "kit.blocked.ask": ["bridgesBot", "bridgesEmail"],
    "kit.get": ["gettorBot", "gettorEmail", "mirror1", "mirror2"],
    "kit.phone": [],
    "kit.risk": [],
    "kit.video_blocked": ["bridgesBot"],
  };
  const kit = KEYS.filter((k) => k.startsWith("kit."));
  assert.deepEqual(kit.sort(), Object.keys(expected).sort());
  for (const [key, args] of Object.entries(expected)) {
    const m = compile("en", en, key as MessageKey);
    assert.deepEqual([...m.args.keys()].sort(), args, key);
  }
});

for (const { tag, messages, script, rtl } of CATALOGUES) {
  test(`${tag}: exactly the English keys`, () => {
    assert.deepEqual(Object.keys(messages).sort(), KEYS);
  });

  test(`${tag}: every value parses, reads the English arguments, and is translated`, () => {
    for (const key of KEYS) {
      const value = messages[key];
      assert.ok(value.trim().length > 0, `${tag} ${key} is empty`);
      const m = compile(tag, messages, key);
      const problem = argumentProblem(compile("en", en, key).args, m.args);
      assert.equal(problem, null, `${tag} ${key}: ${problem ?? ""}`);
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

  test(`${tag}: plurals list exactly the locale's plural categories, other included`, () => {
    const categories = pluralCategories(tag).sort();
    assert.ok(categories.includes("other"));
    for (const key of KEYS) {
      for (const p of pluralsOf(compile(tag, messages, key).format.getAst())) {
        const cases = p.cases.filter((c) => !/^=\d+$/.test(c)).sort();
        assert.deepEqual(cases, categories, `${tag} ${key} {${p.name}}`);
      }
    }
  });

  test(`${tag}: an ASCII apostrophe is always literal text (never an ICU quote)`, () => {
    for (const key of KEYS) {
      const value = messages[key];
      assert.doesNotMatch(value, /'[{}#|']/, `${tag} ${key}: '{ or '' is ICU quoting; write ’`);
      const literal = literalsOf(compile(tag, messages, key).format.getAst()).join("");
      assert.equal(
        (literal.match(/'/g) ?? []).length,
        (value.match(/'/g) ?? []).length,
        `${tag} ${key}`,
      );
    }
  });

  if (script) {
    test(`${tag}: every value is written in the expected script, in every plural case`, () => {
      for (const key of KEYS) {
        if (SAME_AS_ENGLISH_ALLOWED.has(key)) continue;
        for (const text of renderings(compile(tag, messages, key))) {
          assert.match(text, script, `${tag} ${key} has no letter of ${String(script)}: ${text}`);
        }
      }
    });
  }

  if (rtl) {
    // A bare paragraph takes its direction from its first letter (UAX #9 rule P2): in a
    // video, an image or a plain-text kit file there is no dir attribute to fall back on.
    test(`${tag}: every value, in every plural case, starts with a right-to-left letter`, () => {
      for (const key of KEYS) {
        for (const text of renderings(compile(tag, messages, key))) {
          const first = /\p{L}/u.exec(text)?.[0] ?? "";
          assert.match(first, ARABIC, `${tag} ${key} starts with "${first}": ${text}`);
        }
      }
    });
  }
}
