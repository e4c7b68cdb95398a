// The CCTV age test vectors (npm `cctv-age`) through our framing, typage's
// header checks and our node:crypto STREAM. Scrypt (passphrase) files are
// out of scope: Postern never uses passphrase recipients.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { inflateSync } from "node:zlib";
import * as cctv from "cctv-age";
import { CryptoError, decryptBytes, dearmor } from "../../src/crypto/index.ts";

interface Vector {
  name: string;
  expect: string;
  payload?: string;
  identities: string[];
  passphrase: boolean;
  armored: boolean;
  body: Uint8Array;
}

function load(): Vector[] {
  const out: Vector[] = [];
  for (const [name, raw] of Object.entries(cctv as Record<string, Uint8Array>)) {
    if (!(raw instanceof Uint8Array)) continue;
    const b = Buffer.from(raw);
    const split = b.indexOf("\n\n");
    const meta = b.subarray(0, split).toString("utf8").split("\n");
    const v: Vector = {
      name,
      expect: "",
      identities: [],
      passphrase: false,
      armored: false,
      body: b.subarray(split + 2),
    };
    let compressed = false;
    for (const line of meta) {
      const i = line.indexOf(": ");
      const key = line.slice(0, i);
      const value = line.slice(i + 2);
      if (key === "expect") v.expect = value;
      else if (key === "payload") v.payload = value;
      else if (key === "identity") v.identities.push(value);
      else if (key === "passphrase") v.passphrase = true;
      else if (key === "armored") v.armored = value === "yes";
      else if (key === "compressed") compressed = true;
    }
    if (compressed) v.body = inflateSync(v.body);
    out.push(v);
  }
  return out;
}

const vectors = load();

test("the CCTV corpus is present and large", () => {
  assert.ok(vectors.length > 100, `only ${vectors.length} vectors`);
});

for (const v of vectors) {
  if (v.passphrase || v.identities.length === 0) continue;
  test(`cctv ${v.name}: ${v.expect}`, async () => {
    let file = v.body;
    if (v.armored) {
      try {
        file = dearmor(file);
      } catch (e) {
        assert.equal(v.expect, "armor failure", `armor rejected: ${String(e)}`);
        return;
      }
    }
    if (v.expect === "success") {
      const plain = await decryptBytes(v.identities, file, 1 << 30);
      assert.equal(createHash("sha256").update(plain).digest("hex"), v.payload);
      return;
    }
    await assert.rejects(decryptBytes(v.identities, file, 1 << 30), (e: unknown) => {
      assert.ok(e instanceof CryptoError, `expected CryptoError, got ${String(e)}`);
      if (v.expect === "no match") assert.equal(e.code, "no_matching_identity");
      if (v.expect === "payload failure") assert.match(e.code, /^payload_/);
      if (v.expect === "HMAC failure") assert.equal(e.code, "header_mac_mismatch");
      return true;
    });
  });
}
