#!/usr/bin/env node
// Runs the `postern` CLI. The TypeScript sources are bundled by esbuild into
// node_modules/.cache/postern/cli.mjs whenever a source file is newer than the
// bundle (a fraction of a second), then imported: nothing to build by hand,
// nothing stale, and no TypeScript loader in a long-running server's memory
// (about 45 MiB less RSS than running through tsx). POSTERN_TSX=1 runs the
// sources through tsx instead.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const entry = join(src, "cli", "main.ts");

/** The latest change under `dir`: files, and folders (a removed or renamed file changes its folder). */
function newest(dir) {
  let t = statSync(dir).mtimeMs;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

async function load() {
  if (process.env.POSTERN_TSX === "1") {
    const { register } = await import("tsx/esm/api");
    register();
    return import(pathToFileURL(entry).href);
  }
  const outDir = join(root, "node_modules", ".cache", "postern");
  const out = join(outDir, "cli.mjs");
  let built = 0;
  try {
    built = statSync(out).mtimeMs;
  } catch {
    // not built yet
  }
  const stale =
    built <= newest(src) ||
    built <= statSync(join(root, "package-lock.json")).mtimeMs ||
    !existsSync(join(outDir, "crypto-worker.mjs"));
  if (stale) {
    const { buildSync } = await import("esbuild");
    mkdirSync(outDir, { recursive: true });
    // Each process builds into its own folder and renames the files into
    // place (atomic), the worker first: concurrent first runs never see a
    // half-written bundle, nor a CLI without its crypto worker.
    const tmp = join(outDir, `build.${process.pid}.tmp`);
    buildSync({
      entryPoints: { cli: entry, "crypto-worker": join(src, "runtime", "crypto-worker.ts") },
      outdir: tmp,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      jsx: "automatic",
      jsxImportSource: "preact",
      logLevel: "error",
    });
    renameSync(join(tmp, "crypto-worker.mjs"), join(outDir, "crypto-worker.mjs"));
    renameSync(join(tmp, "cli.mjs"), out);
    rmSync(tmp, { recursive: true, force: true });
  }
  return import(pathToFileURL(out).href);
}

/**
 * The recipient web app (Vite, into dist/recipient) when its sources are
 * newer than the build. Built aside and renamed into place, so a server
 * never serves half a build. Only `serve` and `demo` need it.
 */
async function webApp() {
  // The app's own files and the protocol it shares with the server.
  const appNewest = Math.max(newest(join(src, "client")), newest(join(src, "protocol")));
  const dist = join(root, "dist", "recipient");
  let built = 0;
  try {
    built = statSync(join(dist, "index.html")).mtimeMs;
  } catch {
    // not built yet
  }
  if (built > appNewest && built > statSync(join(root, "package-lock.json")).mtimeMs) {
    return dist;
  }
  // Vite runs in a child process: the server that follows keeps none of its memory.
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  if (!existsSync(vite)) {
    if (built > 0) return dist;
    console.error("postern: the recipient web app is not built and Vite is missing (npm ci)");
    return undefined;
  }
  const tmp = `${dist}.${process.pid}.tmp`;
  const r = spawnSync(process.execPath, [vite, "build", "--logLevel", "error", "--outDir", tmp], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    if (built > 0) return dist;
    console.error("postern: building the recipient web app failed");
    return undefined;
  }
  const old = `${dist}.${process.pid}.old`;
  try {
    renameSync(dist, old);
  } catch {
    // first build
  }
  renameSync(tmp, dist);
  rmSync(old, { recursive: true, force: true });
  return dist;
}

const command = process.argv[2];
if ((command === "serve" || command === "demo") && !process.env.POSTERN_APP_DIR) {
  const dir = await webApp();
  if (dir) process.env.POSTERN_APP_DIR = dir;
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
