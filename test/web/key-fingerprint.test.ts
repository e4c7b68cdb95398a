/**
 * A key's fingerprint is computed twice: by the server (the command line
 * prints it when a key is added) and by the recipient web app, in the
 * browser, from the key the server sends (so a server cannot pass off one key
 * under another's fingerprint). Both must give the same text for every key,
 * and both must match what `sha256sum` says, as the docs promise.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import fc from "fast-check";
import { generateIdentity, recipientFingerprint } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { keyFingerprint } from "../../src/client/key-fingerprint.ts";

// The age spec's example recipient; digest from Python's hashlib, not from our code.
const AGE_SPEC_RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
const AGE_SPEC_FINGERPRINT = "CF7E 5682 3131 5068 5BF1 6E42 C4EA 48E1";

test("a known key: both give the fixed fingerprint", () => {
  assert.equal(recipientFingerprint(AGE_SPEC_RECIPIENT), AGE_SPEC_FINGERPRINT);
  assert.equal(keyFingerprint(AGE_SPEC_RECIPIENT), AGE_SPEC_FINGERPRINT);
});

test("server and app agree on generated keys, post-quantum and classic, and so does sha256sum", async () => {
  for (const kind of ["pq", "classic", "pq", "classic"] as const) {
    const r = await toRecipient(await generateIdentity(kind));
    const server = recipientFingerprint(r);
    assert.equal(keyFingerprint(r), server, r);
    assert.match(server, /^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    const coreutils = execFileSync("sha256sum", { input: r }).toString().slice(0, 32);
    assert.equal(server.replaceAll(" ", "").toLowerCase(), coreutils, "the documented check");
  }
});

test("server and app agree on any text (UTF-8 the same way, lone surrogates included)", () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 200 })),
      (s) => keyFingerprint(s) === recipientFingerprint(s),
    ),
    { numRuns: 2000 },
  );
  assert.equal(keyFingerprint("\ud800"), recipientFingerprint("\ud800"));
});

test("one changed character changes the fingerprint", () => {
  const other = AGE_SPEC_RECIPIENT.slice(0, -1) + "q";
  assert.notEqual(recipientFingerprint(other), AGE_SPEC_FINGERPRINT);
  assert.notEqual(keyFingerprint(other), AGE_SPEC_FINGERPRINT);
});

test("the server's function checks its argument", () => {
  assert.throws(() => recipientFingerprint(42 as unknown as string), TypeError);
});
