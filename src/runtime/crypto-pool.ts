/**
 * The public-key work of age (wrapping a file key to each recipient, opening a
 * header, deriving a recipient) runs in worker threads, so the event loop that
 * serves pages is never held by it: post-quantum ML-KEM in JavaScript costs
 * about a millisecond a recipient, and a submission with a file is three
 * headers. The payload stream stays on the main thread (native, and I/O).
 *
 * Workers start on first use, are shared by the whole process, hold no
 * state between jobs, and never keep the process alive when idle. A worker
 * that dies fails only its own jobs; the next job starts a fresh one. Size:
 * POSTERN_CRYPTO_WORKERS (0 runs everything inline), by default one fewer
 * than the cores, at least one and at most four.
 */
import { availableParallelism } from "node:os";
import { threadId, Worker } from "node:worker_threads";
import {
  createEncryptStream as createEncryptStreamWith,
  CryptoError,
  type CryptoErrorCode,
  decryptBytes as decryptBytesWith,
  type DecryptOptions,
  DecryptStream,
  encryptBytes as encryptBytesWith,
  type EncryptStream,
  type KeyWork,
  makeHeader,
  type MadeHeader,
  recipientOf,
  unwrapHeader,
} from "../crypto/index.ts";

export interface Ops {
  /** Answers at once: proves a worker is up (warm-up, tests). */
  ping: () => Promise<number>;
  header: (recipients: readonly string[]) => Promise<MadeHeader>;
  unwrap: (header: Buffer, identities: readonly string[]) => Promise<Uint8Array>;
  recipient: (identity: string) => Promise<string>;
}
export type OpName = keyof Ops;

/** The inline implementations; the worker runs the same ones. */
export const OPS: Ops = {
  ping: () => Promise.resolve(threadId),
  header: makeHeader,
  unwrap: unwrapHeader,
  recipient: recipientOf,
};

export interface Request {
  readonly id: number;
  readonly op: OpName;
  readonly args: unknown[];
}
export type Response =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { readonly message: string; readonly code?: string };
    };

const MAX_WORKERS = 4;

function configuredSize(): number {
  const raw = process.env.POSTERN_CRYPTO_WORKERS;
  if (raw !== undefined && raw !== "") {
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 0 && n <= 64) return n;
  }
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

/**
 * Where the worker's code is: crypto-worker.ts through tsx (crypto-worker-dev.mjs) when
 * running from the sources, the bundled `crypto-worker.mjs` beside cli.mjs
 * when running from bin/postern.js's esbuild bundle.
 */
function workerUrl(): URL {
  return import.meta.url.endsWith(".ts")
    ? new URL("./crypto-worker-dev.mjs", import.meta.url)
    : new URL("./crypto-worker.mjs", import.meta.url);
}

interface Pending {
  readonly resolve: (v: unknown) => void;
  readonly reject: (e: Error) => void;
}

class Slot {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending>();
  jobsDone = 0;
  dead = false;

  constructor(onGone: (s: Slot) => void) {
    this.worker = new Worker(workerUrl(), { name: "postern-crypto" });
    this.worker.unref();
    this.worker.on("message", (m: Response) => {
      const p = this.pending.get(m.id);
      if (p === undefined) return;
      this.pending.delete(m.id);
      this.jobsDone++;
      if (this.pending.size === 0) this.worker.unref();
      if (m.ok) p.resolve(m.value);
      else p.reject(rebuild(m.error));
    });
    const fail = (why: Error): void => {
      if (this.dead) return;
      this.dead = true;
      for (const p of this.pending.values()) p.reject(why);
      this.pending.clear();
      onGone(this);
    };
    this.worker.on("error", (e) => fail(e instanceof Error ? e : new Error(String(e))));
    this.worker.on("exit", (code) => fail(new Error(`crypto worker exited (${code})`)));
  }

  send(req: Request, p: Pending): void {
    if (this.pending.size === 0) this.worker.ref();
    this.pending.set(req.id, p);
    this.worker.postMessage(req);
  }
}

/** Buffers cross a thread as plain Uint8Arrays. */
function revive(op: OpName, v: unknown): unknown {
  if (op !== "header") return v;
  const { header, fileKey } = v as { header: Uint8Array; fileKey: Uint8Array };
  return { header: Buffer.from(header.buffer, header.byteOffset, header.byteLength), fileKey };
}

function rebuild(e: { message: string; code?: string }): Error {
  return e.code === undefined
    ? new Error(e.message)
    : new CryptoError(e.code as CryptoErrorCode, e.message);
}

export class CryptoPool {
  readonly size: number;
  readonly #slots: Slot[] = [];
  #nextId = 1;

  constructor(size = configuredSize()) {
    this.size = size;
  }

  run<K extends OpName>(op: K, ...args: Parameters<Ops[K]>): ReturnType<Ops[K]> {
    if (this.size === 0) {
      const f = OPS[op] as (...a: unknown[]) => ReturnType<Ops[K]>;
      return f(...args);
    }
    return this.#send(this.#pick(), op, args).then((v) => revive(op, v)) as ReturnType<Ops[K]>;
  }

  /** Jobs finished by each live worker (tests and diagnostics). */
  stats(): { workers: number; jobsDone: number[]; threadIds: number[] } {
    return {
      workers: this.#slots.length,
      jobsDone: this.#slots.map((s) => s.jobsDone),
      threadIds: this.#slots.map((s) => s.worker.threadId),
    };
  }

  /** Starts every worker now (a server at start-up), so no request waits for one. */
  async warm(): Promise<void> {
    if (this.size === 0) return;
    while (this.#slots.length < this.size) this.#slots.push(this.#newSlot());
    await Promise.all(this.#slots.map((s) => this.#send(s, "ping", [])));
  }

  /** Stops every worker; their pending jobs fail. The pool starts new ones if used again. */
  async close(): Promise<void> {
    const slots = this.#slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  #pick(): Slot {
    let best: Slot | undefined;
    for (const s of this.#slots) {
      if (best === undefined || s.pending.size < best.pending.size) best = s;
    }
    if (best !== undefined && (best.pending.size === 0 || this.#slots.length >= this.size)) {
      return best;
    }
    const slot = this.#newSlot();
    this.#slots.push(slot);
    return slot;
  }

  #newSlot(): Slot {
    return new Slot((gone) => {
      const i = this.#slots.indexOf(gone);
      if (i >= 0) this.#slots.splice(i, 1);
    });
  }

  #send(slot: Slot, op: OpName, args: unknown[]): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => slot.send({ id, op, args }, { resolve, reject }));
  }
}

/** The process's pool. */
export const cryptoPool = new CryptoPool();

/** age's public-key work in the process's pool (crypto/age-file.ts KeyWork). */
export const pooledKeyWork: KeyWork = {
  header: (recipients) => cryptoPool.run("header", recipients),
  unwrap: (header, identities) => cryptoPool.run("unwrap", header, identities),
};

/** The age recipient of an identity (its public key), computed in the pool. @throws CryptoError("identity_invalid") */
export function toRecipient(identity: string): Promise<string> {
  return cryptoPool.run("recipient", identity);
}

/** crypto's createEncryptStream, its header made in the pool. */
export function createEncryptStream(recipients: readonly string[]): Promise<EncryptStream> {
  return createEncryptStreamWith(recipients, pooledKeyWork);
}

/** crypto's encryptBytes, its header made in the pool. */
export function encryptBytes(recipients: readonly string[], plain: Uint8Array): Promise<Buffer> {
  return encryptBytesWith(recipients, plain, pooledKeyWork);
}

/** crypto's decryptBytes, its header opened in the pool. */
export function decryptBytes(
  identities: readonly string[],
  file: Uint8Array,
  maxBytes?: number,
): Promise<Buffer> {
  return decryptBytesWith(identities, file, maxBytes, pooledKeyWork);
}

/** crypto's DecryptStream, its header opened in the pool. */
export function decryptStream(
  identities: readonly string[],
  options: Omit<DecryptOptions, "work"> = {},
): DecryptStream {
  return new DecryptStream(identities, { ...options, work: pooledKeyWork });
}
