/** `postern serve` as a child process on random loopback ports, its output collected. */
import { spawn, type ChildProcess } from "node:child_process";

export const BIN = new URL("../../bin/postern.js", import.meta.url).pathname;

export interface Served {
  readonly child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  readonly output: () => string;
}

export function spawnServe(dataDir: string, extra: readonly string[] = []): Served {
  const child = spawn(
    process.execPath,
    [
      BIN,
      "serve",
      "--data",
      dataDir,
      "--source-listen",
      "127.0.0.1:0",
      "--recipient-listen",
      "127.0.0.1:0",
      ...extra,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out += c.toString()));
  return { child, output: () => out };
}
