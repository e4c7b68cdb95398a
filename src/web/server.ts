/** Starts both listeners on one instance, after the start-up sweep. */
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { FastifyInstance } from "fastify";
import type { Instance } from "../core/instance.ts";
import { sweepUnclaimedBlobs } from "../core/upkeep.ts";
import { cryptoPool } from "../runtime/crypto-pool.ts";
import type { Logger } from "../runtime/log.ts";
import { acquireServeLock } from "../runtime/serve-lock.ts";
import { PosternError } from "../protocol/errors.ts";
import { buildRecipientApp } from "./recipient/app.ts";
import { buildSourceApp } from "./source/app.ts";

export interface Listen {
  readonly host: string;
  readonly port: number;
}

export function parseListen(v: string): Listen {
  const m = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(v);
  const port = Number(m?.[2]);
  if (!m?.[1] || !Number.isInteger(port) || port > 65535) {
    throw new PosternError(
      "listen_invalid",
      `"${v}" is not HOST:PORT (for example 127.0.0.1:8080)`,
    );
  }
  return { host: m[1].replace(/^\[|\]$/g, ""), port };
}

const HOUR_MS = 3_600_000;

/**
 * Runs `task` at the top of every hour (wall clock), so that what it touches
 * carries a ctime of hh:00 and tells nothing finer. The timer never keeps the
 * process alive.
 */
function hourly(task: () => Promise<void>): { stop(): void } {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const arm = (): void => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        void task().finally(arm);
      },
      HOUR_MS - (Date.now() % HOUR_MS) + 1000,
    );
    timer.unref();
  };
  arm();
  return {
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
    },
  };
}

export interface Running {
  readonly source: FastifyInstance;
  readonly recipient: FastifyInstance;
  readonly sourceUrl: string;
  readonly recipientUrl: string;
  close(): Promise<void>;
}

export async function startServers(
  inst: Instance,
  listen: { source: Listen; recipient: Listen },
  logger: Logger,
  opts: { appDir?: string | undefined } = {},
): Promise<Running> {
  const release = acquireServeLock(inst.dir);
  try {
    const removed = await sweepUnclaimedBlobs(inst);
    if (removed > 0) logger.info("startup_sweep", { removed });
    // Blob times: the day, and ctimes no finer than the hour (SECURITY.md).
    await inst.blobs.coarsenTimes(0);
    const coarsen = hourly(() =>
      inst.blobs
        .coarsenTimes(Date.now() - 2 * HOUR_MS)
        .then(() => undefined)
        .catch((e: unknown) => logger.error("coarsen_times_failed", e)),
    );
    // The crypto workers start now, not on the first submission.
    await cryptoPool.warm();
    const { readOnionAddress } = await import("../tor/onion.ts");
    const sourceOnion = (await readOnionAddress(inst.dir, "source")) ?? undefined;
    const { installedKey, keyFingerprint } = await import("../outreach/signing.ts");
    // The installed public key, or the legacy private key's; none until the operator installs one.
    const signingFingerprint = await installedKey(inst.dir).then(
      (k) => (k === null ? undefined : keyFingerprint(k.publicKey)),
      () => undefined,
    );
    const source = buildSourceApp(inst, { logger, sourceOnion, signingFingerprint });
    const recipient = buildRecipientApp(inst, { appDir: opts.appDir, logger });
    await source.listen({ host: listen.source.host, port: listen.source.port });
    await recipient.listen({ host: listen.recipient.host, port: listen.recipient.port });
    // For `npm run load`: the event loop's delay while serving, one log line at shutdown.
    const loop =
      process.env.POSTERN_EVENTLOOP_STATS === "1"
        ? monitorEventLoopDelay({ resolution: 10 })
        : null;
    loop?.enable();
    const url = (app: FastifyInstance): string => {
      const a = app.server.address();
      if (a === null || typeof a === "string") return String(a);
      const host = a.family === "IPv6" ? `[${a.address}]` : a.address;
      return `http://${host}:${a.port}`;
    };
    return {
      source,
      recipient,
      sourceUrl: url(source),
      recipientUrl: url(recipient),
      async close() {
        if (loop !== null) {
          loop.disable();
          // The histogram holds whole timer intervals: take the 10 ms period off.
          const ms = (ns: number): string => Math.max(0, ns / 1e6 - 10).toFixed(2);
          logger.info("eventloop", {
            p50_ms: ms(loop.percentile(50)),
            p99_ms: ms(loop.percentile(99)),
            max_ms: ms(loop.max),
          });
        }
        coarsen.stop();
        await source.close();
        await recipient.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
