/**
 * Secrets are compared in constant time (STYLE: "constant-time comparison for
 * every secret"). A timing difference cannot be asserted on a shared machine,
 * so this holds the code to the rule instead: the recipient CSRF header was
 * compared with `!==`, which stops at the first differing character (issue
 * #11). No source file compares a session's CSRF token, a token hash or a MAC
 * with `===`/`!==`.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await sources(p)));
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

const PLAIN_COMPARE = [
  /[!=]==\s*[\w.]*\.csrf\b/,
  /\.csrf\s*[!=]==/,
  /headers\[CSRF_HEADER\]\s*[!=]==/,
  /[!=]==\s*[\w.]*(?:mac|Mac|digest|authHash|auth_hash)\b/,
];

test("no session secret, MAC or hash is compared with === or !==", async () => {
  const files = await sources(SRC);
  assert.ok(files.length > 50);
  const found: string[] = [];
  for (const file of files) {
    const lines = (await readFile(file, "utf8")).split("\n");
    lines.forEach((line, i) => {
      if (PLAIN_COMPARE.some((re) => re.test(line))) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});
