/**
 * Runs Debian's `tor` for an instance: checks the configuration first
 * (`--verify-config`), starts tor, waits until it has loaded the onion keys,
 * restarts it with exponential back-off if it dies, and stops it on shutdown.
 * It watches the recipient onion's authorized clients: when they change, it
 * rewrites the torrc (adding or dropping the recipient onion) and reloads tor
 * with SIGHUP. tor's own output is not forwarded (SafeLogging scrubs
 * addresses, but our log stays ours); only events, counts and exit codes are
 * logged, never a client's name.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";
import type { Logger } from "../runtime/log.ts";
import { PosternError } from "../protocol/errors.ts";
import { readClientAuth } from "./client-auth.ts";
import { watchAuthorizedClients, type ClientWatch } from "./client-watch.ts";
import { renderTorrc, torPaths, type TorrcOptions } from "./torrc.ts";

const MAX_BACKOFF_MS = 60_000;
const STABLE_MS = 5 * 60_000;
/** How long a reload waits for tor to say it received SIGHUP. */
const RELOAD_ACK_MS = 30_000;

export interface TorSupervisorOptions extends TorrcOptions {
  readonly logger: Logger;
  /** The tor binary (default: "tor" on PATH). */
  readonly bin?: string;
  /** How long to wait for tor to load its configuration and keys. */
  readonly readyTimeoutMs?: number;
  /** The fallback poll of authorized_clients/ (default 15 s; fs.watch reports changes at once). */
  readonly clientPollMs?: number;
}

function firstProblem(output: string): string {
  const line = output
    .split("\n")
    .find((l) => /\[(warn|err)\]/.test(l) && !/running Tor as root/.test(l));
  return (line ?? output.trim().split("\n").pop() ?? "")
    .replace(/^.*\[(warn|err)\]\s*/, "")
    .slice(0, 300);
}

/**
 * `tor --verify-config` on a torrc, off the event loop (the listeners are up).
 * @throws PosternError with a one-line reason.
 */
function verifyTorrc(bin: string, torrc: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      bin,
      ["--verify-config", "-f", torrc],
      { encoding: "utf8", timeout: 60_000, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        if ((error as { code?: unknown }).code === "ENOENT")
          return reject(
            new PosternError("tor_missing", "tor is not installed (Debian: apt-get install tor)"),
          );
        if (typeof (error as { code?: unknown }).code === "number")
          return reject(
            new PosternError(
              "tor_config_refused",
              `tor refused its configuration: ${firstProblem(`${stdout}\n${stderr}`)}`,
            ),
          );
        reject(
          new PosternError("tor_failed", `cannot run tor: ${error.message.split("\n")[0] ?? ""}`),
        );
      },
    );
  });
}

export class TorSupervisor {
  readonly #o: TorSupervisorOptions;
  #child: ChildProcess | null = null;
  #stopping = false;
  #backoff = 1000;
  #timer: NodeJS.Timeout | null = null;
  #watch: ClientWatch | null = null;
  /** Start, restarts and reloads run one at a time, in order. */
  #queue: Promise<unknown> = Promise.resolve();
  /** What authorized_clients/ held when the torrc was last written (memory only). */
  #applied: string | null = null;
  #clients = 0;
  /** Reloads waiting for tor's "Received reload signal" line. */
  #ackWaiters: (() => void)[] = [];
  /** Times tor was (re)started, for tests and status. */
  starts = 0;

  constructor(o: TorSupervisorOptions) {
    this.#o = o;
  }

  get pid(): number | null {
    return this.#child?.pid ?? null;
  }

  /** Valid authorized clients in the torrc tor was last given; 0: the recipient onion is not published. */
  get authorizedClients(): number {
    return this.#clients;
  }

  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Watches the authorized clients, writes the torrc, verifies it with tor,
   * starts tor and waits until it runs. On failure nothing is left running.
   * @throws PosternError with a one-line reason (tor missing, config refused, start failed).
   */
  async start(): Promise<void> {
    try {
      // Watch before the first torrc: a change after it was read is never missed.
      this.#watch = await watchAuthorizedClients(
        this.#o.dataDir,
        () =>
          void this.reload().catch((e: unknown) => this.#o.logger.error("tor_reload_failed", e)),
        { pollMs: this.#o.clientPollMs },
      );
      await this.#serial(async () => {
        const paths = torPaths(this.#o.dataDir);
        await mkdir(paths.dataDirectory, { recursive: true, mode: 0o700 });
        await chmod(paths.dataDirectory, 0o700);
        await this.#writeTorrc(true);
        await this.#spawn();
      });
    } catch (e) {
      await this.stop();
      throw e;
    }
  }

  /**
   * Re-reads authorized_clients/. If it changed since tor last read its
   * torrc, rewrites the torrc (with the recipient onion only if a valid
   * client remains), verifies it, and sends tor SIGHUP; resolves once tor
   * says it received the signal. Logs `tor_reloaded` with counts only.
   * @returns whether tor was reloaded (false: nothing changed, or tor is
   *   between restarts and will read the new torrc when it starts).
   * @throws PosternError when tor refuses the new torrc (tor keeps the old one).
   */
  reload(): Promise<boolean> {
    return this.#serial(async () => {
      if (this.#stopping) return false;
      const state = await readClientAuth(this.#o.dataDir);
      if (state.fingerprint === this.#applied) return false;
      await this.#writeTorrc(true);
      const child = this.#child;
      if (child === null || child.exitCode !== null) return false;
      const outcome = new Promise<"acknowledged" | "exited" | "silent">((resolve) => {
        const settle = (how: "acknowledged" | "exited" | "silent"): void => {
          clearTimeout(timer);
          child.off("exit", exited);
          this.#ackWaiters = this.#ackWaiters.filter((w) => w !== acknowledged);
          resolve(how);
        };
        const acknowledged = (): void => settle("acknowledged");
        // A tor that dies instead reads the new torrc when it is restarted (#writeTorrc again).
        const exited = (): void => settle("exited");
        const timer = setTimeout(() => settle("silent"), RELOAD_ACK_MS);
        this.#ackWaiters.push(acknowledged);
        child.once("exit", exited);
      });
      child.kill("SIGHUP");
      const how = await outcome;
      if (how === "exited") return false;
      // Counts only: a client's name is the operator's business, not the log's.
      this.#o.logger.info(how === "acknowledged" ? "tor_reloaded" : "tor_reload_unconfirmed", {
        clients: this.#clients,
        recipient_onion: this.#clients > 0 ? "published" : "unpublished",
      });
      return how === "acknowledged";
    });
  }

  /**
   * Writes the torrc for the clients there are now; with `verify`, through a
   * temp file that tor checks before it replaces the torrc tor runs on.
   */
  async #writeTorrc(verify: boolean): Promise<void> {
    const paths = torPaths(this.#o.dataDir);
    const state = await readClientAuth(this.#o.dataDir);
    const text = renderTorrc(this.#o, state.clients.length);
    const next = `${paths.torrc}.next`;
    await writeFile(next, text, { mode: 0o600 });
    try {
      if (verify) await verifyTorrc(this.#o.bin ?? "tor", next);
      await rename(next, paths.torrc);
    } catch (e) {
      await rm(next, { force: true });
      throw e;
    }
    this.#applied = state.fingerprint;
    this.#clients = state.clients.length;
  }

  #line(line: string): void {
    // tor's notice on SIGHUP: "Received reload signal (hup). Reloading config and resetting internal state."
    if (!line.includes("Received reload signal")) return;
    const waiters = this.#ackWaiters;
    this.#ackWaiters = [];
    for (const w of waiters) w();
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
    let partial = "";
    const keep = (c: Buffer): void => {
      output = (output + c.toString()).slice(-8192);
    };
    child.stdout.on("data", (c: Buffer) => {
      keep(c);
      const lines = (partial + c.toString()).split("\n");
      partial = (lines.pop() ?? "").slice(-4096);
      for (const l of lines) this.#line(l);
    });
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
            new PosternError(
              "tor_failed",
              `tor did not start within ${Math.round(timeout / 1000)} s: ${firstProblem(output)}`,
            ),
          );
        }
      }, 100);
      child.once("error", (e) => {
        clearInterval(poll);
        reject(new PosternError("tor_failed", `cannot run tor: ${e.message}`));
      });
      child.once("exit", (code) => {
        clearInterval(poll);
        reject(
          new PosternError(
            "tor_failed",
            `tor exited (${code ?? "signal"}): ${firstProblem(output)}`,
          ),
        );
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
        // The torrc is written again: the clients may have changed while tor was down.
        this.#serial(async () => {
          if (this.#stopping) return;
          await this.#writeTorrc(false);
          await this.#spawn();
        }).catch((e: unknown) => this.#o.logger.error("tor_restart_failed", e));
      }, delay);
    });
    await ready;
    this.#o.logger.info("tor_started", { starts: this.starts, clients: this.#clients });
  }

  /** Stops watching, stops tor (SIGTERM, then SIGKILL after 10 s) and any pending restart. */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#watch?.close();
    this.#watch = null;
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
