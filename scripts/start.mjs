#!/usr/bin/env node
// `npm start`: a demo instance on embedded defaults (SQLite + ./data), with
// npm dependencies installed first when missing. Plain JavaScript so it runs
// on a fresh clone. Pass-through: `npm start -- --source-listen 0.0.0.0:8080`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
process.chdir(root);

if (!existsSync("node_modules/.package-lock.json")) {
  console.log("Installing npm dependencies (first run)…");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync(
  process.execPath,
  ["bin/postern.js", "demo", "--data", "./data", ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(r.status ?? 1);
