/**
 * Our mlkem768x25519 (native X25519) against age-encryption's own: the same
 * randomness must give the same bytes, and each must open the other's files.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import {
  Decrypter,
  Encrypter,
  Stanza,
  generateHybridIdentity,
  identityToRecipient,
} from "age-encryption";
import { MLKEM768X25519 } from "@noble/post-quantum/hybrid.js";
import { bech32 } from "@scure/base";
import {
  encapsulate,
  HybridIdentity,
  HybridRecipient,
  hybridIdentityToRecipient,
  STANZA_TYPE,
} from "../../src/crypto/hybrid.ts";
import { decryptBytes, encryptBytes } from "../../src/crypto/index.ts";

const id = await generateHybridIdentity();
const rcpt = await identityToRecipient(id);
const rcptBytes = bech32.fromWords(bech32.decode(rcpt as `${string}1${string}`, false).words);

test("encapsulation: byte for byte the same as @noble/post-quantum's X-Wing", () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (rand) => {
      const ours = encapsulate(rcpt, rand);
      const theirs = MLKEM768X25519.encapsulate(rcptBytes, rand);
      assert.deepEqual(new Uint8Array(ours.enc), theirs.cipherText);
      assert.deepEqual(new Uint8Array(ours.sharedSecret), theirs.sharedSecret);
    }),
    { numRuns: 20 },
  );
});

test("an identity's recipient is the one age-encryption derives", async () => {
  for (let i = 0; i < 10; i++) {
    const other = await generateHybridIdentity();
    assert.equal(hybridIdentityToRecipient(other), await identityToRecipient(other));
  }
  assert.throws(() => hybridIdentityToRecipient("AGE-SECRET-KEY-1QQQQ"), /invalid identity/);
});

test("age-encryption opens what our recipient wraps, and we open what it wraps", async () => {
  const plain = randomBytes(1000);
  const e = new Encrypter();
  e.addRecipient(new HybridRecipient(rcpt));
  const ours = await e.encrypt(plain);
  const d = new Decrypter();
  d.addIdentity(id);
  assert.deepEqual(Buffer.from(await d.decrypt(ours)), plain);

  const e2 = new Encrypter();
  e2.addRecipient(rcpt);
  const theirs = await e2.encrypt(plain);
  const d2 = new Decrypter();
  d2.addIdentity(new HybridIdentity(id));
  assert.deepEqual(Buffer.from(await d2.decrypt(theirs)), plain);
});

test("the streaming file format uses it both ways (through the public API)", async () => {
  const plain = randomBytes(70_000);
  const file = await encryptBytes([rcpt, rcpt], plain);
  const d = new Decrypter();
  d.addIdentity(id);
  assert.deepEqual(Buffer.from(await d.decrypt(file)), plain);
  assert.deepEqual(await decryptBytes([id], file), plain);
});

function stanzaFor(fileKey: Uint8Array): Stanza {
  const [s] = new HybridRecipient(rcpt).wrapFileKey(fileKey);
  assert.ok(s);
  return s;
}

test("unwrap: the right key opens, a wrong key or a flipped bit does not", async () => {
  const fileKey = randomBytes(16);
  const s = stanzaFor(fileKey);
  assert.equal(s.args[0], STANZA_TYPE);
  assert.deepEqual(Buffer.from(new HybridIdentity(id).unwrapFileKey([s]) ?? []), fileKey);
  const stranger = new HybridIdentity(await generateHybridIdentity());
  assert.equal(stranger.unwrapFileKey([s]), null);
  for (const i of [0, 15, 16, 31]) {
    const body = Uint8Array.from(s.body);
    body[i] = (body[i] ?? 0) ^ 1;
    assert.equal(new HybridIdentity(id).unwrapFileKey([new Stanza(s.args, body)]), null);
  }
  const enc = Buffer.from(s.args[1] ?? "", "base64");
  enc[5] = (enc[5] ?? 0) ^ 1; // ML-KEM implicit rejection: a different secret
  const flipped = new Stanza([STANZA_TYPE, enc.toString("base64").replace(/=+$/, "")], s.body);
  assert.equal(new HybridIdentity(id).unwrapFileKey([flipped]), null);
});

test("unwrap: malformed stanzas are refused, other types are skipped", () => {
  const s = stanzaFor(randomBytes(16));
  const ident = new HybridIdentity(id);
  const arg = s.args[1] ?? "";
  assert.equal(ident.unwrapFileKey([new Stanza(["X25519", arg], s.body)]), null);
  const bad: Stanza[] = [
    new Stanza([STANZA_TYPE], s.body),
    new Stanza([STANZA_TYPE, arg, "extra"], s.body),
    new Stanza([STANZA_TYPE, arg.slice(0, -4)], s.body),
    new Stanza([STANZA_TYPE, arg + "=="], s.body),
    new Stanza([STANZA_TYPE, arg.replace(/.$/, "*")], s.body),
    new Stanza([STANZA_TYPE, arg], s.body.subarray(0, 31)),
  ];
  for (const b of bad) assert.throws(() => ident.unwrapFileKey([b]), /invalid mlkem768x25519/);
  // A low-order X25519 share (all zeros) gives an all-zero secret, which OpenSSL refuses.
  const enc = Buffer.from(arg, "base64");
  enc.fill(0, 1088);
  const zero = new Stanza([STANZA_TYPE, enc.toString("base64").replace(/=+$/, "")], s.body);
  assert.throws(() => ident.unwrapFileKey([zero]));
});

test("recipients: malformed ones are refused before any wrapping", () => {
  for (const r of [
    "",
    "age1pq1",
    rcpt.slice(0, -1),
    rcpt.replace("age1pq1", "age1xx1"),
    "age1qqq",
  ]) {
    assert.throws(() => new HybridRecipient(r), Error, r);
  }
});

test("each wrap is fresh: two stanzas for one key differ", () => {
  const k = randomBytes(16);
  const a = stanzaFor(k);
  const b = stanzaFor(k);
  assert.notEqual(a.args[1], b.args[1]);
  assert.notDeepEqual(a.body, b.body);
});
