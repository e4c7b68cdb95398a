/**
 * The recipient web app's crypto (src/web/recipient/app/crypto.ts), run in
 * Node against the server's own age code as the peer: what the browser
 * encrypts, the server's decryptBytes must open, and what the server's
 * encryptBytes writes, the browser's stream must decrypt.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import {
  decryptStream,
  decryptToText,
  deriveKeys,
  encryptReply,
  newIdentity,
  passphraseStrength,
  recipientOf,
  unwrapIdentity,
  UnwrapError,
  wrapIdentity,
} from "../../src/client/crypto.ts";
import { fromBase64url, toBase64url } from "../../src/client/base64url.ts";
import {
  decryptBytes,
  encryptBytes,
  generateIdentity,
  payloadSha256,
} from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { PayloadMismatchError, verifyPayload } from "../../src/client/payload-digest.ts";
import { grantTo } from "../helpers/grant.ts";
import type { KdfParams } from "../../src/protocol/api.ts";
import { MIN_KDF } from "../../src/protocol/api.ts";

// Small Argon2 parameters keep the suite fast; the code path is the same.
const kdf = (salt: Uint8Array = new Uint8Array(16).fill(7)): KdfParams => ({
  alg: "argon2id",
  m: 1024,
  t: 1,
  p: 1,
  salt: toBase64url(salt),
});

/** Tests use tiny Argon2 costs; the app's floor (MIN_KDF) would refuse them. */
const TEST_FLOOR = { m: 8, t: 1 };
const derive = (passphrase: string, params: KdfParams) =>
  deriveKeys(passphrase, params, TEST_FLOOR);

test("the app refuses a server's Argon2 parameters below MIN_KDF", async () => {
  await assert.rejects(deriveKeys("x", kdf()), RangeError);
  await assert.rejects(deriveKeys("x", { ...kdf(), m: MIN_KDF.m, t: 1 }), RangeError);
});

async function rawAesKey(): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", randomBytes(32), "AES-GCM", false, ["encrypt", "decrypt"]);
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
  return parts;
}

/** Whether two non-extractable AES keys are the same, judged by what they decrypt. */
async function sameKey(a: CryptoKey, b: CryptoKey): Promise<boolean> {
  const w = await wrapIdentity(a, (await newIdentity("classic")).identity);
  return unwrapIdentity(b, w).then(
    () => true,
    () => false,
  );
}

test("base64url round-trips and rejects non-canonical spellings", () => {
  for (let n = 0; n < 40; n++) {
    const b = randomBytes(n);
    assert.deepEqual(fromBase64url(toBase64url(b)), new Uint8Array(b));
    assert.equal(toBase64url(b), b.toString("base64url"));
  }
  assert.throws(() => fromBase64url("AA=="), RangeError);
  assert.throws(() => fromBase64url("A"), RangeError);
  assert.throws(() => fromBase64url("AB"), RangeError); // trailing bits set
  assert.throws(() => fromBase64url("a+b/"), RangeError);
});

test("deriveKeys is deterministic and depends on salt and passphrase", async () => {
  const a = await derive("correct lantern quokka vivid", kdf());
  const b = await derive("correct lantern quokka vivid", kdf());
  assert.equal(a.auth, b.auth);
  assert.equal(fromBase64url(a.auth).length, 32);
  assert.ok(await sameKey(a.wrapKey, b.wrapKey));

  const otherSalt = await derive("correct lantern quokka vivid", kdf(new Uint8Array(16).fill(8)));
  assert.notEqual(otherSalt.auth, a.auth);
  assert.ok(!(await sameKey(a.wrapKey, otherSalt.wrapKey)));

  const otherPass = await derive("correct lantern quokka vivid!", kdf());
  assert.notEqual(otherPass.auth, a.auth);
  assert.ok(!(await sameKey(a.wrapKey, otherPass.wrapKey)));
});

test("deriveKeys: the auth key is not the wrap key", async () => {
  const { auth, wrapKey } = await derive("correct lantern quokka vivid", kdf());
  // If the server-visible auth key could open the identity, zero knowledge would be lost.
  const asKey = await crypto.subtle.importKey("raw", fromBase64url(auth), "AES-GCM", false, [
    "encrypt",
    "decrypt",
  ]);
  assert.ok(!(await sameKey(wrapKey, asKey)));
});

test("deriveKeys normalises the passphrase (NFC)", async () => {
  const composed = await derive("caf\u00e9 lantern quokka", kdf());
  const decomposed = await derive("cafe\u0301 lantern quokka", kdf());
  assert.equal(composed.auth, decomposed.auth);
});

test("deriveKeys refuses unreasonable parameters from the server", async () => {
  await assert.rejects(derive("x", { ...kdf(), m: 2 ** 30 }), RangeError);
  await assert.rejects(derive("x", { ...kdf(), t: 0 }), RangeError);
  await assert.rejects(derive("x", { ...kdf(), p: 1.5 }), RangeError);
  await assert.rejects(derive("x", { ...kdf(), salt: toBase64url(new Uint8Array(8)) }), RangeError);
  await assert.rejects(
    derive("x", { ...kdf(), alg: "argon2i" } as unknown as KdfParams),
    RangeError,
  );
});

test("wrap/unwrap round-trips; a changed byte or another key fails", async () => {
  const { wrapKey } = await derive("correct lantern quokka vivid", kdf());
  for (const kind of ["pq", "classic"] as const) {
    const { identity } = await newIdentity(kind);
    const wrapped = await wrapIdentity(wrapKey, identity);
    assert.equal(await unwrapIdentity(wrapKey, wrapped), identity);

    const bytes = fromBase64url(wrapped);
    for (const at of [0, 12, bytes.length - 1]) {
      const bad = bytes.slice();
      bad[at] = (bad[at] ?? 0) ^ 1;
      await assert.rejects(unwrapIdentity(wrapKey, toBase64url(bad)), UnwrapError);
    }
    await assert.rejects(unwrapIdentity(await rawAesKey(), wrapped), UnwrapError);
    await assert.rejects(unwrapIdentity(wrapKey, wrapped.slice(0, 20)), UnwrapError);
    await assert.rejects(unwrapIdentity(wrapKey, wrapped + "!"), UnwrapError);
  }
});

test("a wrapped identity is bound to its purpose (AAD)", async () => {
  const key = await rawAesKey();
  const { identity } = await newIdentity("classic");
  const nonce = randomBytes(12);
  const noAad = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: "AES-GCM", iv: nonce },
      key,
      new TextEncoder().encode(identity),
    ),
  );
  await assert.rejects(
    unwrapIdentity(key, toBase64url(Buffer.concat([nonce, noAad]))),
    UnwrapError,
  );
});

test("newIdentity makes identities of the requested kind", async () => {
  const pq = await newIdentity("pq");
  assert.match(pq.recipient, /^age1pq1/);
  assert.match(pq.identity, /^AGE-SECRET-KEY-PQ-1/);
  assert.equal(await toRecipient(pq.identity), pq.recipient);

  const classic = await newIdentity("classic");
  assert.match(classic.recipient, /^age1[02-9ac-hj-np-z]{58}$/);
  assert.equal(await recipientOf(classic.identity), classic.recipient);
});

test("encryptReply: the server's decryptBytes opens it for every recipient", async () => {
  for (const kind of ["pq", "classic"] as const) {
    const ids = [
      await generateIdentity(kind),
      await generateIdentity(kind),
      await generateIdentity(kind),
    ];
    const replyTo = await Promise.all(ids.map((id) => toRecipient(id)));
    const text = "Thank you. <script>alert(1)</script> — 谢谢 🙏";
    const file = await encryptReply(text, replyTo);
    for (const id of ids) {
      assert.equal((await decryptBytes([id], file)).toString("utf8"), text);
      assert.equal(await decryptToText(id, file), text);
    }
    const stranger = await generateIdentity(kind);
    await assert.rejects(decryptBytes([stranger], file));
    await assert.rejects(decryptToText(stranger, file));
  }
  await assert.rejects(encryptReply("x", []), TypeError);
});

test("decryptStream opens a multi-chunk file written by the server", async () => {
  const identity = await generateIdentity("pq");
  const plain = randomBytes(3 * 64 * 1024 + 12_345);
  const file = await encryptBytes([await toRecipient(identity)], plain);

  // Deliver it in uneven pieces, as a network would.
  let at = 0;
  const src = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= file.length) return c.close();
      const n = 1 + Math.floor(Math.random() * 50_000);
      c.enqueue(new Uint8Array(file.subarray(at, at + n)));
      at += n;
    },
  });
  // With the server's own payload digest, which the app recomputes as the pieces arrive.
  const out = await decryptStream(identity, src, payloadSha256(file));
  assert.equal(out.size(file.length), plain.length);
  const parts = await readAll(out);
  assert.ok(parts.length > 1, "more than one chunk came out");
  assert.deepEqual(Buffer.concat(parts), plain);
});

test("decryptStream errors on a truncated or altered file", async () => {
  const identity = await generateIdentity("classic");
  const plain = randomBytes(2 * 64 * 1024 + 7);
  const file = await encryptBytes([await toRecipient(identity)], plain);
  const drain = async (bytes: Uint8Array, sha256: string | null): Promise<void> => {
    const src = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes);
        c.close();
      },
    });
    await readAll(await decryptStream(identity, src, sha256));
  };
  // Checked against the manifest's digest or not (an older submission), damage is caught.
  for (const sha256 of [payloadSha256(file), null]) {
    await assert.rejects(drain(file.subarray(0, file.length - 100), sha256));
    const altered = new Uint8Array(file);
    altered[altered.length - 5] = (altered[altered.length - 5] ?? 0) ^ 1;
    await assert.rejects(drain(altered, sha256));
  }
});

/** A stream of `bytes` in pieces of the given sizes (the last one repeats). */
function piecewise(bytes: Uint8Array, sizes: readonly number[]): ReadableStream<Uint8Array> {
  let at = 0;
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= bytes.length) return c.close();
      const n = sizes[Math.min(i++, sizes.length - 1)] ?? 1;
      c.enqueue(new Uint8Array(bytes.subarray(at, at + n)));
      at += n;
    },
  });
}

/** Reads until the end or an error; returns the bytes read and the error. */
async function drainAll(
  stream: ReadableStream<Uint8Array>,
): Promise<{ bytes: number; error: unknown }> {
  const reader = stream.getReader();
  let bytes = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.length;
  } catch (error) {
    return { bytes, error };
  }
  return { bytes, error: null };
}

test("the attack in the app: a blob swapped for another age file for the same key is refused", async () => {
  const identity = await generateIdentity("pq");
  const recipient = await toRecipient(identity);
  for (const n of [5, 3 * 64 * 1024 + 1]) {
    const real = await encryptBytes([recipient], randomBytes(n));
    const forged = await encryptBytes([recipient], Buffer.alloc(n, "EVIL"));
    // Without the check (an older submission) the forged file opens whole.
    assert.equal(
      (await drainAll(await decryptStream(identity, piecewise(forged, [9_999]), null))).bytes,
      n,
    );
    // A small file may end before decryptStream resolves: then it is decryptStream that fails.
    const { bytes, error } = await decryptStream(
      identity,
      piecewise(forged, [9_999]),
      payloadSha256(real),
    ).then(drainAll, (e: unknown) => ({ bytes: 0, error: e }));
    assert.ok(error instanceof PayloadMismatchError, `${n} bytes: ${String(error)}`);
    assert.ok(bytes < n, `the stream ended early: ${bytes} of ${n} bytes came out`);
  }
});

test("the app finds the payload however the header is split, and through a grant", async () => {
  const identity = await generateIdentity("pq");
  const plain = randomBytes(70_000);
  const file = await encryptBytes([await toRecipient(identity)], plain);
  const member = await generateIdentity("pq");
  const granted = await grantTo(file, [identity], await toRecipient(member));
  const sha256 = payloadSha256(file);
  const header = file.indexOf("\n--- ") + 49;
  const cuts: Record<string, number[]> = {
    "one byte at a time": [1],
    "split inside the MAC line": [header - 20, 10, 10, 1_000],
    "split right after the header": [header, 100_000],
    "split inside the mark": [file.indexOf("\n--- ") + 2, 100_000],
    whole: [file.length],
  };
  for (const [label, sizes] of Object.entries(cuts)) {
    for (const [who, bytes] of [
      [identity, file],
      [member, granted],
    ] as const) {
      const out = await decryptStream(who, piecewise(bytes, sizes), sha256);
      const parts = await readAll(out);
      assert.deepEqual(Buffer.concat(parts), plain, label);
    }
  }
});

test("the app refuses a malformed digest, and a stream with no header end", async () => {
  const identity = await generateIdentity("classic");
  const file = await encryptBytes([await toRecipient(identity)], Buffer.from("x"));
  for (const bad of ["", "A".repeat(64), "a".repeat(63), "z".repeat(64)]) {
    await assert.rejects(decryptStream(identity, piecewise(file, [1_000]), bad), TypeError);
  }
  const noHeader = new Uint8Array(200 * 1024).fill(0x41);
  const checked = piecewise(noHeader, [4_096]).pipeThrough(verifyPayload(payloadSha256(file)));
  const { error } = await drainAll(checked);
  assert.match(String(error), /age header too large/);
});

test("passphraseStrength refuses the weak and accepts a long random phrase", () => {
  for (const weak of [
    "password1234",
    "aaaaaaaaaaaa",
    "short",
    "Tr0ub4dor&3",
    "qwertyuiop12",
    "abcdefghijkl",
    "P@ssw0rd2024!",
    "abcabcabcabcabc",
    "iloveyouiloveyou",
  ]) {
    const s = passphraseStrength(weak);
    assert.equal(s.acceptable, false, weak);
    assert.ok(s.score < 3, weak);
    assert.ok(s.reasons.length > 0, weak);
  }
  assert.equal(passphraseStrength("short").score, 0);
  assert.ok(passphraseStrength("short").reasons.includes("too_short"));
  assert.ok(passphraseStrength("password1234").reasons.includes("common"));
  assert.ok(passphraseStrength("aaaaaaaaaaaa").reasons.includes("repeats"));

  for (const strong of [
    "vivid-Quokka-88-lantern-Orbit",
    "mauve oyster tundra gravel fjord",
    randomBytes(18).toString("base64url"),
  ]) {
    const s = passphraseStrength(strong);
    assert.equal(s.acceptable, true, `${strong}: ${JSON.stringify(s)}`);
  }
  assert.equal(passphraseStrength("amber.heron.x9").acceptable, false);
  assert.ok(passphraseStrength("jdoe-mauve-oyster-tundra", ["jdoe"]).reasons.includes("personal"));
});
