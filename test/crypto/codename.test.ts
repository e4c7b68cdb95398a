import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import {
  codenameLanguage,
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
