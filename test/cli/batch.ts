/**
 * Runs the CLI's `main()` once per argv list, in order, in ONE process, and
 * records each run's exit code, stdout and stderr: the same code path as
 * `bin/postern.js` (which only sets process.exitCode to main's result),
 * without paying Node + tsx start-up for every case.
 *
 *   node --import tsx test/cli/batch.ts RUNS.json RESULTS.json
 *
 * Not a test file: helpers.ts `posternBatch()` drives it.
 */
import { readFile, writeFile } from "node:fs/promises";
import { main } from "../../src/cli/main.ts";

const [runsFile, resultsFile] = process.argv.slice(2);
if (runsFile === undefined || resultsFile === undefined) {
  process.stderr.write("usage: batch.ts RUNS.json RESULTS.json\n");
  process.exit(2);
}
const runs = JSON.parse(await readFile(runsFile, "utf8")) as string[][];

/** Replaces `stream.write` by one that appends to `sink`; returns the undo. */
function capture(stream: NodeJS.WriteStream, sink: { text: string }): () => void {
  const own = Object.prototype.hasOwnProperty.call(stream, "write");
  const saved: unknown = Reflect.get(stream, "write");
  Reflect.set(stream, "write", (chunk: unknown, ...rest: unknown[]): boolean => {
    sink.text +=
      typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8");
    const cb = rest.find((x) => typeof x === "function") as (() => void) | undefined;
    if (cb) process.nextTick(cb);
    return true;
  });
  return () => {
    if (own) Reflect.set(stream, "write", saved);
    else Reflect.deleteProperty(stream, "write");
  };
}

const results: { code: number; stdout: string; stderr: string }[] = [];
for (const argv of runs) {
  const out = { text: "" };
  const err = { text: "" };
  const restoreOut = capture(process.stdout, out);
  const restoreErr = capture(process.stderr, err);
  let code: number;
  try {
    code = await main(argv);
  } finally {
    restoreOut();
    restoreErr();
  }
  results.push({ code, stdout: out.text, stderr: err.text });
}
await writeFile(resultsFile, JSON.stringify(results));
