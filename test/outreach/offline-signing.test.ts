/**
 * The outreach signing key lives offline (issue #11): the server holds the
 * public key only, so whoever takes the server cannot sign a statement that
 * names their own onion address. Made offline with `outreach key --new`,
 * installed with `--set`, used by `outreach sign`; `outreach verify` accepts
 * what it signs. Instances that still hold the legacy private key keep
 * working, with a warning that tells how to move it off.
 *
 * One kit build (one locale) at the end: the rest needs no Chromium.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { generateOnionKey } from "../../src/crypto/index.ts";
import { formatUnsignedMarker, parseUnsignedMarker } from "../../src/outreach/offline-signing.ts";
import {
  createKeyFile,
  generateSigningKey,
  installedKey,
  keyFingerprint,
  loadKeyFile,
  publicKeyPath,
  signingKeyPath,
} from "../../src/outreach/signing.ts";
import {
  formatStatement,
  recipientFingerprint,
  verifyStatement,
} from "../../src/outreach/statement.ts";
import { posternBatch, walk, type RunResult } from "../cli/helpers.ts";
import { fixtureTexts, makeInstance, removeTempDirs, tempDir } from "./fixtures.ts";
import { runOutreach } from "./harness.ts";

after(removeTempDirs);

/** Files under `dir` whose bytes hold a PEM private key header. */
async function privateKeysIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const e of await walk(dir)) {
    if (e.kind !== "file") continue;
    if ((await readFile(join(dir, e.path))).includes("PRIVATE KEY")) found.push(e.path);
  }
  return found;
}

/** The i-th result of a batch run. */
function nth(results: readonly RunResult[], i: number): RunResult {
  const r = results[i];
  assert.ok(r, `run ${i}`);
  return r;
}

/** The two lines `outreach key` prints, parsed; asserts their shape. */
function printedKey(r: { readonly stdout: string }): { b64: string; fingerprint: string } {
  const [b64 = "", fp = ""] = r.stdout.trimEnd().split("\n");
  assert.match(b64, /^[A-Za-z0-9+/]{43}=$/);
  assert.equal(fp, `fingerprint: ${keyFingerprint(Buffer.from(b64, "base64"))}`);
  return { b64, fingerprint: fp.slice("fingerprint: ".length) };
}

function statementText(onion = generateOnionKey().address): string {
  return formatStatement({
    organization: "Demo Newsroom",
    onion,
    recipientKeys: [recipientFingerprint("age1pq1alice"), recipientFingerprint("age1pq1bob")],
    date: "2025-03-09",
  });
}

describe("outreach key on the offline machine", () => {
  test("--new --key-file makes a 0600 ed25519 key and prints its public key; never overwrites; needs no data folder", async () => {
    const dir = await tempDir();
    const file = join(dir, "outreach.pem");
    const made = await runOutreach(["outreach", "key", "--new", "--key-file", file]);
    assert.equal(made.code, 0, made.stderr);
    const { b64 } = printedKey(made);
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    assert.equal((await loadKeyFile(file)).publicKey.toString("base64"), b64);
    assert.match(made.stderr, /keep it on this offline machine/);
    assert.match(made.stderr, /postern outreach key --data DIR --set PUBLIC_KEY/);

    const before = await readFile(file);
    const again = await runOutreach(["outreach", "key", "--new", "--key-file", file]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists; refusing to overwrite a signing key/);
    assert.deepEqual(await readFile(file), before, "the key file is untouched");

    const shown = await runOutreach(["outreach", "key", "--key-file", file]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.equal(shown.stdout, made.stdout, "an existing key file prints the same public key");
  });

  test("refuses to make the key inside a Postern data folder", async () => {
    const inst = await makeInstance("Demo Newsroom", "none");
    const file = join(inst.dir, "outreach.pem");
    const r = await runOutreach(["outreach", "key", "--new", "--key-file", file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /is a Postern data folder: make the signing key on another machine/);
    assert.equal(existsSync(file), false);
  });

  test("flag combinations that make no sense are usage errors", async () => {
    const dir = await tempDir();
    const cases: [string[], RegExp][] = [
      [[], /--data DIR .* or --key-file FILE/],
      [["--data", dir, "--key-file", join(dir, "k")], /not both/],
      [["--new"], /--data DIR .* or --key-file FILE/],
      [["--data", dir, "--new"], /--new makes a key file: give --key-file/],
      [["--key-file", join(dir, "k"), "--set", "x"], /--set installs a public key: give --data/],
      [["--data", dir, "--replace"], /--replace goes with --set/],
    ];
    for (const [args, re] of cases) {
      const r = await runOutreach(["outreach", "key", ...args]);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, re, args.join(" "));
    }
    assert.deepEqual(await readdir(dir), [], "nothing written");
  });
});

describe("the server holds the public key only", () => {
  test("init makes no private key; key --set installs the public key; the data folder holds no private key", async () => {
    const root = await tempDir();
    const data = join(root, "data");
    const keyFile = join(root, "offline.pem");
    const stdoutFile = join(root, "printed.txt");
    const first = await posternBatch([
      ["init", "--data", data, "--org-name", "Demo Newsroom"],
      ["outreach", "key", "--data", data],
    ]);
    const init = nth(first, 0);
    const none = nth(first, 1);
    assert.equal(init.code, 0, init.stderr);
    assert.match(init.stdout, /outreach key --new --key-file FILE on an offline machine/);
    assert.equal(existsSync(signingKeyPath(data)), false, "no outreach-signing-key.pem");
    assert.equal(none.code, 1);
    assert.match(none.stderr, /no outreach signing key for .*outreach key --new --key-file/);
    assert.deepEqual(await privateKeysIn(data), [], "no private key after init and key --data");

    const key = await createKeyFile(keyFile);
    const b64 = key.publicKey.toString("base64");
    await writeFile(stdoutFile, `${b64}\nfingerprint: ${keyFingerprint(key.publicKey)}\n`);
    const other = generateSigningKey().publicKey.toString("base64");
    const rs = await posternBatch([
      ["outreach", "key", "--data", data, "--set", keyFile],
      ["outreach", "key", "--data", data, "--set", b64],
      ["outreach", "key", "--data", data, "--set", stdoutFile],
      ["outreach", "key", "--data", data],
      ["outreach", "key", "--data", data, "--set", other],
      ["outreach", "key", "--data", data, "--set", other, "--replace"],
    ]);
    const asPrivate = nth(rs, 0);
    const set = nth(rs, 1);
    const setAgainFromFile = nth(rs, 2);
    const shown = nth(rs, 3);
    const replaceRefused = nth(rs, 4);
    const replaced = nth(rs, 5);

    assert.equal(asPrivate.code, 1);
    assert.match(asPrivate.stderr, /holds a private key: give its public key instead/);
    assert.equal(set.code, 0, set.stderr);
    assert.equal(printedKey(set).b64, b64);
    assert.match(set.stderr, /installed the outreach public key/);
    assert.equal(setAgainFromFile.code, 0, setAgainFromFile.stderr);
    assert.match(setAgainFromFile.stderr, /installed already/, "the same key, from a file");
    assert.equal(shown.stdout, set.stdout, "key --data prints the installed key");
    assert.equal(shown.stderr, "", "no warning: no private key on the server");
    assert.equal(replaceRefused.code, 2);
    assert.match(replaceRefused.stderr, /another outreach public key is installed.*--replace/);
    assert.equal(replaced.code, 0, replaced.stderr);
    assert.equal(printedKey(replaced).b64, other);
    assert.match(replaced.stderr, /replaces the key with fingerprint/);
    assert.equal(await readFile(publicKeyPath(data), "utf8"), `${other}\n`, "one line, base64");
    assert.equal((await stat(publicKeyPath(data))).mode & 0o777, 0o600, "like every data file");

    assert.deepEqual(await privateKeysIn(data), [], "the data folder holds no private key");
    const k = await installedKey(data);
    assert.ok(k !== null && k.serverKey === null && k.privateKeyFile === null);
  });

  test("a malformed public key file is refused, naming the file", async () => {
    const inst = await makeInstance("Demo Newsroom", "none");
    for (const text of ["", "AAAA\n", `${"A".repeat(43)}=`, `${"A".repeat(43)}=\nextra\n`]) {
      await writeFile(publicKeyPath(inst.dir), text);
      await assert.rejects(
        installedKey(inst.dir),
        /outreach-signing-key\.pub/,
        JSON.stringify(text),
      );
    }
  });
});

describe("legacy: the private key in the data folder", () => {
  test("key --data prints its public key and warns how to move it off; after --set it is unused and still flagged", async () => {
    const inst = await makeInstance("Demo Newsroom", "legacy");
    const shown = await runOutreach(["outreach", "key", "--data", inst.dir]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.equal(printedKey(shown).b64, inst.publicKey, "derived from the .pem");
    assert.match(shown.stderr, /private half is on this server/);
    assert.match(shown.stderr, /postern outreach key --new --key-file FILE/);
    assert.match(shown.stderr, /--set PUBLIC_KEY .*delete .*outreach-signing-key\.pem/);

    const offline = await createKeyFile(join(await tempDir(), "offline.pem"));
    const set = await runOutreach([
      "outreach",
      "key",
      "--data",
      inst.dir,
      "--set",
      offline.publicKey.toString("base64"),
    ]);
    assert.equal(set.code, 0, set.stderr);
    assert.match(set.stderr, /private signing key is still on this server .*unused.*delete it/);
    const k = await installedKey(inst.dir);
    assert.ok(k !== null);
    assert.deepEqual(k.publicKey, offline.publicKey, "the installed public key wins");
    assert.equal(k.serverKey, null, "the .pem no longer signs");
    assert.equal(k.privateKeyFile, signingKeyPath(inst.dir));
  });
});

describe("outreach sign", () => {
  test("signs what verify accepts, after printing what it states; signing in place removes the marker", async () => {
    const dir = await tempDir();
    const keyFile = join(dir, "k.pem");
    const key = await createKeyFile(keyFile);
    const onion = generateOnionKey().address;
    const st = join(dir, "statement.txt");
    await writeFile(st, statementText(onion));
    await writeFile(join(dir, "statement.unsigned"), formatUnsignedMarker(key.publicKey));
    const r = await runOutreach(["outreach", "sign", "--key-file", keyFile, "--statement", st]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split("\n");
    assert.equal(
      lines[0],
      `Signing with the key with fingerprint ${keyFingerprint(key.publicKey)}:`,
    );
    assert.ok(lines.includes("  organization:   Demo Newsroom"));
    assert.ok(lines.includes(`  onion address:  ${onion}`), "the signer sees the address");
    assert.ok(lines.includes("  recipient keys: 2"));
    assert.ok(lines.includes("  date:           2025-03-09"));
    assert.ok(lines.includes("  (the kit was built for this key)"));
    assert.equal(existsSync(join(dir, "statement.unsigned")), false, "marker removed");
    const sig = await readFile(join(dir, "statement.sig"), "utf8");
    assert.equal(
      verifyStatement(await readFile(st), sig, key.publicKey.toString("base64")).onion,
      onion,
    );
    const v = await runOutreach([
      "outreach",
      "verify",
      "--statement",
      st,
      "--signature",
      join(dir, "statement.sig"),
      "--public-key",
      key.publicKey.toString("base64"),
    ]);
    assert.equal(v.code, 0, v.stderr);
  });

  test("--out writes elsewhere and keeps the marker; without a marker it says what to check", async () => {
    const dir = await tempDir();
    const keyFile = join(dir, "k.pem");
    const key = await createKeyFile(keyFile);
    const st = join(dir, "statement.txt");
    await writeFile(st, statementText());
    const out = join(dir, "elsewhere.sig");
    const bare = await runOutreach([
      "outreach",
      "sign",
      "--key-file",
      keyFile,
      "--statement",
      st,
      "--out",
      out,
    ]);
    assert.equal(bare.code, 0, bare.stderr);
    assert.match(bare.stderr, /no statement\.unsigned beside .*fingerprint/);
    assert.ok(existsSync(out) && !existsSync(join(dir, "statement.sig")));
    await writeFile(join(dir, "statement.unsigned"), formatUnsignedMarker(key.publicKey));
    const again = await runOutreach([
      "outreach",
      "sign",
      "--key-file",
      keyFile,
      "--statement",
      st,
      "--out",
      out,
    ]);
    assert.equal(again.code, 0, again.stderr);
    assert.ok(existsSync(join(dir, "statement.unsigned")), "not the kit's statement.sig: kept");
  });

  test("refuses a statement that is not one, and writes no signature", async () => {
    const dir = await tempDir();
    const keyFile = join(dir, "k.pem");
    await createKeyFile(keyFile);
    const good = statementText();
    const st = join(dir, "statement.txt");
    const cases: [string | Buffer, RegExp][] = [
      ["hello\n", /not a Postern statement/],
      [good.replace("v1", "v2"), /not v1/],
      [good + "note: pay to bc1q…\n", /lines after "date:"/],
      [good.replace(/onion: [a-z2-7]{56}/, "onion: example"), /not a v3 onion address/],
      [good.replaceAll("\n", "\r\n"), /not a Postern statement/],
      [good.replace("date:", "note: x\r\ndate:"), /expected "date:"|carriage return/],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)]), /not a Postern/],
      [Buffer.from([0xff, 0xfe, 0x00]), /not UTF-8/],
      ["x".repeat(70_000), /larger than/],
    ];
    for (const [text, re] of cases) {
      await writeFile(st, text);
      const r = await runOutreach(["outreach", "sign", "--key-file", keyFile, "--statement", st]);
      assert.equal(r.code, 1, String(re));
      assert.match(r.stderr, re);
      assert.equal(r.stdout, "", "nothing printed as if it would be signed");
      assert.equal(existsSync(join(dir, "statement.sig")), false, String(re));
    }
    const notKey = join(dir, "not-a-key.pem");
    await writeFile(notKey, "hello\n");
    await writeFile(st, good);
    const r = await runOutreach(["outreach", "sign", "--key-file", notKey, "--statement", st]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /not a PEM private key/);
    assert.deepEqual((await readdir(dir)).sort(), ["k.pem", "not-a-key.pem", "statement.txt"]);
  });

  test("refuses a key other than the one the kit names, and a malformed marker", async () => {
    const dir = await tempDir();
    const keyFile = join(dir, "k.pem");
    await createKeyFile(keyFile);
    const expected = generateSigningKey().publicKey;
    const st = join(dir, "statement.txt");
    await writeFile(st, statementText());
    const marker = join(dir, "statement.unsigned");
    await writeFile(marker, formatUnsignedMarker(expected));
    const wrong = await runOutreach(["outreach", "sign", "--key-file", keyFile, "--statement", st]);
    assert.equal(wrong.code, 1);
    assert.match(
      wrong.stderr,
      new RegExp(
        `refusing to sign: the kit was built for the key with fingerprint ${keyFingerprint(expected)}`,
      ),
    );
    assert.equal(existsSync(join(dir, "statement.sig")), false);
    const lie = keyFingerprint(generateSigningKey().publicKey);
    await writeFile(marker, formatUnsignedMarker(expected).replace(keyFingerprint(expected), lie));
    const bad = await runOutreach(["outreach", "sign", "--key-file", keyFile, "--statement", st]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /malformed statement\.unsigned/);
    assert.equal(existsSync(join(dir, "statement.sig")), false);
  });

  test("the marker round-trips and is read strictly", () => {
    const k = generateSigningKey().publicKey;
    const text = formatUnsignedMarker(k);
    assert.deepEqual(parseUnsignedMarker(Buffer.from(text)), k);
    for (const bad of [text + "more\n", text.slice(0, -1), text.replace("v1", "v2"), ""])
      assert.throws(() => parseUnsignedMarker(Buffer.from(bad)), /malformed statement\.unsigned/);
  });
});

describe("outreach build with the public key only", () => {
  test("refuses an instance with no key at all, and writes nothing", async () => {
    const inst = await makeInstance("Demo Newsroom", "none");
    const out = join(inst.dir, "..", "kit");
    const r = await runOutreach(
      ["outreach", "build", "--data", inst.dir, "--out", out, "--address", inst.address],
      { texts: fixtureTexts },
    );
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no outreach signing key .*outreach key --new --key-file FILE.*--set/);
    assert.equal(existsSync(out), false);
    assert.deepEqual(await privateKeysIn(inst.dir), [], "and makes no key on the server");
  });

  test("an unsigned statement and the exact sign command; signed offline, it verifies, and the pages name that key", async () => {
    const inst = await makeInstance();
    const out = join(inst.dir, "..", "kit");
    const r = await runOutreach(
      [
        "outreach",
        "build",
        "--data",
        inst.dir,
        "--out",
        out,
        "--lang",
        "en",
        "--address",
        inst.address,
      ],
      { texts: fixtureTexts },
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "", "no warning: no private key on the server");
    assert.deepEqual((await readdir(out)).sort(), [
      "en",
      "qr.png",
      "qr.svg",
      "statement.txt",
      "statement.unsigned",
    ]);
    assert.match(r.stdout, /NOT signed yet/);
    const command = `postern outreach sign --key-file KEY_FILE --statement ${join(out, "statement.txt")}`;
    assert.ok(r.stdout.split("\n").includes(`  ${command}`), r.stdout);
    assert.deepEqual(await privateKeysIn(inst.dir), []);
    assert.deepEqual(await privateKeysIn(out), []);

    const pub = inst.publicKey ?? "";
    const fp = keyFingerprint(Buffer.from(pub, "base64"));
    const html = await readFile(join(out, "en", "index.html"), "utf8");
    assert.ok(html.includes(fp), "the guide page shows the installed key's fingerprint");
    assert.ok(html.includes(`ed25519: ${pub}`), "and the key itself");
    assert.match(r.stdout, new RegExp(`Signing key: ${fp}`));

    // On the offline machine: first the wrong key, then the right one.
    const stranger = join(await tempDir(), "stranger.pem");
    await createKeyFile(stranger);
    const args = command.split(" ").slice(3);
    const refused = await runOutreach([
      "outreach",
      "sign",
      ...args.map((a) => (a === "KEY_FILE" ? stranger : a)),
    ]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, new RegExp(`built for the key with fingerprint ${fp}`));
    assert.equal(existsSync(join(out, "statement.sig")), false);

    const signed = await runOutreach([
      "outreach",
      "sign",
      ...args.map((a) => (a === "KEY_FILE" ? (inst.keyFile ?? "") : a)),
    ]);
    assert.equal(signed.code, 0, signed.stderr);
    assert.match(signed.stdout, new RegExp(`onion address: +${inst.address}`));
    assert.deepEqual((await readdir(out)).sort(), [
      "en",
      "qr.png",
      "qr.svg",
      "statement.sig",
      "statement.txt",
    ]);
    const v = await runOutreach([
      "outreach",
      "verify",
      "--statement",
      join(out, "statement.txt"),
      "--signature",
      join(out, "statement.sig"),
      "--public-key",
      pub,
    ]);
    assert.equal(v.code, 0, v.stderr);
    assert.match(v.stdout, new RegExp(`^valid: signed by the key with fingerprint ${fp}`));
    assert.match(v.stdout, /recipient keys: 2/);
  });
});
