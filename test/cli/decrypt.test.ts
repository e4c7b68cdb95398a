/**
 * `postern inbox pull` and `postern decrypt`, end to end through the CLI:
 * a real submission round trip (both key kinds, with the standard `age` CLI
 * for the classic one), then pulled folders forged by hand, as a malicious
 * server or anyone holding the public key could make them.
 *
 * The round trip, the hostile names and the terminal case run the real
 * `bin/postern.js`; the tables of forged folders run through `posternBatch`
 * (the same `main()`, one process for many cases) so the file stays fast.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  decryptBytes,
  encryptBytes,
  generateIdentity,
  type KeyKind,
} from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { startFixture } from "../helpers/instance.ts";
import { received, SourceClient } from "../helpers/source-client.ts";
import {
  ageDecrypt,
  assertOk,
  assertOneErrorLine,
  forgeSubmission,
  hexId,
  payloadDigest,
  postern,
  posternBatch,
  ROOT,
  TempDirs,
  walk,
  type Entry,
  type RunResult,
} from "./helpers.ts";

const tmp = new TempDirs();
after(() => tmp.cleanup());

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

async function keyFile(dir: string, identity: string): Promise<string> {
  const p = join(dir, "identity.txt");
  await writeFile(p, `# test identity\n${identity}\n`, { mode: 0o600 });
  return p;
}

async function newKey(kind: KeyKind): Promise<{ identity: string; recipient: string }> {
  const identity = await generateIdentity(kind);
  return { identity, recipient: await toRecipient(identity) };
}

/** The files directly in `dir` (there must be nothing else), by name. */
async function filesIn(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await walk(dir)) {
    assert.equal(e.kind, "file", `${e.path} in ${dir} should be a plain file`);
    assert.ok(!e.path.includes("/"), `${e.path} should sit directly in ${dir}`);
    out.set(e.path, await readFile(join(dir, e.path)));
  }
  return out;
}

function assertSafeName(n: string): void {
  const shown = JSON.stringify(n);
  assert.ok(!CONTROL.test(n), `${shown} holds a control character`);
  assert.ok(!INVISIBLE.test(n), `${shown} holds a bidi control`);
  assert.ok(!n.includes("/") && !n.includes("\\"), `${shown} holds a path separator`);
  assert.ok(!n.startsWith("."), `${shown} is hidden or a dot name`);
  assert.ok(n.length > 0, "empty name");
  assert.ok(Buffer.byteLength(n) <= 200, `${shown} is ${Buffer.byteLength(n)} bytes`);
  assert.ok(n.isWellFormed(), `${shown} is not well-formed Unicode`);
  assert.ok(!RESERVED.test(n), `${shown} is a reserved device name`);
}

/**
 * Everything `after` holds that `before` did not must be DEC/<id>/<file>
 * (plus the DEC and DEC/<id> folders), for ids in `ids`; and nothing in
 * `before` may have disappeared.
 */
function assertOnlyOutput(
  before: readonly Entry[],
  afterEntries: readonly Entry[],
  dec: string,
  ids: readonly string[],
): void {
  const had = new Set(before.map((e) => `${e.kind}:${e.path}`));
  const now = new Set(afterEntries.map((e) => `${e.kind}:${e.path}`));
  for (const e of had) assert.ok(now.has(e), `${e} disappeared`);
  const parts = dec.split("/");
  const allowedDirs = new Set<string>();
  for (let i = 1; i <= parts.length; i++) allowedDirs.add(parts.slice(0, i).join("/"));
  for (const id of ids) allowedDirs.add(`${dec}/${id}`);
  for (const e of afterEntries) {
    if (had.has(`${e.kind}:${e.path}`)) continue;
    if (e.kind === "dir" && allowedDirs.has(e.path)) continue;
    const slash = e.path.lastIndexOf("/");
    const parent = e.path.slice(0, slash);
    const ok =
      e.kind === "file" && ids.some((id) => parent === `${dec}/${id}`) && slash > dec.length;
    assert.ok(ok, `unexpected ${e.kind} ${JSON.stringify(e.path)} outside ${dec}/<id>/`);
  }
}

function stderrLines(r: RunResult): string[] {
  return r.stderr.split("\n").filter((l) => l !== "");
}

function warningsFor(r: RunResult, id: string): string[] {
  return stderrLines(r).filter((l) => l.startsWith(`postern: warning: ${id}`));
}

function encryptFor(recipient: string, text: string): Promise<Buffer> {
  return encryptBytes([recipient], Buffer.from(text));
}

/**
 * Cases that decrypt forged folders: each registers a setup that builds its
 * folders and returns the `postern` argv; `run()` (in a `before` hook) then
 * runs them all in one batch process.
 */
class Scenarios {
  readonly #setups: (() => Promise<string[]>)[] = [];
  #results: RunResult[] = [];

  add(setup: () => Promise<string[]>): () => RunResult {
    const i = this.#setups.push(setup) - 1;
    return () => {
      const r = this.#results[i];
      assert.ok(r, "the batch ran");
      return r;
    };
  }

  async run(): Promise<void> {
    const argvs: string[][] = [];
    for (const s of this.#setups) argvs.push(await s());
    this.#results = await posternBatch(argvs);
  }
}

// Independent parts run side by side: most of the time is spent starting `postern`.
describe("postern inbox pull and decrypt", { concurrency: 3 }, () => {
  // ---------------------------------------------------------------------------
  // 1. A real submission, through the web form, `inbox pull` and `decrypt`.

  const MESSAGE = "Hello from a source.\nSecond line: ünïcödé ✓ 東京 📎\n";

  function sourceFiles(): { name: string; data: Buffer }[] {
    return [
      { name: "notes.txt", data: Buffer.from("first line\nsecond line\n") },
      {
        name: "Überweisung – 東京 ✓ 📎.pdf".normalize("NFC"),
        data: Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(70_000)]),
      },
      { name: "big.bin", data: randomBytes(3 * 1024 * 1024 + 123) },
    ];
  }

  describe("round trip through the CLI", { concurrency: 2 }, () => {
    for (const kind of ["pq", "classic"] as const) {
      test(`${kind}: submit, inbox list --json, inbox pull (twice), decrypt`, async () => {
        const f = await startFixture(kind === "classic" ? { kind: "classic" } : {});
        try {
          const root = await tmp.make();
          const key = await keyFile(root, f.identity);
          const files = sourceFiles();
          const client = new SourceClient(f.url);
          await client.newSource();
          const page = await client.submit({ message: MESSAGE, files });
          assert.ok(received(page), `submission not received (status ${page.status})`);

          // inbox list --json, while the server holds the data folder open.
          const list = await postern(["inbox", "list", "--data", f.dir, "--json"]);
          assertOk(list);
          // One object per source (issue #3 contract), its submissions inside.
          const sources = JSON.parse(list.stdout) as {
            designation: string;
            channel: string;
            unread: number;
            submissions: number;
            entries: { id: string; files: number; channel: string; bytes: number }[];
          }[];
          assert.ok(Array.isArray(sources));
          assert.equal(sources.length, 1);
          const src = sources[0]!;
          assert.match(src.designation, /^[a-z]+ [a-z]+$/);
          assert.equal(src.channel, "default");
          assert.equal(src.unread, 1);
          assert.equal(src.submissions, 1);
          assert.equal(src.entries.length, 1);
          const entry = src.entries[0]!;
          assert.match(entry.id, /^[0-9a-f]{32}$/);
          assert.equal(entry.files, 3);
          assert.equal(entry.channel, "default");
          assert.ok(entry.bytes > 3 * 1024 * 1024, "ciphertext bytes include the big file");
          for (const x of [MESSAGE, ...files.map((x) => x.name)])
            assert.ok(!list.stdout.includes(x.trim()), "inbox list shows no plaintext");

          const pulled = join(root, "pulled");
          const pull = await postern(["inbox", "pull", "--data", f.dir, "--out", pulled]);
          assertOk(pull);
          assert.match(pull.stdout, /Pulled 1 submission\(s\) into .*; 0 already there\./);
          const subDir = join(pulled, entry.id);
          const meta = await readFile(join(subDir, "submission.json"), "utf8");
          for (const x of ["notes", "big.bin", "Überweisung", "Hello"])
            assert.ok(!meta.includes(x), `submission.json leaks "${x}"`);
          const pulledNames = (await readdir(subDir)).sort();
          assert.equal(pulledNames.length, 5, `pulled: ${pulledNames.join(", ")}`);
          assert.ok(
            pulledNames.includes("manifest.age") && pulledNames.includes("submission.json"),
          );
          for (const n of pulledNames)
            if (n !== "submission.json") assert.match(n, /^(manifest|[0-9a-f]{32})\.age$/);

          const again = await postern(["inbox", "pull", "--data", f.dir, "--out", pulled]);
          assertOk(again);
          assert.match(again.stdout, /Pulled 0 submission\(s\) into .*; 1 already there\./);

          const dec = join(root, "decrypted");
          const d = await postern(["decrypt", "--identity", key, "--in", pulled, "--out", dec]);
          assertOk(d);
          assert.match(d.stdout, /Decrypted 3 file\(s\) from 1 submission\(s\)/);
          assert.ok(!d.stdout.includes("AGE-SECRET-KEY"), "no secret key on stdout");
          assert.deepEqual((await readdir(dec)).sort(), [entry.id]);
          const out = await filesIn(join(dec, entry.id));
          assert.deepEqual(
            [...out.keys()].sort(),
            ["message.txt", ...files.map((x) => x.name)].sort(),
          );
          assert.equal(out.get("message.txt")!.toString("utf8"), MESSAGE);
          for (const x of files) assert.ok(out.get(x.name)!.equals(x.data), `${x.name} differs`);
          for (const n of out.keys()) {
            const mode = (await stat(join(dec, entry.id, n))).mode & 0o777;
            assert.equal(mode & 0o077, 0, `${n} is readable by others (mode ${mode.toString(8)})`);
          }

          // Each file is bound to the manifest: its entry holds SHA-256 of the blob minus its header.
          const bound = JSON.parse(
            (
              await decryptBytes([f.identity], await readFile(join(subDir, "manifest.age")))
            ).toString("utf8"),
          ) as { files: { blob: string; name: string; sha256?: unknown }[] };
          for (const mf of bound.files) {
            const blob = await readFile(join(subDir, `${mf.blob}.age`));
            assert.equal(mf.sha256, payloadDigest(blob), `${mf.name}: sha256`);
          }

          if (kind === "classic") {
            // Standard-format interop: Debian's age 1.1.1 opens every pulled blob.
            const manifest = JSON.parse(
              (await ageDecrypt(key, join(subDir, "manifest.age"))).toString("utf8"),
            ) as { v: number; message: string; files: { blob: string; name: string }[] };
            assert.equal(manifest.v, 1);
            assert.equal(manifest.message, MESSAGE);
            assert.deepEqual(
              manifest.files.map((x) => x.name).sort(),
              files.map((x) => x.name).sort(),
            );
            const blobFiles = pulledNames.filter((n) => /^[0-9a-f]{32}\.age$/.test(n));
            assert.deepEqual(manifest.files.map((x) => `${x.blob}.age`).sort(), blobFiles);
            for (const mf of manifest.files) {
              const plain = await ageDecrypt(key, join(subDir, `${mf.blob}.age`));
              const want = files.find((x) => x.name === mf.name)!;
              assert.ok(plain.equals(want.data), `age -d of ${mf.name} differs`);
            }
          }

          // The attack (issue #11): someone who can write the disk swaps a file's blob for
          // another age file made for the same public key. That file must not be written,
          // and the run must say so, naming the submission, not the file.
          // Same size as the real file, so the manifest's size check cannot tell them apart.
          const victim = bound.files.find((x) => x.name === "notes.txt")!;
          const real = files.find((x) => x.name === "notes.txt")!.data;
          const ATTACK = Buffer.alloc(real.length, "EVIL");
          await writeFile(
            join(subDir, `${victim.blob}.age`),
            await encryptBytes([await toRecipient(f.identity)], ATTACK),
          );
          const dec2 = join(root, "decrypted-after-swap");
          const d2 = await postern(["decrypt", "--identity", key, "--in", pulled, "--out", dec2]);
          assert.equal(d2.code, 1, d2.stderr);
          assert.match(d2.stdout, /Decrypted 2 file\(s\) from 1 submission\(s\)/);
          const warned = warningsFor(d2, entry.id);
          assert.equal(warned.length, 1, d2.stderr);
          assert.match(warned[0]!, /not the file its manifest names/);
          assert.ok(warned[0]!.includes(victim.blob), "the warning names the blob");
          assert.ok(!d2.stderr.includes("notes"), "never the file's name");
          assert.equal(stderrLines(d2).at(-1), "postern: 1 item(s) could not be decrypted");
          const out2 = await filesIn(join(dec2, entry.id));
          assert.deepEqual(
            [...out2.keys()].sort(),
            [
              "message.txt",
              ...files.filter((x) => x.name !== "notes.txt").map((x) => x.name),
            ].sort(),
          );
          for (const b of out2.values()) assert.ok(!b.equals(ATTACK), "the forged file is on disk");
        } finally {
          await f.close();
        }
      });
    }
  });

  // ---------------------------------------------------------------------------
  // 2. Hostile file names, through the real binary, twice into the same folder.

  describe("decrypt: hostile file names", async () => {
    const { identity, recipient } = await newKey("pq");
    const HOSTILE = [
      "../../escape.txt",
      "/etc/passwd",
      "a/b/c.txt",
      "..",
      ".",
      "",
      ".hidden",
      "..\\..\\win-escape.txt",
      "nul\u0000ctl\u0001\u0007\b\r\n\tesc\u001b[31mred\u001b]0;title\u0007\u009b2J\u007f.txt",
      "L".repeat(4000) + ".txt",
      "L".repeat(4000) + ".txt",
      "東".repeat(100) + ".txt",
      "message.txt",
      "x.txt",
      "x.txt",
      "CON.txt",
      "aux",
      "invoice\u202Etxt.exe",
      "\u2066isolate\u2069 \u200fmark.txt",
      "lone\uD800surrogate.txt",
      "  .. spaced ..  ",
      "e\u0301.txt",
    ];

    test("every output is a safe, unique file directly in DEC/<id>/; nothing overwritten or escaped", async () => {
      const root = await tmp.make();
      const key = await keyFile(root, identity);
      const inDir = join(root, "in");
      const files = HOSTILE.map((name, i) => ({
        name,
        data: Buffer.from(`content #${i} ${hexId()}`),
      }));
      const { id } = await forgeSubmission(inDir, recipient, {
        message: "the real message",
        files,
      });
      // Deep enough that "../../escape.txt" from DEC/<id>/ would still land inside root.
      const dec = join(root, "a", "b", "dec");
      const dest = join(dec, id);
      await mkdir(dest, { recursive: true });
      await writeFile(join(dest, "x.txt"), "pre-existing, keep me");
      const passwd = await stat("/etc/passwd");
      const before = await walk(root);

      const r = await postern(["decrypt", "--identity", key, "--in", inDir, "--out", dec]);
      assertOk(r);
      assert.match(r.stdout, new RegExp(`Decrypted ${files.length} file\\(s\\) from 1 submission`));

      assertOnlyOutput(before, await walk(root), "a/b/dec", [id]);
      const after1 = await filesIn(dest);
      assert.equal(after1.size, files.length + 2, [...after1.keys()].join(" | "));
      for (const n of after1.keys()) assertSafeName(n);
      assert.equal(after1.get("x.txt")!.toString(), "pre-existing, keep me");
      assert.equal(after1.get("message.txt")!.toString(), "the real message");
      assert.equal(after1.get("message (1).txt")!.toString(), files[12]!.data.toString());
      assert.equal(after1.get("x (1).txt")!.toString(), files[13]!.data.toString());
      assert.equal(after1.get("x (2).txt")!.toString(), files[14]!.data.toString());
      for (const x of files) {
        const hits = [...after1].filter(([, b]) => b.equals(x.data)).map(([n]) => n);
        assert.equal(hits.length, 1, `${JSON.stringify(x.name.slice(0, 40))} → ${hits.join(", ")}`);
      }
      const cjk = [...after1.keys()].find((n) => n.startsWith("東"));
      assert.ok(cjk?.endsWith(".txt"), `the extension survives truncation: ${String(cjk)}`);
      const longs = [...after1.keys()].filter((n) => n.startsWith("LLL"));
      assert.equal(longs.length, 2);
      for (const n of longs) assert.ok(n.endsWith(".txt"), n);
      const p2 = await stat("/etc/passwd");
      assert.equal(p2.mtimeMs, passwd.mtimeMs);
      assert.equal(p2.size, passwd.size);

      // Decrypting again adds numbered copies and changes none of the files already there.
      const r2 = await postern(["decrypt", "--identity", key, "--in", inDir, "--out", dec]);
      assertOk(r2);
      assertOnlyOutput(before, await walk(root), "a/b/dec", [id]);
      const after2 = await filesIn(dest);
      assert.equal(after2.size, 2 * (files.length + 1) + 1);
      for (const [n, b] of after1) assert.ok(after2.get(n)?.equals(b), `${n} was changed`);
      for (const n of after2.keys()) assertSafeName(n);
      for (const x of files) {
        const hits = [...after2].filter(([, b]) => b.equals(x.data));
        assert.equal(hits.length, 2, JSON.stringify(x.name.slice(0, 40)));
      }
    });
  });

  // ---------------------------------------------------------------------------
  // 3. Forged folders: each case builds its own, then one batch decrypts them all.

  describe("decrypt: forged pulled folders", () => {
    const batch = new Scenarios();
    before(() => batch.run());

    describe("the identity", () => {
      // One pulled submission that the identities below do not open.
      const pulledWith = async (): Promise<{ identity: string; pulled: string }> => {
        const root = await tmp.make();
        const real = await newKey("pq");
        const pulled = join(root, "pulled");
        await forgeSubmission(pulled, real.recipient, {
          message: "secret",
          files: [{ name: "a.txt", data: Buffer.from("aaa") }],
        });
        return { identity: real.identity, pulled };
      };
      const shared = pulledWith();

      for (const kind of ["pq", "classic"] as const) {
        let dir = "";
        const run = batch.add(async () => {
          dir = await tmp.make();
          const key = await keyFile(dir, (await newKey(kind)).identity);
          return [
            "decrypt",
            "--identity",
            key,
            "--in",
            (await shared).pulled,
            "--out",
            join(dir, "dec"),
          ];
        });
        test(`a ${kind} identity that is not the recipient: one line, non-zero, nothing written`, async () => {
          assertOneErrorLine(
            run(),
            /^postern: this identity opens none of the 1 pulled submission/,
          );
          const left = (await walk(dir)).filter((e) => e.kind !== "dir").map((e) => e.path);
          assert.deepEqual(left, ["identity.txt"]);
        });
      }

      const bogus = batch.add(async () => {
        const dir = await tmp.make();
        const file = join(dir, "bogus.txt");
        await writeFile(file, "THIS-IS-NOT-A-KEY-BUT-COULD-BE-SECRET\n");
        return ["decrypt", "-i", file, "--in", (await shared).pulled, "--out", join(dir, "d")];
      });
      test("a file that holds no identity: one line, and it is not echoed", () => {
        assertOneErrorLine(bogus(), /not an age identity/);
        assert.ok(!bogus().stderr.includes("THIS-IS-NOT"), "the file's content is not echoed");
      });

      const empty = batch.add(async () => {
        const dir = await tmp.make();
        const key = await keyFile(dir, (await shared).identity);
        return ["decrypt", "-i", key, "--in", dir, "--out", join(dir, "d")];
      });
      test("an --in folder without pulled submissions: one line", () => {
        assertOneErrorLine(empty(), /no pulled submissions/);
      });
    });

    describe("manifests", () => {
      const blob = hexId();
      const file = { blob, name: "a.txt", type: "text/plain", size: 3 };
      const m = (files: unknown, extra: object = {}): string =>
        JSON.stringify({ v: 1, message: "m", files, ...extra });
      const manifests: Record<string, string> = {
        "not JSON": "this is { not JSON",
        "JSON null": "null",
        "JSON array": "[]",
        "wrong version": m([file], { v: 2 }),
        "message not a string": m([file], { message: 5 }),
        "files not an array": m({ 0: file }),
        "file entry null": m([null]),
        "name not a string": m([{ ...file, name: 7 }]),
        "negative size": m([{ ...file, size: -1 }]),
        "fractional size": m([{ ...file, size: 1.5 }]),
        "size as a string": m([{ ...file, size: "3" }]),
        "blob ../../x": m([{ ...file, blob: "../../x" }]),
        "blob /etc/passwd": m([{ ...file, blob: "/etc/passwd" }]),
        "blob upper-case hex": m([{ ...file, blob: blob.toUpperCase() }]),
        "blob 31 hex": m([{ ...file, blob: "a".repeat(31) }]),
        "blob with a NUL": m([{ ...file, blob: blob.slice(0, 31) + "\u0000" }]),
        "sha256 null": m([{ ...file, sha256: null }]),
        "sha256 upper-case hex": m([{ ...file, sha256: "AB".repeat(32) }]),
        "sha256 63 hex": m([{ ...file, sha256: "a".repeat(63) }]),
        "sha256 65 hex": m([{ ...file, sha256: "a".repeat(65) }]),
        "sha256 as a number": m([{ ...file, sha256: 1 }]),
        "sha256 with a newline": m([{ ...file, sha256: "a".repeat(64) + "\n" }]),
        "sha256 as base64": m([{ ...file, sha256: Buffer.alloc(32, 7).toString("base64") }]),
        "control bytes": "\u0000\u0001",
        "10,000-character name": m([
          { ...file, name: "N".repeat(10_000) + ".txt" },
          { ...file, blob: hexId(), name: "ok.txt" },
        ]),
      };

      let root = "";
      let dec = "";
      let good = "";
      let before: Entry[] = [];
      const bad = new Map<string, string>();
      const run = batch.add(async () => {
        root = await tmp.make();
        const { identity, recipient } = await newKey("classic");
        const key = await keyFile(root, identity);
        const inDir = join(root, "pulled");
        good = (
          await forgeSubmission(inDir, recipient, {
            message: "fine",
            files: [{ name: "fine.txt", data: Buffer.from("fine") }],
          })
        ).id;
        for (const [label, text] of Object.entries(manifests)) {
          const s = await forgeSubmission(inDir, recipient, { manifest: text });
          // Real blobs where a traversal would look for them, so a missing check would show.
          await writeFile(join(s.dir, `${blob}.age`), await encryptFor(recipient, "abc"));
          bad.set(s.id, label);
        }
        await writeFile(join(root, "x.age"), await encryptFor(recipient, "abc")); // ../../x.age
        dec = join(root, "out", "dec");
        before = await walk(root);
        return ["decrypt", "--identity", key, "--in", inDir, "--out", dec];
      });

      test("each bad manifest skips its submission with a warning and a non-zero exit", () => {
        const r = run();
        assert.equal(r.code, 1, "a skipped submission makes the exit non-zero");
        for (const [id, label] of bad)
          assert.equal(warningsFor(r, id).length, 1, `${label}: no warning in ${r.stderr}`);
        assert.ok(
          stderrLines(r).every((l) => l.startsWith("postern: ") && l.length < 400),
          r.stderr,
        );
        assert.equal(stderrLines(r).at(-1), `postern: ${bad.size} item(s) could not be decrypted`);
      });

      test("nothing is written for them, nor outside; the good submission is decrypted", async () => {
        assertOnlyOutput(before, await walk(root), "out/dec", [good]);
        assert.deepEqual(await readdir(dec), [good]);
        const out = await filesIn(join(dec, good));
        assert.deepEqual([...out.keys()].sort(), ["fine.txt", "message.txt"]);
        assert.equal(out.get("fine.txt")?.toString(), "fine");
      });

      let loneRoot = "";
      let loneBefore: Entry[] = [];
      const lone = batch.add(async () => {
        loneRoot = await tmp.make();
        const { identity, recipient } = await newKey("classic");
        const key = await keyFile(loneRoot, identity);
        const inDir = join(loneRoot, "pulled");
        await forgeSubmission(inDir, recipient, { manifest: manifests["not JSON"] });
        loneBefore = await walk(loneRoot);
        return ["decrypt", "-i", key, "--in", inDir, "--out", join(loneRoot, "dec")];
      });
      test("when no submission opens at all, one line says why", async () => {
        assertOneErrorLine(
          lone(),
          /^postern: nothing in .* could be decrypted: .*manifest is not JSON/,
        );
        assertOnlyOutput(loneBefore, await walk(loneRoot), "dec", []);
      });

      let metaRoot = "";
      let metaGood = "";
      let metaBefore: Entry[] = [];
      const metas = [
        "{ not json",
        "null",
        "42",
        JSON.stringify({ id: "../../evil" }),
        JSON.stringify({ id: 42 }),
      ];
      const metaRun = batch.add(async () => {
        metaRoot = await tmp.make();
        const { identity, recipient } = await newKey("classic");
        const key = await keyFile(metaRoot, identity);
        const inDir = join(metaRoot, "pulled");
        metaGood = (
          await forgeSubmission(inDir, recipient, {
            files: [{ name: "fine.txt", data: Buffer.from("fine") }],
          })
        ).id;
        for (const meta of metas) {
          const s = await forgeSubmission(inDir, recipient, {
            files: [{ name: "evil.txt", data: Buffer.from("evil") }],
          });
          await writeFile(join(s.dir, "submission.json"), meta);
        }
        metaBefore = await walk(metaRoot);
        return ["decrypt", "--identity", key, "--in", inDir, "--out", join(metaRoot, "dec")];
      });
      test("a bad submission.json (not JSON, null, bad ids) is skipped; the others are decrypted", async () => {
        const r = metaRun();
        assert.equal(r.code, 1);
        const warnings = stderrLines(r).filter((l) => l.startsWith("postern: warning: "));
        assert.equal(warnings.length, metas.length, r.stderr);
        for (const w of warnings) assert.match(w, /submission\.json has no valid id, skipped$/);
        assertOnlyOutput(metaBefore, await walk(metaRoot), "dec", [metaGood]);
        const out = await filesIn(join(metaRoot, "dec", metaGood));
        assert.equal(out.get("fine.txt")?.toString(), "fine");
      });
    });

    describe("damaged blobs and lying sizes", () => {
      type Damage = (ct: Buffer) => Buffer | null;
      const flip =
        (at: (n: number) => number): Damage =>
        (ct) => {
          const c = Buffer.from(ct);
          const i = at(c.length);
          c[i] = c[i]! ^ 0x01;
          return c;
        };
      const damages: Record<string, Damage> = {
        "one byte flipped mid-payload": flip((n) => Math.floor(n / 2)),
        "one byte flipped in the last chunk": flip((n) => n - 5),
        "one byte flipped in the header": flip(() => 40),
        "truncated by one chunk": (ct) => ct.subarray(0, ct.length - 70_000),
        "trailing garbage": (ct) => Buffer.concat([ct, randomBytes(100)]),
        "missing blob file": () => null,
      };

      let root = "";
      let before: Entry[] = [];
      const victims = new Map<string, string>();
      const run = batch.add(async () => {
        root = await tmp.make();
        const { identity, recipient } = await newKey("pq");
        const key = await keyFile(root, identity);
        const inDir = join(root, "pulled");
        for (const [label, damage] of Object.entries(damages)) {
          const s = await forgeSubmission(inDir, recipient, {
            message: "msg",
            files: [
              { name: "victim.bin", data: randomBytes(1024 * 1024 + 7) },
              { name: "ok.txt", data: Buffer.from("ok") },
            ],
          });
          const p = join(s.dir, `${s.blobs[0]!}.age`);
          const damaged = damage(await readFile(p));
          if (damaged === null) await unlink(p);
          else await writeFile(p, damaged);
          victims.set(s.id, label);
        }
        before = await walk(root);
        return ["decrypt", "--identity", key, "--in", inDir, "--out", join(root, "dec")];
      });

      test("a tampered or missing blob: warning, non-zero exit", () => {
        const r = run();
        assert.equal(r.code, 1);
        for (const [id, label] of victims)
          assert.equal(warningsFor(r, id).length, 1, `${label}: ${r.stderr}`);
        assert.equal(
          stderrLines(r).at(-1),
          `postern: ${victims.size} item(s) could not be decrypted`,
        );
      });

      test("…and no file with its name, no partial file; the rest of the submission is there", async () => {
        assertOnlyOutput(before, await walk(root), "dec", [...victims.keys()]);
        for (const [id, label] of victims) {
          const out = await filesIn(join(root, "dec", id));
          assert.deepEqual([...out.keys()].sort(), ["message.txt", "ok.txt"], label);
          assert.equal(out.get("ok.txt")?.toString(), "ok");
          assert.equal(out.get("message.txt")?.toString(), "msg");
        }
      });

      let sRoot = "";
      let sBefore: Entry[] = [];
      const liars = new Map<string, string>();
      const sizes = batch.add(async () => {
        sRoot = await tmp.make();
        const { identity, recipient } = await newKey("pq");
        const key = await keyFile(sRoot, identity);
        const inDir = join(sRoot, "pulled");
        const data = Buffer.from("twelve bytes");
        const cases = { smaller: data.length - 1, larger: data.length + 1, zero: 0, huge: 2 ** 40 };
        for (const [label, size] of Object.entries(cases)) {
          const s = await forgeSubmission(inDir, recipient, {
            files: [
              { name: "liar.txt", data, size },
              { name: "ok.txt", data: Buffer.from("ok") },
            ],
          });
          liars.set(s.id, label);
        }
        sBefore = await walk(sRoot);
        return ["decrypt", "--identity", key, "--in", inDir, "--out", join(sRoot, "dec")];
      });

      test("a manifest size that differs from the plaintext: warning, non-zero, no file", async () => {
        const r = sizes();
        assert.equal(r.code, 1);
        assertOnlyOutput(sBefore, await walk(sRoot), "dec", [...liars.keys()]);
        for (const [id, label] of liars) {
          const w = warningsFor(r, id);
          assert.equal(w.length, 1, `${label}: ${r.stderr}`);
          assert.match(w[0]!, /size \d+ differs from the manifest's \d+/, label);
          const out = await filesIn(join(sRoot, "dec", id));
          assert.deepEqual([...out.keys()].sort(), ["message.txt", "ok.txt"], label);
        }
      });
    });

    describe("files bound to their manifest (issue #11)", () => {
      // Each swap leaves valid age files for the right key in place: only the
      // manifest's digest can tell them from the real ones.
      let root = "";
      let before: Entry[] = [];
      const swapped = new Map<string, { label: string; blobs: string[]; kept: string[] }>();
      const run = batch.add(async () => {
        root = await tmp.make();
        const { identity, recipient } = await newKey("pq");
        const key = await keyFile(root, identity);
        const inDir = join(root, "pulled");
        // Files of one size, so the manifest's size check cannot tell a swap.
        const SIZE = 200_000;
        const make = () =>
          forgeSubmission(inDir, recipient, {
            message: "msg",
            files: [
              { name: "a.bin", data: randomBytes(SIZE) },
              { name: "b.bin", data: randomBytes(SIZE) },
              { name: "ok.txt", data: Buffer.from("ok") },
            ],
          });
        const blobPath = (s: { dir: string; blobs: string[] }, i: number) =>
          join(s.dir, `${s.blobs[i]!}.age`);

        const fresh = await make();
        await writeFile(
          blobPath(fresh, 0),
          await encryptBytes([recipient], Buffer.alloc(SIZE, "forged")),
        );
        swapped.set(fresh.id, {
          label: "one blob replaced by a new age file",
          blobs: [fresh.blobs[0]!],
          kept: ["b.bin", "ok.txt"],
        });

        const crossed = await make();
        const [a, b] = [await readFile(blobPath(crossed, 0)), await readFile(blobPath(crossed, 1))];
        await writeFile(blobPath(crossed, 0), b);
        await writeFile(blobPath(crossed, 1), a);
        swapped.set(crossed.id, {
          label: "two blobs of one submission exchanged",
          blobs: [crossed.blobs[0]!, crossed.blobs[1]!],
          kept: ["ok.txt"],
        });

        const other = await make();
        await writeFile(blobPath(other, 1), await readFile(blobPath(fresh, 1)));
        swapped.set(other.id, {
          label: "a blob taken from another submission",
          blobs: [other.blobs[1]!],
          kept: ["a.bin", "ok.txt"],
        });

        before = await walk(root);
        return ["decrypt", "--identity", key, "--in", inDir, "--out", join(root, "dec")];
      });

      test("a swapped blob is not written; a warning names the submission; exit non-zero", async () => {
        const r = run();
        assert.equal(r.code, 1, r.stderr);
        let failures = 0;
        for (const [id, { label, blobs, kept }] of swapped) {
          const w = warningsFor(r, id);
          assert.equal(w.length, blobs.length, `${label}: ${r.stderr}`);
          for (const blob of blobs) {
            assert.ok(
              w.some((l) => l.includes(blob) && /not the file its manifest names/.test(l)),
              `${label}: ${r.stderr}`,
            );
          }
          failures += blobs.length;
          const out = await filesIn(join(root, "dec", id));
          assert.deepEqual([...out.keys()].sort(), ["message.txt", ...kept].sort(), label);
        }
        for (const n of ["a.bin", "b.bin", "ok.txt"]) assert.ok(!r.stderr.includes(n));
        assert.equal(stderrLines(r).at(-1), `postern: ${failures} item(s) could not be decrypted`);
        assertOnlyOutput(before, await walk(root), "dec", [...swapped.keys()]);
      });

      let legacyRoot = "";
      let legacy = { id: "", blobs: [] as string[] };
      const legacyRun = batch.add(async () => {
        legacyRoot = await tmp.make();
        const { identity, recipient } = await newKey("classic");
        const key = await keyFile(legacyRoot, identity);
        const inDir = join(legacyRoot, "pulled");
        legacy = await forgeSubmission(inDir, recipient, {
          message: "older",
          files: [
            { name: "old.txt", data: Buffer.from("old"), legacy: true },
            { name: "new.txt", data: Buffer.from("new") },
          ],
        });
        return ["decrypt", "--identity", key, "--in", inDir, "--out", join(legacyRoot, "dec")];
      });

      test("an older manifest without sha256 still decrypts, with a warning for that file", async () => {
        const r = legacyRun();
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(stderrLines(r), [
          `postern: warning: ${legacy.id}: file ${legacy.blobs[0]!} is not bound to its manifest (older submission)`,
        ]);
        const out = await filesIn(join(legacyRoot, "dec", legacy.id));
        assert.equal(out.get("old.txt")?.toString(), "old");
        assert.equal(out.get("new.txt")?.toString(), "new");
      });
    });
  });

  // ---------------------------------------------------------------------------
  // 4. The progress bar, on a real terminal.

  describe("decrypt on a terminal", async () => {
    const { identity, recipient } = await newKey("classic");
    test("file names from a manifest never reach the terminal raw", async () => {
      const root = await tmp.make();
      const key = await keyFile(root, identity);
      const inDir = join(root, "pulled");
      // A lying size over 8 MiB turns the progress bar on, which shows the file's name.
      await forgeSubmission(inDir, recipient, {
        files: [
          {
            name: "a\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil.txt",
            data: Buffer.from("x"),
            size: 9 * 1024 * 1024,
          },
        ],
      });
      const cmd = [
        JSON.stringify(process.execPath),
        "bin/postern.js decrypt -i",
        key,
        "--in",
        inDir,
        "--out",
        join(root, "dec"),
      ].join(" ");
      // `script` runs the command on a pseudo-terminal, as a recipient would.
      const r = await new Promise<{ out: string }>((resolve) => {
        execFile("script", ["-q", "-e", "-c", cmd, "/dev/null"], { cwd: ROOT }, (_e, stdout) =>
          resolve({ out: stdout }),
        );
      });
      assert.match(r.out, /size/, `the run should reach the file: ${JSON.stringify(r.out)}`);
      assert.ok(
        !r.out.includes("pwned\u0007"),
        `raw name on the terminal: ${JSON.stringify(r.out)}`,
      );
      assert.ok(!r.out.includes("\u001b]"), "no OSC sequence");
      assert.ok(!r.out.includes("\u001b[2J"), "no clear-screen sequence");
      assert.ok(!r.out.includes("\u009b"), "no C1 CSI");
      assert.ok(!r.out.includes("\u202e"), "no bidi override");
    });
  });
});
