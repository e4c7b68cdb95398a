/**
 * The server under test as a process of its own (`postern serve` on loopback
 * ports chosen by the kernel), so its memory and event loop are measured
 * alone; a throw-away data folder for it; and a bare Fastify server to
 * compare against.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createInvite } from "../../src/core/accounts.ts";
import { addChannel } from "../../src/core/channels.ts";
import { Instance } from "../../src/core/instance.ts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin", "postern.js");
const KEPT_LINES = 200;

/**
 * A new data folder with one post-quantum channel "default" and `invites`
 * recipient invites to it; returns the invite tokens (the part after "#").
 */
export async function makeDataFolder(dir: string, invites: number): Promise<string[]> {
  await Instance.create(dir, "Bench");
  // The load runs start far more new sources than the default budget allows (60 a
  // minute): it measures throughput, not that budget.
  const file = join(dir, "postern.json");
  const config = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...config, newSourcesPerMinute: 1_000_000 }, null, 2));
  const inst = await Instance.open(dir);
  try {
    await addChannel(inst.db, "default", "Default desk", "pq");
    const tokens: string[] = [];
    for (let i = 0; i < invites; i++) {
      const invite = await createInvite(inst, {
        name: `Bench ${i + 1}`,
        role: "recipient",
        channel: "default",
      });
      tokens.push(invite.link.split("#")[1] ?? "");
    }
    return tokens;
  } finally {
    await inst.close();
  }
}

export interface Postern {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly sourceUrl: string;
  readonly recipientUrl: string;
  /** The last lines of its log (stderr). */
  readonly log: string[];
  /** Log lines at level=error so far. */
  readonly errorLines: string[];
  readonly exited: Promise<void>;
}

/**
 * Starts `postern serve --data DIR`; resolves once both listeners are up.
 * `nodeArgs` go to node itself (e.g. --cpu-prof).
 */
export function startPostern(
  dataDir: string,
  opts: { env?: NodeJS.ProcessEnv; nodeArgs?: readonly string[] } = {},
): Promise<Postern> {
  // A built web app is served as it is: bin/postern.js would otherwise rebuild a
  // stale one with Vite inside the server process, and its memory would be counted.
  const app = join(ROOT, "dist", "recipient");
  const appEnv = existsSync(join(app, "index.html")) ? { POSTERN_APP_DIR: app } : {};
  const child = spawn(
    process.execPath,
    [
      ...(opts.nodeArgs ?? []),
      BIN,
      "serve",
      "--data",
      dataDir,
      "--source-listen",
      "127.0.0.1:0",
      "--recipient-listen",
      "127.0.0.1:0",
    ],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...appEnv, ...opts.env },
    },
  );
  const log: string[] = [];
  const errorLines: string[] = [];
  let partial = "";
  child.stderr.setEncoding("utf8").on("data", (s: string) => {
    const lines = (partial + s).split("\n");
    partial = lines.pop() ?? "";
    for (const l of lines) {
      if (l === "") continue;
      log.push(l);
      if (l.startsWith("level=error") && errorLines.length < KEPT_LINES) errorLines.push(l);
    }
    if (log.length > KEPT_LINES) log.splice(0, log.length - KEPT_LINES);
  });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server not ready after 120 s; stdout: ${out}`));
    }, 120_000);
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited early: ${log.slice(-5).join(" | ")}`));
    });
    child.stdout.setEncoding("utf8").on("data", (s: string) => {
      if (out.length < 64 * 1024) out += s;
      const source = /Source side:\s+(http:\/\/[^\s/]+)/.exec(out)?.[1];
      const recipient = /Recipient side:\s+(http:\/\/[^\s/]+)/.exec(out)?.[1];
      if (source !== undefined && recipient !== undefined && child.pid !== undefined) {
        clearTimeout(timer);
        resolve({
          child,
          pid: child.pid,
          sourceUrl: source,
          recipientUrl: recipient,
          log,
          errorLines,
          exited,
        });
      }
    });
  });
}

/** SIGTERM (a clean shutdown), SIGKILL after 20 s. */
export async function stopPostern(p: Postern): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill("SIGTERM");
  const t = setTimeout(() => p.child.kill("SIGKILL"), 20_000);
  await p.exited;
  clearTimeout(t);
}

export async function killPostern(p: Postern): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill("SIGKILL");
  await p.exited;
}

/** Resident set size now and its lifetime high-water mark, in MiB, from /proc. */
export function procMem(pid: number): { rss: number; hwm: number } {
  const s = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(s)?.[1]);
  return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
}

/** CPU seconds the whole machine has spent busy (all cores), from /proc/stat (USER_HZ = 100). */
export function hostBusySeconds(): number {
  const f = (/^cpu\s+(.*)$/m.exec(readFileSync("/proc/stat", "utf8"))?.[1] ?? "")
    .split(/\s+/)
    .map(Number);
  // user nice system idle iowait irq softirq steal: everything but idle and iowait.
  return f.slice(0, 8).reduce((a, b, i) => (i === 3 || i === 4 ? a : a + b), 0) / 100;
}

/** CPU seconds (user + system) a process has used, from /proc (USER_HZ = 100). */
export function procCpuSeconds(pid: number): number {
  const s = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the ")" that closes the command name: utime is field 14, stime 15.
  const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) / 100;
}

/** A bare Fastify server in a child process answering GET / with "ok". */
export function startBareFastify(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import Fastify from "fastify";
       const app = Fastify({ logger: false });
       app.get("/", async () => "ok");
       await app.listen({ host: "127.0.0.1", port: 0 });
       console.log(app.server.address().port);`,
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    child.stdout
      .setEncoding("utf8")
      .once("data", (d: string) => resolve({ child, url: `http://127.0.0.1:${d.trim()}` }));
    child.once("exit", () => reject(new Error("bare Fastify server exited")));
  });
}
