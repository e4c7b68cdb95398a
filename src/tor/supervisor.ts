/**
 * Runs Debian's `tor` for an instance: checks the configuration first
 * (`--verify-config`), starts tor, waits until it has loaded the onion keys,
 * restarts it with exponential back-off if it dies, and stops it on shutdown.
 * tor's own output is not forwarded (SafeLogging scrubs addresses, but our
 * log stays ours); only events and exit codes are logged.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdir, chmod, rm, writeFile } from "node:fs/promises";
import type { Logger } from "../core/log.ts";
import { renderTorrc, torPaths, type TorrcOptions } from "./torrc.ts";

export class TorError extends Error {}

const MAX_BACKOFF_MS = 60_000;
const STABLE_MS = 5 * 60_000;

export interface TorSupervisorOptions extends TorrcOptions {
  readonly logger: Logger;
  /** The tor binary (default: "tor" on PATH). */
  readonly bin?: string;
  /** How long to wait for tor to load its configuration and keys. */
  readonly readyTimeoutMs?: number;
}

function firstProblem(output: string): string {
  const line = output
    .split("\n")
    .find((l) => /\[(warn|err)\]/.test(l) && !/running Tor as root/.test(l));
  return (line ?? output.trim().split("\n").pop() ?? "")
    .replace(/^.*\[(warn|err)\]\s*/, "")
    .slice(0, 300);
}

export class TorSupervisor {
  readonly #o: TorSupervisorOptions;
  #child: ChildProcess | null = null;
  #stopping = false;
  #backoff = 1000;
  #timer: NodeJS.Timeout | null = null;
  /** Times tor was (re)started, for tests and status. */
  starts = 0;

  constructor(o: TorSupervisorOptions) {
    this.#o = o;
  }

  get pid(): number | null {
    return this.#child?.pid ?? null;
  }

  /**
   * Writes the torrc, verifies it with tor, starts tor and waits until it runs.
   * @throws TorError with a one-line reason (tor missing, config refused, start failed).
   */
  async start(): Promise<void> {
    const bin = this.#o.bin ?? "tor";
    const paths = torPaths(this.#o.dataDir);
    await mkdir(paths.dataDirectory, { recursive: true, mode: 0o700 });
    await chmod(paths.dataDirectory, 0o700);
    await writeFile(paths.torrc, renderTorrc(this.#o), { mode: 0o600 });
    const check = spawnSync(bin, ["--verify-config", "-f", paths.torrc], {
      encoding: "utf8",
      timeout: 60_000,
    });
    if (check.error) {
      throw new TorError(
        (check.error as { code?: string }).code === "ENOENT"
          ? "tor is not installed (Debian: apt-get install tor)"
          : `cannot run tor: ${check.error.message}`,
      );
    }
    if (check.status !== 0) {
      throw new TorError(
        `tor refused its configuration: ${firstProblem(`${check.stdout}\n${check.stderr}`)}`,
      );
    }
    await this.#spawn();
  }

  async #spawn(): Promise<void> {
    const paths = torPaths(this.#o.dataDir);
    await rm(paths.pidFile, { force: true });
    const child = spawn(this.#o.bin ?? "tor", ["-f", paths.torrc], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.#child = child;
    this.starts++;
    let output = "";
    const keep = (c: Buffer): void => {
      output = (output + c.toString()).slice(-8192);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const started = Date.now();
    const ready = new Promise<void>((resolve, reject) => {
      const timeout = this.#o.readyTimeoutMs ?? 60_000;
      const poll = setInterval(() => {
        // "Bootstrapped 0%" comes once the configuration, onion keys included, is loaded.
        if (/Bootstrapped \d+%/.test(output)) {
          clearInterval(poll);
          resolve();
        } else if (Date.now() - started > timeout) {
          clearInterval(poll);
          reject(
            new TorError(
              `tor did not start within ${Math.round(timeout / 1000)} s: ${firstProblem(output)}`,
            ),
          );
        }
      }, 100);
      child.once("error", (e) => {
        clearInterval(poll);
        reject(new TorError(`cannot run tor: ${e.message}`));
      });
      child.once("exit", (code) => {
        clearInterval(poll);
        reject(new TorError(`tor exited (${code ?? "signal"}): ${firstProblem(output)}`));
      });
    });
    child.once("exit", (code, signal) => {
      if (this.#child === child) this.#child = null;
      if (this.#stopping) return;
      this.#o.logger.info("tor_exited", { code: code ?? -1, signal: signal ?? "none" });
      if (Date.now() - started > STABLE_MS) this.#backoff = 1000;
      const delay = this.#backoff;
      this.#backoff = Math.min(this.#backoff * 2, MAX_BACKOFF_MS);
      this.#o.logger.info("tor_restart", { delay_ms: delay });
      this.#timer = setTimeout(() => {
        this.#timer = null;
        if (this.#stopping) return;
        this.#spawn().catch((e: unknown) => this.#o.logger.error("tor_restart_failed", e));
      }, delay);
    });
    await ready;
    this.#o.logger.info("tor_started", { starts: this.starts });
  }

  /** Stops tor (SIGTERM, then SIGKILL after 10 s) and any pending restart. */
  async stop(): Promise<void> {
    this.#stopping = true;
    if (this.#timer) clearTimeout(this.#timer);
    const child = this.#child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill("SIGTERM");
    });
    await rm(torPaths(this.#o.dataDir).pidFile, { force: true });
  }
}
