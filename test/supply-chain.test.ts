/**
 * Supply chain and secrets (issue #6, part 4): every dependency comes from
 * the npm registry, install scripts run only for the packages allowed (and
 * documented) in package.json, and nothing secret or generated is tracked by
 * git.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const json = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), "utf8"));

interface Lock {
  packages: Record<string, { resolved?: string; hasInstallScript?: boolean; link?: boolean }>;
}

test("dependencies are exact registry versions: no ranges, URLs, git or local paths", () => {
  const pkg = json("package.json") as Record<string, Record<string, string> | undefined>;
  const specs = { ...pkg.dependencies, ...pkg.devDependencies };
  assert.ok(Object.keys(specs).length > 10);
  const loose = Object.entries(specs).filter(([, v]) => !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(v));
  assert.deepEqual(loose, []);
  // The lock records no download address of its own (npm takes the configured
  // registry); any address it does record must be the registry's.
  const lock = json("package-lock.json") as Lock;
  const outside = Object.entries(lock.packages)
    .filter(([name, p]) => name !== "" && p.link !== true && p.resolved !== undefined)
    .filter(([, p]) => !p.resolved?.startsWith("https://registry.npmjs.org/"))
    .map(([name, p]) => `${name} ← ${p.resolved ?? ""}`);
  assert.deepEqual(outside, []);
});

test("install scripts: exactly the packages allowed in package.json, and README says which", () => {
  const lock = json("package-lock.json") as Lock;
  const withScripts = Object.entries(lock.packages)
    .filter(([, p]) => p.hasInstallScript === true)
    .map(([name]) => name.replace(/^.*node_modules\//, ""))
    .sort();
  const allowed = Object.entries(
    (json("package.json") as { allowScripts: Record<string, boolean> }).allowScripts,
  )
    .filter(([, on]) => on)
    .map(([name]) => name)
    .sort();
  assert.deepEqual(withScripts, allowed);
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  for (const name of allowed) assert.ok(readme.includes(`\`${name}\``), `README names ${name}`);
});

test("git tracks no secret, key, data folder or build output", () => {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  assert.ok(files.length > 50, "git ls-files works here");
  const badName =
    /(^|\/)(node_modules|dist|data|test-artifacts)\/|(^|\/)(secrets\.json|postern\.sqlite[^/]*|texts\.json|hs_ed25519_secret_key|outreach-signing-key\.pem)$|\.(pem|key|auth_private|age)$|DEMO-ONLY/;
  assert.deepEqual(
    files.filter((f) => badName.test(f)),
    [],
  );
  const secret =
    /AGE-SECRET-KEY-(?:PQ-)?1[0-9A-Z]{50,}|-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----|descriptor:x25519:[A-Z2-7]{52}/;
  const hits: string[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(join(ROOT, f), "utf8");
    } catch {
      continue; // removed in the work tree
    }
    if (secret.test(text)) hits.push(f);
  }
  assert.deepEqual(hits, [], "files holding what looks like a private key");
});

test("the detectors would see a key (they can fail)", () => {
  const secret = /AGE-SECRET-KEY-(?:PQ-)?1[0-9A-Z]{50,}|-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/;
  assert.ok(secret.test(`AGE-SECRET-KEY-1${"Q".repeat(58)}`));
  // Put together here, so that this file does not hold the marker it looks for.
  assert.ok(secret.test(["-----BEGIN", "PRIVATE KEY-----"].join(" ")));
});
