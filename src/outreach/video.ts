/**
 * The text-only videos: still slides assembled by Debian's ffmpeg into H.264
 * MP4 (yuv420p, +faststart, so it plays while downloading and on every
 * phone). Slides change at whole frames of a low frame rate: an encoder
 * spends nothing on a picture that does not move.
 */
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { PosternError } from "../protocol/errors.ts";
import { FPS } from "./timeline.ts";

export interface TimedImage {
  readonly file: string;
  readonly seconds: number;
}

/** ffconcat quoting: single quotes, with ' written as '\'' . */
function quote(path: string): string {
  return `'${path.replace(/'/g, "'\\''")}'`;
}

/**
 * Encodes `images` (each shown for its seconds) into `out`.
 * @throws PosternError with ffmpeg's last message when it fails or is missing.
 */
export async function encodeSlides(
  images: readonly TimedImage[],
  listFile: string,
  out: string,
): Promise<void> {
  const last = images.at(-1);
  if (last === undefined) throw new RangeError("encodeSlides: no images");
  const total = images.reduce((a, i) => a + i.seconds, 0);
  // The concat demuxer needs the last file twice for its duration to count.
  const list = [
    "ffconcat version 1.0",
    ...images.flatMap((i) => [`file ${quote(i.file)}`, `duration ${i.seconds.toFixed(3)}`]),
    `file ${quote(last.file)}`,
    "",
  ].join("\n");
  await writeFile(listFile, list);
  await run("ffmpeg", [
    "-hide_banner",
    "-nostdin",
    "-v",
    "error",
    "-y",
    "-f",
    "concat",
    "-safe",
    "0",
    "-i",
    listFile,
    "-vf",
    `fps=${FPS},format=yuv420p`,
    // One thread each: the jobs already run side by side, one per CPU, and
    // x264's frame threads cost more in locking than they save on still frames.
    "-threads",
    "1",
    "-filter_threads",
    "1",
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-tune",
    "stillimage",
    "-crf",
    "20",
    "-r",
    String(FPS),
    "-t",
    total.toFixed(3),
    "-movflags",
    "+faststart",
    "-an",
    out,
  ]);
}

function run(cmd: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (b: Buffer) => {
      err = (err + b.toString("utf8")).slice(-4000);
    });
    child.on("error", (e) =>
      reject(
        (e as { code?: string }).code === "ENOENT"
          ? new PosternError(
              "tool_missing",
              `${cmd} is needed to make the videos: apt-get install ffmpeg`,
            )
          : e,
      ),
    );
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else {
        const lastLine = err.trim().split("\n").at(-1) ?? "";
        reject(
          new PosternError("tool_failed", `${cmd} failed (${code ?? signal ?? "?"}): ${lastLine}`),
        );
      }
    });
  });
}

/** Runs at most `limit` tasks at once (one per CPU for ffmpeg). */
export class TaskPool {
  readonly #limit: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError("TaskPool: limit must be ≥ 1");
    this.#limit = limit;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#limit) await new Promise<void>((r) => this.#waiting.push(r));
    this.#running++;
    try {
      return await task();
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
  }
}
