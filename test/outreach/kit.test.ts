/**
 * The whole kit, all twelve languages, built once through the CLI command
 * (with the fixture texts): the file layout, image sizes, videos as ffprobe
 * sees them, subtitles, guide pages, and the statement, signed offline with
 * `outreach sign` (the server holds the public key only). This build is
 * also the timing check: its duration is printed, not asserted.
 */
import assert from "node:assert/strict";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { LOCALES } from "../../src/i18n/index.ts";
import { pngSize } from "../../src/outreach/png.ts";
import { recipientFingerprint } from "../../src/outreach/statement.ts";
import {
  ffprobe,
  fixtureTexts,
  makeInstance,
  parseSrt,
  removeTempDirs,
  TEMPLATES,
  type TestInstance,
} from "./fixtures.ts";
import { runOutreach } from "./harness.ts";

const ORG = 'Demo "News" <Room> & Co';

async function walk(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p, root)));
    else out.push(relative(root, p));
  }
  return out.sort();
}

/** CPU seconds of this process and of its children that ended (Chromium, ffmpeg), from /proc. */
function cpuSeconds(): number {
  const f = readFileSync("/proc/self/stat", "utf8");
  const x = f
    .slice(f.lastIndexOf(")") + 2)
    .split(" ")
    .map(Number);
  return ((x[11] ?? 0) + (x[12] ?? 0) + (x[13] ?? 0) + (x[14] ?? 0)) / 100;
}

after(removeTempDirs);

describe("outreach kit, twelve languages", () => {
  let inst: TestInstance;
  let out: string;
  let buildStdout = "";

  before(async () => {
    inst = await makeInstance(ORG);
    out = join(inst.dir, "..", "kit");
    const started = Date.now();
    const cpu = cpuSeconds();
    const r = await runOutreach(
      [
        "outreach",
        "build",
        "--data",
        inst.dir,
        "--out",
        out,
        "--address",
        `http://${inst.address}/`,
      ],
      { texts: fixtureTexts },
    );
    const wall = (Date.now() - started) / 1000;
    assert.equal(r.code, 0, r.stderr);
    buildStdout = r.stdout;
    // The server holds the public key only: the statement is signed offline.
    const signed = await runOutreach([
      "outreach",
      "sign",
      "--key-file",
      inst.keyFile ?? "",
      "--statement",
      join(out, "statement.txt"),
    ]);
    assert.equal(signed.code, 0, signed.stderr);
    const used = cpuSeconds() - cpu;
    // A timing report, not an assertion: the budget is under 120 s on two cores.
    console.log(
      `# outreach build, ${LOCALES.length} locales: ${wall.toFixed(1)} s wall (${used.toFixed(1)} s CPU with Chromium and ffmpeg)`,
    );
  });

  test("exactly the contracted layout", async () => {
    const expected = [
      "qr.png",
      "qr.svg",
      "statement.sig",
      "statement.txt",
      ...LOCALES.flatMap((l) =>
        [
          "feed.png",
          "index.html",
          "story.png",
          "video-horizontal.mp4",
          "video-vertical.mp4",
          "video.srt",
        ].map((f) => `${l.tag}/${f}`),
      ),
    ].sort();
    assert.deepEqual(await walk(out), expected);
    assert.match(buildStdout, /for 12 language\(s\)/);
    assert.match(buildStdout, /NOT signed yet/);
  });

  test("images have their exact sizes", async () => {
    for (const { tag } of LOCALES) {
      assert.deepEqual(
        pngSize(await readFile(join(out, tag, "feed.png"))),
        { width: 1080, height: 1350 },
        tag,
      );
      assert.deepEqual(
        pngSize(await readFile(join(out, tag, "story.png"))),
        { width: 1080, height: 1920 },
        tag,
      );
    }
    const qr = pngSize(await readFile(join(out, "qr.png")));
    assert.equal(qr.width, qr.height);
    const svg = await readFile(join(out, "qr.svg"), "utf8");
    assert.match(
      svg,
      /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/,
    );
  });

  test("videos: H.264, exact sizes, 30–60 s; subtitles parse and end within the video", async () => {
    for (const { tag } of LOCALES) {
      const v = await ffprobe(join(out, tag, "video-vertical.mp4"));
      const h = await ffprobe(join(out, tag, "video-horizontal.mp4"));
      assert.deepEqual([v.codec, v.width, v.height], ["h264", 1080, 1920], tag);
      assert.deepEqual([h.codec, h.width, h.height], ["h264", 1920, 1080], tag);
      for (const d of [v.duration, h.duration]) assert.ok(d >= 30 && d <= 60, `${tag}: ${d} s`);
      const cues = parseSrt(await readFile(join(out, tag, "video.srt"), "utf8"));
      assert.equal(cues.length, 9, `${tag}: title, five steps, address, verify, outro`);
      const last = cues.at(-1)!;
      assert.ok(
        last.end <= Math.min(v.duration, h.duration) + 1e-6,
        `${tag}: last cue ends within the video`,
      );
      assert.ok(last.end >= 30, `${tag}: the subtitles span the video`);
      const texts = TEMPLATES[tag]!;
      assert.ok(cues[1]!.text.includes(texts["kit.step1"]), `${tag}: step 1 is subtitled`);
      assert.ok(cues[6]!.text.includes(inst.address), `${tag}: the address is subtitled`);
      assert.ok(
        !/[\u2066-\u2069]/.test(cues.map((c) => c.text).join("")),
        `${tag}: no bidi controls`,
      );
    }
  });

  test("guide pages: no script, no external resource, lang and dir, the org name escaped", async () => {
    for (const { tag, dir } of LOCALES) {
      const html = await readFile(join(out, tag, "index.html"), "utf8");
      assert.match(html, new RegExp(`<html lang="${tag}" dir="${dir}">`), tag);
      assert.doesNotMatch(html, /<script/i, tag);
      assert.doesNotMatch(html, /\son\w+=/i, `${tag}: no event handler attributes`);
      assert.doesNotMatch(html, /<(link|img|iframe|object|embed|video|audio|source)\b/i, tag);
      assert.doesNotMatch(html, /url\(/i, `${tag}: no CSS url()`);
      const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
      for (const u of urls) {
        assert.ok(
          u === `http://${inst.address}/` || u === "https://www.torproject.org/download/",
          `${tag}: unexpected URL ${u}`,
        );
      }
      assert.ok(urls.includes(`http://${inst.address}/`), `${tag}: links the onion`);
      assert.ok(html.includes("&lt;Room") && html.includes("&amp; Co"), `${tag}: org name escaped`);
      assert.ok(!html.includes("<Room"), `${tag}: org name never raw`);
      assert.match(html, /@page/);
      assert.match(html, /class="card"/);
      assert.match(html, /\.\.\/statement\.txt/);
    }
  });

  test("the statement verifies with the instance's key, which the pages name; a changed byte does not", async () => {
    const statement = await readFile(join(out, "statement.txt"), "utf8");
    assert.match(statement, /^postern-statement v1\n/);
    assert.ok(statement.includes(`organization: ${ORG}\n`));
    assert.ok(statement.includes(`onion: ${inst.address}\n`));
    for (const r of inst.recipients)
      assert.ok(statement.includes(`recipient-key: ${recipientFingerprint(r)}\n`));
    const key = await runOutreach(["outreach", "key", "--data", inst.dir]);
    const pub = key.stdout.split("\n")[0]!;
    const fp = key.stdout.split("\n")[1]!.replace("fingerprint: ", "");
    assert.equal(pub, inst.publicKey, "the key whose private half signed offline");
    const args = [
      "--statement",
      join(out, "statement.txt"),
      "--signature",
      join(out, "statement.sig"),
      "--public-key",
      pub,
    ];
    const ok = await runOutreach(["outreach", "verify", ...args]);
    assert.equal(ok.code, 0, ok.stderr);
    for (const { tag } of LOCALES) {
      const html = await readFile(join(out, tag, "index.html"), "utf8");
      assert.ok(html.includes(fp), `${tag}: the guide shows the key fingerprint`);
      assert.ok(html.includes(`ed25519: ${pub}`), `${tag}: and the key`);
    }
    const tampered = join(out, "..", "tampered.txt");
    await writeFile(
      tampered,
      statement.replace(
        "postern-statement v1\norganization: D",
        "postern-statement v1\norganization: E",
      ),
    );
    const bad = await runOutreach([
      "outreach",
      "verify",
      ...args.slice(0, 0),
      "--statement",
      tampered,
      ...args.slice(2),
    ]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^bad signature/);
  });
});
