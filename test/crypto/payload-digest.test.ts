/**
 * The payload digest (src/crypto/payload-digest.ts): SHA-256 over an age
 * file's payload, the bytes after the header. Checked against a digest
 * computed here from the spec alone, on files of every chunk shape; then
 * from the attacker's side (another age file for the same key, one byte
 * changed) and through a grant to a new recipient, which must keep it valid.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  CryptoError,
  createEncryptStream,
  DecryptStream,
  decryptBytes,
  generateIdentity,
  payloadSha256,
  stanzaTypes,
  frameHeader,
} from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { grantTo } from "../helpers/grant.ts";

const identity = await generateIdentity("pq");
const recipient = await toRecipient(identity);

/** c2sp.org/age: the header ends with `"--- " 43base64char LF`; the payload follows. */
function specDigest(file: Buffer): string {
  const end = file.indexOf("\n--- ") + 1 + 4 + 43 + 1;
  assert.equal(file[end - 1], 0x0a);
  return createHash("sha256").update(file.subarray(end)).digest("hex");
}

/** Encrypts `plain`, written in pieces of `piece` bytes; returns the file and the stream's digest. */
async function encrypt(plain: Buffer, piece = 1 << 20): Promise<{ file: Buffer; sha256: string }> {
  const enc = await createEncryptStream([recipient]);
  assert.throws(() => enc.payloadSha256, /not finished/, "no digest before the end");
  const pieces: Buffer[] = [];
  for (let off = 0; off < plain.length; off += piece) pieces.push(plain.subarray(off, off + piece));
  const out: Buffer[] = [];
  await pipeline(Readable.from(pieces), enc, sink(out));
  return { file: Buffer.concat(out), sha256: enc.payloadSha256 };
}

function sink(out: Buffer[]): Writable {
  return new Writable({
    write(c: Buffer, _e, cb) {
      out.push(c);
      cb();
    },
  });
}

/** Decrypts `file` expecting `sha256`; returns what was emitted and the error, if any. */
async function decrypt(
  file: Buffer,
  sha256: string,
  ids: readonly string[] = [identity],
): Promise<{ plain: Buffer; error: unknown }> {
  const out: Buffer[] = [];
  let error: unknown = null;
  // Fed in odd pieces so the header, the nonce and the chunks straddle writes.
  const pieces: Buffer[] = [];
  for (let off = 0; off < file.length; off += 7_777) pieces.push(file.subarray(off, off + 7_777));
  try {
    await pipeline(
      Readable.from(pieces),
      new DecryptStream(ids, { payloadSha256: sha256 }),
      sink(out),
    );
  } catch (e) {
    error = e;
  }
  return { plain: Buffer.concat(out), error };
}

test("EncryptStream's digest is SHA-256 of the file minus its header, for every chunk shape", async () => {
  for (const n of [0, 1, 65_535, 65_536, 65_537, 3 * 65_536, 200_001]) {
    for (const piece of [1_000, 65_536, 1 << 20]) {
      const plain = randomBytes(n);
      const { file, sha256 } = await encrypt(plain, piece);
      assert.match(sha256, /^[0-9a-f]{64}$/);
      assert.equal(sha256, specDigest(file), `${n} bytes in pieces of ${piece}`);
      assert.equal(payloadSha256(file), sha256);
      const ok = await decrypt(file, sha256);
      assert.equal(ok.error, null, `${n} bytes: ${String(ok.error)}`);
      assert.ok(ok.plain.equals(plain));
    }
  }
});

test("the attack: another age file for the same key fails the digest, and its end is never emitted", async () => {
  for (const n of [10, 200_000]) {
    const real = await encrypt(randomBytes(n));
    const forged = await encrypt(Buffer.alloc(n, "A"));
    // The forged file is a perfectly valid age file for this identity.
    assert.equal((await decryptBytes([identity], forged.file)).length, n);
    const { plain, error } = await decrypt(forged.file, real.sha256);
    assert.ok(error instanceof CryptoError, String(error));
    assert.equal(error.code, "payload_digest_mismatch");
    // The last chunk is held back: the plaintext never comes out whole.
    assert.ok(plain.length < n, `${plain.length} of ${n} bytes emitted`);
  }
});

test("one payload byte changed: caught (by the AEAD, before the digest)", async () => {
  const plain = randomBytes(150_000);
  const { file, sha256 } = await encrypt(plain);
  for (const at of [file.length - 1, file.length - 70_000, file.indexOf("\n--- ") + 49 + 3]) {
    const bad = Buffer.from(file);
    bad[at]! ^= 0x01;
    const { error } = await decrypt(bad, sha256);
    assert.ok(error instanceof CryptoError, `byte ${at}: ${String(error)}`);
    assert.equal(error.code, "payload_corrupt", `byte ${at}`);
  }
});

test("a malformed expected digest is refused up front", () => {
  for (const bad of ["", "A".repeat(64), "a".repeat(63), "g".repeat(64), ` ${"a".repeat(64)}`]) {
    assert.throws(() => new DecryptStream([identity], { payloadSha256: bad }), TypeError);
  }
});

test("granting the file to a new recipient keeps the digest valid", async () => {
  const plain = randomBytes(100_000);
  const { file, sha256 } = await encrypt(plain);
  const member = await generateIdentity("pq");
  // The newcomer cannot open the original.
  await assert.rejects(decryptBytes([member], file), { code: "no_matching_identity" });

  const granted = await grantTo(file, [identity], await toRecipient(member));
  const header = frameHeader(granted)!.bytes;
  assert.deepEqual(stanzaTypes(header), ["mlkem768x25519", "mlkem768x25519"]);
  assert.ok(!granted.equals(file), "the header changed");
  assert.ok(granted.subarray(header.length).equals(file.subarray(frameHeader(file)!.bytes.length)));

  assert.equal(payloadSha256(granted), sha256);
  assert.equal(specDigest(granted), sha256);
  for (const who of [member, identity]) {
    const { plain: out, error } = await decrypt(granted, sha256, [who]);
    assert.equal(error, null, String(error));
    assert.ok(out.equals(plain));
  }
});
