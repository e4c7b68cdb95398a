/**
 * `postern outreach build` as a user runs it, one or two languages at a
 * time: the --lang filter, refusals with a clear reason that leave nothing
 * behind, a rebuild that replaces an earlier kit entirely, and an instance
 * that still holds its signing key (legacy): signed, with a warning.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { initOnions } from "../../src/tor/onion.ts";
import { parseAddressFlag, parseLocaleList } from "../../src/outreach/build.ts";
import { PosternError } from "../../src/protocol/errors.ts";
import { ffprobe, fixtureTexts, makeInstance, removeTempDirs } from "./fixtures.ts";
import { runOutreach } from "./harness.ts";

after(removeTempDirs);

const build = (args: readonly string[]) =>
  runOutreach(["outreach", "build", ...args], { texts: fixtureTexts });

describe("outreach build: flags", () => {
  test("--lang parses known tags in any case, once each; anything else is refused by name", () => {
    assert.deepEqual(parseLocaleList("fa, ZH-hans,fa"), ["fa", "zh-Hans"]);
    assert.throws(
      () => parseLocaleList("en,xx"),
      /unknown language "xx" in --lang; the kit speaks en, zh-Hans/,
    );
    assert.throws(() => parseLocaleList(" , "), /at least one language/);
  });

  test("--address takes a v3 onion with or without http:// and refuses others", () => {
    const v3 = "pg6mmjiyjmcrsslvykfwnntlaru7p5svn6y2ymmju6nubxndf4pscryd.onion";
    assert.equal(parseAddressFlag(`http://${v3.toUpperCase()}/`), v3);
    assert.equal(parseAddressFlag(v3.replace(".onion", "")), v3);
    for (const [bad, re] of [
      ["expyuzz4wqqyqhjn.onion", /v2 onion address/],
      ["example.com", /not a v3 onion address/],
      [v3.replace("pg6", "pg7"), /not a v3 onion address.*checksum/],
      ["", /not a v3 onion address/],
    ] as const) {
      assert.throws(
        () => parseAddressFlag(bad),
        (e: unknown) => e instanceof PosternError && e.code === "usage" && re.test(e.message),
        bad,
      );
    }
  });

  test("refusals name the problem, exit non-zero and write nothing", async () => {
    const inst = await makeInstance();
    const out = join(inst.dir, "..", "kit");
    const badLang = await build([
      "--data",
      inst.dir,
      "--out",
      out,
      "--lang",
      "en,xx",
      "--address",
      inst.address,
    ]);
    assert.equal(badLang.code, 2);
    assert.match(badLang.stderr, /unknown language "xx"/);
    const badAddress = await build([
      "--data",
      inst.dir,
      "--out",
      out,
      "--address",
      "example.onion",
    ]);
    assert.equal(badAddress.code, 2);
    assert.match(badAddress.stderr, /not a v3 onion address/);
    const noAddress = await build(["--data", inst.dir, "--out", out]);
    assert.equal(noAddress.code, 2);
    assert.match(noAddress.stderr, /no source onion address.*postern onion init.*--address/);
    const notInstance = await build(["--data", out, "--out", out, "--address", inst.address]);
    assert.equal(notInstance.code, 1);
    assert.match(notInstance.stderr, /not a Postern data folder/);
    assert.equal(existsSync(out), false);

    await mkdir(out);
    await writeFile(join(out, "notes.txt"), "mine");
    const occupied = await build([
      "--data",
      inst.dir,
      "--out",
      out,
      "--lang",
      "en",
      "--address",
      inst.address,
    ]);
    assert.equal(occupied.code, 2);
    assert.match(occupied.stderr, /not empty and holds no earlier kit/);
    assert.deepEqual(await readdir(out), ["notes.txt"], "the folder is untouched");
    assert.deepEqual(
      (await readdir(join(inst.dir, ".."))).filter((n) => n.includes("partial")),
      [],
      "no staging folder left behind",
    );
  });
});

describe("outreach build: --lang and rebuilds", () => {
  test("--lang fa builds only Persian (RTL) from the instance's own onion; a rebuild with --lang en replaces it", async () => {
    // An instance made before offline signing: its private key is in the data folder.
    const inst = await makeInstance("Demo Newsroom", "legacy");
    const { source } = await initOnions(inst.dir);
    const out = join(inst.dir, "..", "kit");
    const r = await build(["--data", inst.dir, "--out", out, "--lang", "fa"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /for 1 language\(s\) \(fa\) in \d+\.\d s/);
    // It still signs, and says the key must move off the server, and how.
    assert.match(r.stdout, /signed on this server \(statement\.txt, statement\.sig\)/);
    assert.match(r.stderr, /^warning: the outreach signing key's private half is on this server/);
    assert.match(r.stderr, /outreach key --new --key-file FILE/);
    assert.match(r.stderr, /--set PUBLIC_KEY .*delete .*outreach-signing-key\.pem/);
    const verified = await runOutreach([
      "outreach",
      "verify",
      "--statement",
      join(out, "statement.txt"),
      "--signature",
      join(out, "statement.sig"),
      "--public-key",
      inst.publicKey ?? "",
    ]);
    assert.equal(verified.code, 0, verified.stderr);
    assert.deepEqual((await readdir(out)).sort(), [
      "fa",
      "qr.png",
      "qr.svg",
      "statement.sig",
      "statement.txt",
    ]);
    const html = await readFile(join(out, "fa", "index.html"), "utf8");
    assert.match(html, /<html lang="fa" dir="rtl">/);
    assert.ok(html.includes(`http://${source}/`));
    assert.ok((await readFile(join(out, "statement.txt"), "utf8")).includes(`onion: ${source}\n`));
    const v = await ffprobe(join(out, "fa", "video-vertical.mp4"));
    assert.deepEqual([v.codec, v.width, v.height], ["h264", 1080, 1920]);

    const again = await build(["--data", inst.dir, "--out", out, "--lang", "en"]);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual((await readdir(out)).sort(), [
      "en",
      "qr.png",
      "qr.svg",
      "statement.sig",
      "statement.txt",
    ]);
  });
});
