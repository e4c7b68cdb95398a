/** The signing key and the signed statement: format, verification, tampering, the CLI's answers. */
import assert from "node:assert/strict";
import { createHash, generateKeyPairSync } from "node:crypto";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { generateOnionKey } from "../../src/crypto/index.ts";
import { PosternError } from "../../src/protocol/errors.ts";
import {
  createKeyFile,
  generateSigningKey,
  keyFingerprint,
  loadKeyFile,
} from "../../src/outreach/signing.ts";
import {
  formatStatement,
  parseStatement,
  recipientFingerprint,
  signStatement,
  verifyStatement,
  type Statement,
} from "../../src/outreach/statement.ts";
import { makeInstance, removeTempDirs, tempDir } from "./fixtures.ts";
import { runOutreach } from "./harness.ts";

const STATEMENT: Statement = {
  organization: "Демо «Newsroom» & Co <b>",
  onion: generateOnionKey().address,
  recipientKeys: [recipientFingerprint("age1pq1example"), recipientFingerprint("age1example")],
  date: "2025-03-09",
};

const keyDir = (): Promise<string> => tempDir("postern-sign-");

after(removeTempDirs);

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof PosternError, `a PosternError, not ${String(e)}`);
    assert.ok(!e.message.includes("\n"), "one line");
    return e.message;
  }
  assert.fail("expected an error");
}

describe("signing key", () => {
  test("is created 0600, never replaced, and loads back as the same key", async () => {
    const file = join(await keyDir(), "key.pem");
    const { publicKey } = await createKeyFile(file);
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    const before = await readFile(file);
    await assert.rejects(createKeyFile(file), /already exists; refusing to overwrite/);
    assert.deepEqual(await readFile(file), before, "the key file is untouched");
    assert.deepEqual((await loadKeyFile(file)).publicKey, publicKey);
  });

  test("refuses a key file of another type, or not a key", async () => {
    const file = join(await keyDir(), "key.pem");
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    await writeFile(file, privateKey.export({ format: "pem", type: "pkcs8" }));
    await assert.rejects(loadKeyFile(file), /not an ed25519 key/);
    await writeFile(file, "hello\n");
    await assert.rejects(loadKeyFile(file), /not a PEM private key/);
    await assert.rejects(loadKeyFile(join(file, "..", "missing.pem")), /cannot read/);
  });

  test("fingerprint: SHA-256 of the raw key in 16 groups of 4 hex digits", () => {
    const raw = Buffer.alloc(32, 7);
    const fp = keyFingerprint(raw);
    assert.match(fp, /^[0-9A-F]{4}( [0-9A-F]{4}){15}$/);
    assert.equal(
      fp.replaceAll(" ", ""),
      createHash("sha256").update(raw).digest("hex").toUpperCase(),
    );
    assert.throws(() => keyFingerprint(Buffer.alloc(31)), RangeError);
  });
});

describe("statement v1", () => {
  test("round-trips, one field per line, recipients sorted", () => {
    const text = formatStatement(STATEMENT);
    const lines = text.split("\n");
    assert.equal(lines[0], "postern-statement v1");
    assert.equal(lines[1], `organization: ${STATEMENT.organization}`);
    assert.equal(lines[2], `onion: ${STATEMENT.onion}`);
    assert.deepEqual(
      lines.filter((l) => l.startsWith("recipient-key: ")),
      [...STATEMENT.recipientKeys].sort().map((k) => `recipient-key: ${k}`),
    );
    assert.equal(lines.at(-2), "date: 2025-03-09");
    assert.equal(lines.at(-1), "", "ends with a line feed");
    const back = parseStatement(Buffer.from(text));
    assert.deepEqual(back, { ...STATEMENT, recipientKeys: [...STATEMENT.recipientKeys].sort() });
  });

  test("recipient fingerprint is sha256 of the age recipient string", () => {
    assert.equal(
      recipientFingerprint("age1abc"),
      `sha256:${createHash("sha256").update("age1abc").digest("hex")}`,
    );
  });

  test("refuses what cannot be written on one line", () => {
    for (const organization of [
      "a\nonion: x",
      "tab\there",
      "esc\u001b[31m",
      "line\u2028sep",
      " padded",
    ]) {
      assert.match(
        reason(() => formatStatement({ ...STATEMENT, organization })),
        /organization name/,
      );
    }
    assert.match(
      reason(() => formatStatement({ ...STATEMENT, onion: "example.onion" })),
      /v3 onion/,
    );
    assert.match(
      reason(() => formatStatement({ ...STATEMENT, date: "2025-02-30" })),
      /UTC day/,
    );
  });

  test("parsing is strict", () => {
    const good = formatStatement(STATEMENT);
    const cases: [string, RegExp][] = [
      [good.replace("postern-statement v1", "postern-statement v2"), /statement is v2, not v1/],
      [good.replace("postern-statement v1", "hello"), /not a Postern statement/],
      [good.slice(0, -1), /no final line feed/],
      [good.replace(/\n/g, "\r\n"), /not a Postern statement|carriage return/],
      [good.replace("organization:", "org:"), /expected "organization:"/],
      [good + "extra: 1\n", /lines after "date:"/],
      [good.replace(/recipient-key: [^\n]+\n/, ""), /./],
    ];
    for (const [text, re] of cases.slice(0, 6))
      assert.match(
        reason(() => parseStatement(Buffer.from(text))),
        re,
      );
    assert.doesNotThrow(
      () => parseStatement(Buffer.from(cases[6]![0])),
      "fewer recipients is fine",
    );
    const unsorted = good.replace(/(recipient-key: [^\n]+\n)(recipient-key: [^\n]+\n)/, "$2$1");
    assert.match(
      reason(() => parseStatement(Buffer.from(unsorted))),
      /not sorted/,
    );
    assert.match(
      reason(() => parseStatement(Buffer.from([0xff, 0xfe]))),
      /not UTF-8/,
    );
  });
});

describe("verify", () => {
  const key = generateSigningKey();
  const pub = key.publicKey.toString("base64");
  const text = formatStatement(STATEMENT);
  const bytes = Buffer.from(text);
  const sig = signStatement(key, text);

  test("accepts the statement with its signature and key", () => {
    assert.deepEqual(verifyStatement(bytes, sig, pub).onion, STATEMENT.onion);
  });

  test("rejects a one-byte change anywhere in the statement", () => {
    // Every byte position, flipped by one bit: never valid.
    for (let i = 0; i < bytes.length; i++) {
      const t = Buffer.from(bytes);
      t[i] = (t[i] ?? 0) ^ 0x01;
      assert.throws(() => verifyStatement(t, sig, pub), PosternError, `byte ${i}`);
    }
    const t = Buffer.from(bytes);
    const at = bytes.indexOf("onion: ") + 10;
    t[at] = (t[at] ?? 0) ^ 0x01;
    assert.match(
      reason(() => verifyStatement(t, sig, pub)),
      /^bad signature/,
    );
  });

  test("rejects a one-byte change of the signature", () => {
    const raw = Buffer.from(sig.trim(), "base64");
    for (const i of [0, 17, 31, 32, 63]) {
      const s = Buffer.from(raw);
      s[i] = (s[i] ?? 0) ^ 0x80;
      assert.match(
        reason(() => verifyStatement(bytes, s.toString("base64"), pub)),
        /^bad signature/,
      );
    }
  });

  test("rejects another key, and says why for malformed input", () => {
    const other = generateSigningKey().publicKey.toString("base64");
    assert.match(
      reason(() => verifyStatement(bytes, sig, other)),
      /^bad signature/,
    );
    assert.match(
      reason(() => verifyStatement(bytes, sig, Buffer.alloc(31).toString("base64"))),
      /wrong public key length.*32 bytes.*31/,
    );
    assert.match(
      reason(() => verifyStatement(bytes, sig, "not base64!")),
      /malformed public key/,
    );
    assert.match(
      reason(() => verifyStatement(bytes, Buffer.alloc(63).toString("base64"), pub)),
      /malformed signature.*64 bytes.*63/,
    );
    assert.match(
      reason(() => verifyStatement(bytes, "%%%%", pub)),
      /malformed signature: not base64/,
    );
    const v2 = Buffer.from(text.replace("v1", "v2"));
    assert.match(
      reason(() => verifyStatement(v2, signStatement(key, v2.toString()), pub)),
      /not v1/,
    );
  });

  test("CLI: outreach key, then verify exits 0 or 1 with one line", async () => {
    const inst = await makeInstance();
    const k = await runOutreach(["outreach", "key", "--data", inst.dir]);
    assert.equal(k.code, 0, k.stderr);
    const [b64, fpLine] = k.stdout.split("\n");
    assert.match(b64 ?? "", /^[A-Za-z0-9+/]{43}=$/);
    assert.equal(fpLine, `fingerprint: ${keyFingerprint(Buffer.from(b64 ?? "", "base64"))}`);
    assert.equal(b64, inst.publicKey, "the installed public key");
    const again = await runOutreach(["outreach", "key", "--data", inst.dir]);
    assert.equal(again.stdout, k.stdout, "the same key every time");

    const signer = await loadKeyFile(inst.keyFile ?? "");
    const work = await keyDir();
    const st = join(work, "statement.txt");
    const sg = join(work, "statement.sig");
    const pk = join(work, "key.txt");
    await writeFile(st, text);
    await writeFile(sg, signStatement(signer, text));
    await writeFile(pk, k.stdout + "\n");
    const ok = await runOutreach([
      "outreach",
      "verify",
      "--statement",
      st,
      "--signature",
      sg,
      "--public-key",
      b64,
    ]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^valid: /);
    assert.match(ok.stdout, new RegExp(`onion address: +${STATEMENT.onion}`));
    const viaFile = await runOutreach([
      "outreach",
      "verify",
      "--statement",
      st,
      "--signature",
      sg,
      "--public-key",
      pk,
    ]);
    assert.equal(viaFile.code, 0, viaFile.stderr);

    await writeFile(st, text.replace("2025", "2024"));
    const bad = await runOutreach([
      "outreach",
      "verify",
      "--statement",
      st,
      "--signature",
      sg,
      "--public-key",
      b64,
    ]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^bad signature/);
    const missing = await runOutreach(["outreach", "verify", "--statement", st, "--signature", sg]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--public-key is required/);
  });

  test("CLI: outreach key refuses a folder that is not an instance", async () => {
    const r = await runOutreach(["outreach", "key", "--data", await keyDir()]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /not a Postern data folder/);
  });
});
