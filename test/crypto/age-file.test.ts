import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import fc from "fast-check";
import {
  CryptoError,
  createEncryptStream,
  decryptBytes,
  encryptBytes,
  DecryptStream,
  generateIdentity,
  payloadSize,
  MAX_HEADER_BYTES,
} from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";

const pqId = await generateIdentity("pq");
const pqRcpt = await toRecipient(pqId);
const clId = await generateIdentity("classic");
const clRcpt = await toRecipient(clId);

test("identities have the expected shapes", () => {
  assert.match(pqId, /^AGE-SECRET-KEY-PQ-1[0-9A-Z]+$/);
  assert.match(pqRcpt, /^age1pq1[0-9a-z]+$/);
  assert.match(clId, /^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
  assert.match(clRcpt, /^age1[0-9a-z]{58}$/);
});

test("round trip at chunk boundaries, both kinds", async () => {
  const sizes = [0, 1, 65535, 65536, 65537, 131072, 131073, 300000];
  for (const [id, rcpt] of [
    [pqId, pqRcpt],
    [clId, clRcpt],
  ] as const) {
    for (const n of sizes) {
      const plain = randomBytes(n);
      const file = await encryptBytes([rcpt], plain);
      const headerEnd = file.indexOf("\n--- ") + 49;
      assert.equal(file.length - headerEnd, payloadSize(n), `size for ${n}`);
      assert.deepEqual(await decryptBytes([id], file), plain);
    }
  }
});

test("property: any plaintext split into any chunks round-trips", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uint8Array({ maxLength: 200_000 }),
      fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 8 }),
      async (plain, cuts) => {
        const enc = await createEncryptStream([clRcpt]);
        const pieces: Buffer[] = [];
        let off = 0;
        for (let i = 0; off < plain.length; i++) {
          const n = cuts[i % cuts.length]!;
          pieces.push(Buffer.from(plain.subarray(off, off + n)));
          off += n;
        }
        const out: Buffer[] = [];
        await pipeline(
          Readable.from(pieces),
          enc,
          new DecryptStream([clId]),
          new Writable({
            write(c: Buffer, _e, cb) {
              out.push(c);
              cb();
            },
          }),
        );
        assert.deepEqual(Buffer.concat(out), Buffer.from(plain));
      },
    ),
    { numRuns: 40 },
  );
});

test("several recipients each decrypt; the wrong identity gets no_matching_identity", async () => {
  const pq2 = await generateIdentity("pq");
  const file = await encryptBytes([pqRcpt, await toRecipient(pq2)], Buffer.from("hello"));
  assert.equal((await decryptBytes([pqId], file)).toString(), "hello");
  assert.equal((await decryptBytes([pq2], file)).toString(), "hello");
  await assert.rejects(decryptBytes([clId], file), { code: "no_matching_identity" });
});

test("mixing post-quantum and classic recipients is refused", async () => {
  await assert.rejects(createEncryptStream([pqRcpt, clRcpt]), { code: "recipient_kind_mixed" });
});

test("tampering, truncation and trailing data are rejected", async () => {
  const plain = randomBytes(200_000);
  const file = await encryptBytes([clRcpt], plain);
  const flipped = Buffer.from(file);
  flipped[flipped.length - 100]! ^= 1;
  await assert.rejects(decryptBytes([clId], flipped), { code: "payload_corrupt" });
  await assert.rejects(decryptBytes([clId], file.subarray(0, file.length - 1)), CryptoError);
  // Cut exactly at a chunk boundary: no final chunk.
  const headerEnd = file.indexOf("\n--- ") + 49 + 16;
  await assert.rejects(decryptBytes([clId], file.subarray(0, headerEnd + 65552)), {
    code: "payload_truncated",
  });
  await assert.rejects(decryptBytes([clId], Buffer.concat([file, Buffer.from("x")])), CryptoError);
  const headerFlip = Buffer.from(file);
  headerFlip[30]! ^= 1;
  await assert.rejects(decryptBytes([clId], headerFlip), CryptoError);
});

test("hostile headers are bounded: huge, many stanzas, long lines, not age", async () => {
  const stanza = "-> X25519 " + "A".repeat(43) + "\n" + "A".repeat(43) + "\n";
  const many = Buffer.from(
    "age-encryption.org/v1\n" + stanza.repeat(100) + "--- " + "A".repeat(43) + "\n",
  );
  await assert.rejects(decryptBytes([clId], many), { code: "header_too_many_stanzas" });
  const longLine = Buffer.from("age-encryption.org/v1\n-> " + "A".repeat(10_000) + "\n");
  await assert.rejects(decryptBytes([clId], longLine), { code: "header_line_too_long" });
  const endless = Buffer.from(
    "age-encryption.org/v1\n" + ("-> a\n" + "A".repeat(64) + "\n").repeat(3000),
  );
  assert.ok(endless.length > MAX_HEADER_BYTES);
  await assert.rejects(decryptBytes([clId], endless), CryptoError);
  await assert.rejects(decryptBytes([clId], Buffer.from("PK\x03\x04 zip file")), {
    code: "header_malformed",
  });
  await assert.rejects(decryptBytes([clId], Buffer.from("-----BEGIN AGE ENCRYPTED FILE-----\n")), {
    code: "armor_rejected",
  });
  await assert.rejects(decryptBytes([clId], Buffer.alloc(0)), CryptoError);
});

function ageAvailable(): boolean {
  try {
    execFileSync("age", ["--version"]);
    return true;
  } catch {
    return false;
  }
}

test(
  "interop with the age CLI, both directions",
  { skip: ageAvailable() ? false : "age not installed" },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "postern-age-"));
    try {
      const idFile = join(dir, "key.txt");
      writeFileSync(idFile, `# test key\n${clId}\n`);
      const plain = randomBytes(1_000_003);
      // Ours → age -d
      writeFileSync(join(dir, "ours.age"), await encryptBytes([clRcpt], plain));
      const viaAge = execFileSync("age", ["-d", "-i", idFile, join(dir, "ours.age")], {
        maxBuffer: 1 << 26,
      });
      assert.deepEqual(viaAge, plain);
      // age -e → ours
      writeFileSync(join(dir, "plain.bin"), plain);
      execFileSync("age", [
        "-e",
        "-r",
        clRcpt,
        "-o",
        join(dir, "theirs.age"),
        join(dir, "plain.bin"),
      ]);
      assert.deepEqual(await decryptBytes([clId], readFileSync(join(dir, "theirs.age"))), plain);
      // Empty file both ways.
      writeFileSync(join(dir, "empty.age"), await encryptBytes([clRcpt], new Uint8Array(0)));
      assert.equal(execFileSync("age", ["-d", "-i", idFile, join(dir, "empty.age")]).length, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
