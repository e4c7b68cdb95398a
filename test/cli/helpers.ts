/** Helpers for the CLI tests: run `bin/postern.js` as a user would, temp folders, tree walks. */
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { encryptBytes } from "../../src/crypto/index.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "postern.js");
const BATCH = join(ROOT, "test", "cli", "batch.ts");

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node ARGS` in a child process (cwd = repository root) and collects its output. */
function runNode(args: readonly string[], timeoutMs: number): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.NODE_TEST_CONTEXT;
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}

/** Runs `postern ARGS` as a user would: `node bin/postern.js ARGS`. */
export function postern(args: readonly string[], timeoutMs = 60_000): Promise<RunResult> {
  return runNode([BIN, ...args], timeoutMs);
}

/**
 * Runs `postern` once per argv list, in order, in one process (see batch.ts):
 * the same `main()` as bin/postern.js, for the many small cases where the
 * start-up of a process per case would dominate the suite's run time.
 */
export async function posternBatch(runs: readonly (readonly string[])[]): Promise<RunResult[]> {
  const dir = await mkdtemp(join(tmpdir(), "postern-batch-"));
  try {
    const runsFile = join(dir, "runs.json");
    const resultsFile = join(dir, "results.json");
    await writeFile(runsFile, JSON.stringify(runs));
    const r = await runNode(["--import", "tsx", BATCH, runsFile, resultsFile], 120_000);
    assert.equal(r.code, 0, `batch failed (${String(r.code ?? r.signal)}): ${r.stderr}`);
    assert.equal(r.stdout + r.stderr, "", "nothing escaped the per-run capture");
    const results = JSON.parse(await readFile(resultsFile, "utf8")) as {
      code: number;
      stdout: string;
      stderr: string;
    }[];
    assert.equal(results.length, runs.length);
    return results.map((x) => ({ ...x, signal: null }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the real `age` CLI (Debian's /usr/bin/age) and returns its stdout as bytes. */
export function ageDecrypt(identityFile: string, file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      "age",
      ["-d", "-i", identityFile, file],
      { encoding: "buffer", maxBuffer: 64 * 1024 * 1024 },
      (e, stdout, stderr) => {
        if (e) reject(new Error(`age -d ${file} failed: ${stderr.toString("utf8")}`));
        else resolve(stdout);
      },
    );
  });
}

/** The run failed (non-zero exit, no signal) with exactly one stderr line starting "postern: ". */
export function assertOneErrorLine(r: RunResult, mentions?: RegExp): string {
  assert.equal(r.signal, null, `killed by ${String(r.signal)}`);
  assert.notEqual(r.code, 0, `expected a non-zero exit; stdout: ${r.stdout}`);
  assert.ok(
    r.stderr.endsWith("\n"),
    `stderr should end with a newline: ${JSON.stringify(r.stderr)}`,
  );
  const lines = r.stderr.slice(0, -1).split("\n");
  assert.equal(lines.length, 1, `expected one stderr line, got: ${JSON.stringify(r.stderr)}`);
  const line = lines[0] ?? "";
  assert.ok(line.startsWith("postern: "), `stderr should start with "postern: ": ${line}`);
  if (mentions) assert.match(line, mentions);
  return line;
}

/** The run succeeded with nothing on stderr. */
export function assertOk(r: RunResult): void {
  assert.equal(
    r.code,
    0,
    `expected exit 0, got ${String(r.code)}; stderr: ${r.stderr}; stdout: ${r.stdout}`,
  );
  assert.equal(r.stderr, "", "nothing on stderr");
}

/** Temp folders under os.tmpdir(), removed by `cleanup()`. */
export class TempDirs {
  readonly #dirs: string[] = [];

  async make(prefix = "postern-cli-"): Promise<string> {
    const d = await mkdtemp(join(tmpdir(), prefix));
    this.#dirs.push(d);
    return d;
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.#dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  }
}

export interface Entry {
  /** Path relative to the walked root, with "/" separators. */
  readonly path: string;
  readonly kind: "file" | "dir" | "symlink" | "other";
}

/** Every entry under `root` (not following symlinks), sorted. */
export async function walk(root: string): Promise<Entry[]> {
  const out: Entry[] = [];
  async function visit(dir: string): Promise<void> {
    for (const n of await readdir(dir)) {
      const p = join(dir, n);
      const s = await lstat(p);
      const kind = s.isSymbolicLink()
        ? "symlink"
        : s.isDirectory()
          ? "dir"
          : s.isFile()
            ? "file"
            : "other";
      out.push({ path: relative(root, p).split("\\").join("/"), kind });
      if (kind === "dir") await visit(p);
    }
  }
  await visit(root);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface ForgedFile {
  readonly name: string;
  readonly data: Buffer;
  /** Defaults to a fresh random 32-hex id. */
  readonly blob?: string;
  /** Defaults to data.length. */
  readonly size?: number;
  /** Do not write the `<blob>.age` file. */
  readonly noBlobFile?: boolean;
  /** Leave `sha256` out of the manifest entry, as submissions made before it did. */
  readonly legacy?: boolean;
}

/**
 * SHA-256 (hex) of an age file's payload, found here from the spec alone
 * (c2sp.org/age: the header ends with `"--- " 43base64char LF`, and the payload
 * starts right after it), not with the code under test.
 */
export function payloadDigest(file: Buffer): string {
  const mac = file.indexOf("\n--- ");
  assert.ok(mac > 0, "an age header");
  const end = mac + 1 + 4 + 43 + 1;
  assert.equal(file[end - 1], 0x0a, "the MAC line ends the header");
  return createHash("sha256").update(file.subarray(end)).digest("hex");
}

/** 32 lowercase hex characters, as ids and blob ids are. */
export function hexId(): string {
  return randomBytes(16).toString("hex");
}

/**
 * Writes a pulled submission by hand, as a malicious server or forger could:
 * `inDir/<id>/` with submission.json, manifest.age (`manifest` is encrypted
 * as given, or built from `files` and `message`) and one `<blob>.age` per file.
 */
export async function forgeSubmission(
  inDir: string,
  recipient: string,
  opts: {
    readonly id?: string;
    readonly message?: string;
    readonly files?: readonly ForgedFile[];
    /** Raw manifest plaintext, replacing the one built from `files`. */
    readonly manifest?: string | Buffer;
  },
): Promise<{ id: string; dir: string; blobs: string[] }> {
  const id = opts.id ?? hexId();
  const dir = join(inDir, id);
  await mkdir(dir, { recursive: true });
  const blobs: string[] = [];
  const entries = [];
  for (const f of opts.files ?? []) {
    const blob = f.blob ?? hexId();
    blobs.push(blob);
    const sealed = await encryptBytes([recipient], f.data);
    if (f.noBlobFile !== true) await writeFile(join(dir, `${blob}.age`), sealed);
    entries.push({
      blob,
      name: f.name,
      type: "application/octet-stream",
      size: f.size ?? f.data.length,
      ...(f.legacy === true ? {} : { sha256: payloadDigest(sealed) }),
    });
  }
  const manifest =
    opts.manifest ?? JSON.stringify({ v: 1, message: opts.message ?? "m", files: entries });
  await writeFile(
    join(dir, "manifest.age"),
    await encryptBytes(
      [recipient],
      typeof manifest === "string" ? Buffer.from(manifest) : manifest,
    ),
  );
  await writeFile(
    join(dir, "submission.json"),
    JSON.stringify({
      postern: 1,
      id,
      day: "2024-01-01",
      seq: 1,
      source: "forged source",
      channel: "default",
      manifest: "manifest.age",
      files: blobs.map((b) => `${b}.age`),
    }) + "\n",
  );
  return { id, dir, blobs };
}
