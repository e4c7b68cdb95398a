import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import {
  codenameLanguage,
  codenameStems,
  STEM_LETTERS,
  formatCodename,
  lookupHash,
  newCodenameEntropy,
  parseCodename,
  replyIdentity,
} from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";

const LOCALES = ["en", "zh-Hans", "zh-Hant", "ko", "ja", "es", "fr", "it", "cs", "pt"];

test("codenames are 12 words from 16 random bytes", () => {
  const e = newCodenameEntropy();
  assert.equal(e.length, 16);
  assert.equal(formatCodename(e, "en").split(" ").length, 12);
  assert.notDeepEqual(newCodenameEntropy(), e);
});

test("property: every word list maps back to the same entropy", () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ minLength: 16, maxLength: 16 }),
      fc.constantFrom(...LOCALES),
      (e, loc) => {
        const words = formatCodename(e, loc);
        const parsed = parseCodename(words);
        assert.ok(parsed.ok, `${loc}: ${words}`);
        assert.deepEqual(parsed.entropy, e);
        // Shouted, with extra spaces and a trailing newline, still works.
        const sloppy = parseCodename(`  ${words.toUpperCase().split(" ").join("   ")}\n`);
        assert.ok(sloppy.ok && Buffer.from(sloppy.entropy).equals(Buffer.from(e)));
      },
    ),
    { numRuns: 300 },
  );
});

test("Chinese typed without spaces is accepted", () => {
  const e = randomBytes(16);
  for (const loc of ["zh-Hans", "zh-Hant"]) {
    const parsed = parseCodename(formatCodename(e, loc).replace(/ /g, ""));
    assert.ok(parsed.ok);
    assert.deepEqual(Buffer.from(parsed.entropy), e);
  }
});

test("mistyped, unknown script, empty and oversized inputs are told apart", () => {
  const words = formatCodename(randomBytes(16), "en").split(" ");
  const swapped = [...words];
  [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
  // Swapping two words breaks the checksum (almost always; retry otherwise).
  const r = parseCodename(swapped.join(" "));
  if (swapped[0] !== swapped[1]) assert.ok(!r.ok || Buffer.from(r.entropy).length === 16);
  assert.deepEqual(parseCodename(words.slice(0, 11).join(" ")), { ok: false, reason: "mistyped" });
  assert.deepEqual(parseCodename([...words.slice(0, 11), "zzzz"].join(" ")), {
    ok: false,
    reason: "mistyped",
  });
  assert.deepEqual(parseCodename("яблоко ".repeat(12)), { ok: false, reason: "mistyped" });
  assert.deepEqual(parseCodename("   "), { ok: false, reason: "empty" });
  assert.deepEqual(parseCodename("a".repeat(10_000)), { ok: false, reason: "too_long" });
  assert.deepEqual(parseCodename("\ud800 lone surrogate"), { ok: false, reason: "mistyped" });
});

test("a checksum error is 'mistyped', not 'not found'", () => {
  let found = 0;
  for (let i = 0; i < 50; i++) {
    const words = formatCodename(randomBytes(16), "en").split(" ");
    words[11] = words[11] === "abandon" ? "ability" : "abandon";
    const r = parseCodename(words.join(" "));
    if (!r.ok) {
      assert.equal(r.reason, "mistyped");
      found++;
    }
  }
  // The 4-bit checksum lets ~1/16 through; most must be caught.
  assert.ok(found > 35, `only ${found}/50 caught`);
});

test("locale to word list", () => {
  assert.equal(codenameLanguage("zh-TW"), "zh-Hant");
  assert.equal(codenameLanguage("zh-Hans"), "zh-Hans");
  assert.equal(codenameLanguage("es-MX"), "es");
  assert.equal(codenameLanguage("ru"), "en");
});

test("derivation is deterministic, salted and separates kinds", async () => {
  const e = randomBytes(16);
  const salt = randomBytes(32);
  const secret = randomBytes(32);
  assert.deepEqual(lookupHash(e, salt, secret), lookupHash(e, salt, secret));
  assert.notDeepEqual(lookupHash(e, randomBytes(32), secret), lookupHash(e, salt, secret));
  assert.notDeepEqual(lookupHash(e, salt, randomBytes(32)), lookupHash(e, salt, secret));
  const pq = replyIdentity(e, salt, "pq");
  const cl = replyIdentity(e, salt, "classic");
  assert.equal(pq, replyIdentity(e, salt, "pq"));
  assert.match(await toRecipient(pq), /^age1pq1/);
  assert.match(await toRecipient(cl), /^age1[^p]/);
  assert.throws(() => lookupHash(randomBytes(15), salt, secret), RangeError);
});

// ---- typed by their first four letters (issue #14) --------------------------------------------

const STEM_LOCALES = ["en", "es", "fr"] as const;
const plainWord = (w: string): string => w.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

test("property: four letters a word, accents optional, give the same entropy (en, es, fr)", () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ minLength: 16, maxLength: 16 }),
      fc.constantFrom(...STEM_LOCALES),
      fc.integer({ min: 4, max: 8 }),
      (e, loc, n) => {
        const words = formatCodename(e, loc).split(" ");
        // As a phone keyboard types them: lower case, no accents, n letters (all of a shorter word).
        const typed = words.map((w) => plainWord(w).slice(0, n)).join(" ");
        const parsed = parseCodename(typed);
        assert.ok(parsed.ok, `${loc}: ${typed}`);
        assert.deepEqual(parsed.entropy, e);
      },
    ),
    { numRuns: 300 },
  );
});

test("the codename page marks the letters that identify each word, where four do", () => {
  const e = newCodenameEntropy();
  for (const loc of STEM_LOCALES) {
    const c = formatCodename(e, loc);
    const stems = codenameStems(c, loc);
    assert.ok(stems !== null && stems.length === 12);
    assert.equal(stems.map((s) => s.stem + s.rest).join(" "), c.normalize("NFC"));
    for (const s of stems)
      assert.ok(s.stem.normalize("NFD").replace(/\p{M}/gu, "").length <= STEM_LETTERS);
  }
  // Chinese or Korean words are not typed by letters.
  for (const loc of ["zh-Hans", "ko"])
    assert.equal(codenameStems(formatCodename(e, loc), loc), null);
});

test("too few letters, or letters of no word, are a mistyped codename", () => {
  const words = formatCodename(newCodenameEntropy(), "en").split(" ");
  const short = words.map((w) => (w.length > 3 ? w.slice(0, 3) : `${w}q`)).join(" ");
  assert.deepEqual(parseCodename(short), { ok: false, reason: "mistyped" });
  const extended = words.map((w) => `${w}zz`).join(" ");
  assert.deepEqual(parseCodename(extended), { ok: false, reason: "mistyped" });
});

test("stems that fit two lists and both checksums are refused as ambiguous, never guessed", async () => {
  const { wordlist: en } = await import("@scure/bip39/wordlists/english.js");
  const { wordlist: fr } = await import("@scure/bip39/wordlists/french.js");
  const { mnemonicToEntropy } = await import("@scure/bip39");
  const stemOf = (w: string): string => plainWord(w).slice(0, 4);
  const frByStem = new Map(fr.map((w) => [stemOf(w), w]));
  // English words of four letters or more whose stem is also a French word's stem.
  const shared = en.filter((w) => w.length >= 4 && frByStem.has(stemOf(w)));
  const valid = (words: string[], list: string[]): Uint8Array | null => {
    try {
      return mnemonicToEntropy(words.join(" "), list);
    } catch {
      return null;
    }
  };
  let found: string[] | null = null;
  for (let first = 0; found === null && first < shared.length; first++) {
    const eleven = Array.from({ length: 11 }, (_, i) => shared[(first + i * 37) % shared.length]!);
    for (const last of shared) {
      const enWords = [...eleven, last];
      const frWords = enWords.map((w) => frByStem.get(stemOf(w))!);
      const a = valid(enWords, en);
      const b = valid(frWords, fr);
      if (a !== null && b !== null && !Buffer.from(a).equals(Buffer.from(b))) {
        found = enWords.map(stemOf);
        break;
      }
    }
  }
  assert.ok(found !== null, "such a codename exists (and this search finds one)");
  assert.deepEqual(parseCodename(found.join(" ")), { ok: false, reason: "ambiguous" });
});
