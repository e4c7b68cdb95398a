#!/usr/bin/env node
// The whole test suite: system packages, npm dependencies, format, lint, types, tests.
// Plain JavaScript so it runs on a fresh clone before anything is installed.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
process.chdir(root);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", ...opts });
  if (r.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

const has = (bin) => spawnSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" }).status === 0;
const wanted = readFileSync("scripts/debian-packages.txt", "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"));
const dpkg = (pkg) =>
  spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg], { encoding: "utf8" }).stdout?.includes(
    "install ok installed",
  ) ?? false;
const probe = {
  age: () => has("age"),
  chromium: () => existsSync("/usr/lib/chromium/chromium"),
  "fonts-noto-core": () => dpkg("fonts-noto-core"),
  "fonts-noto-cjk": () => dpkg("fonts-noto-cjk"),
};
const missing = wanted.filter((p) => !(probe[p]?.() ?? has(p)));
if (missing.length > 0) {
  if (process.getuid?.() === 0) {
    run("apt-get", ["update"]);
    run("apt-get", ["install", "-y", ...missing], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } else {
    console.error(
      `The tests need Debian packages that are missing. Install them with:\n\n  sudo apt-get install -y ${missing.join(" ")}\n`,
    );
    process.exit(1);
  }
}

if (!existsSync("node_modules/.package-lock.json")) run("npm", ["ci"]);

const bin = (name) => join("node_modules", ".bin", name);
console.log("• format (prettier --check)");
run(bin("prettier"), ["--check", "--log-level", "warn", "."]);
console.log("• types (tsc)");
run(bin("tsc"), ["-p", "."]);
run(bin("tsc"), ["-p", "src/client"]);
console.log("• lint (eslint, type-aware)");
run(bin("eslint"), ["--max-warnings", "0", "."]);

console.log("• build the recipient web app (vite)");
run(bin("vite"), ["build", "--logLevel", "warn"]);

function findTests(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? findTests(p) : p.endsWith(".test.ts") ? [p] : [];
  });
}
const only = process.argv.slice(2);
const files = only.length > 0 ? only : findTests("test").sort();
console.log(`• tests (${files.length} files)`);
run(process.execPath, [
  "--import",
  "tsx",
  "--test",
  "--test-concurrency=2",
  "--test-reporter=spec",
  ...files,
]);
