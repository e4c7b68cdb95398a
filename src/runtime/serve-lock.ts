/**
 * One server per data folder: the local blob store's start-up sweep removes
 * every temp file, which is only safe when no other process writes them.
 * A stale lock (its process is gone, e.g. after SIGKILL) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PosternError } from "../protocol/errors.ts";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === "EPERM";
  }
}

/** @throws PosternError instance_busy when another live process holds the folder. Returns the release function. */
export function acquireServeLock(dir: string): () => void {
  const file = join(dir, "serve.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx", mode: 0o600 });
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST") throw e;
      const pid = Number(readFileSync(file, "utf8").trim());
      if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new PosternError(
          "instance_busy",
          `another postern server (pid ${pid}) is using ${dir}`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new PosternError("instance_busy", `could not lock ${dir}`);
}
