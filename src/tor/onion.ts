/**
 * Onion services for an instance (DESIGN §6): one public onion for sources,
 * one for recipients with client authorization. Keys are made in Node and
 * written in Tor's own formats, so Tor serves exactly the address we print.
 *
 *   DIR/tor/source/       hs_ed25519_secret_key, hs_ed25519_public_key, hostname
 *   DIR/tor/recipient/    the same, plus authorized_clients/ (client-auth.ts)
 */
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { generateOnionKey, onionKeyFilesFromSeed, type OnionKeyFiles } from "../crypto/index.ts";

import { onionDir, readOnionAddress, type OnionRole } from "../core/onion-address.ts";
import { PosternError } from "../protocol/errors.ts";

export { onionDir, readOnionAddress, type OnionRole };

const VANITY = /^[a-z2-7]{1,6}$/;

async function writeKeyDir(dir: string, k: OnionKeyFiles): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // Tor refuses a HiddenServiceDir readable by others.
  await chmod(dir, 0o700);
  await writeFile(join(dir, "hs_ed25519_secret_key"), k.secretKeyFile, { mode: 0o600, flag: "wx" });
  await writeFile(join(dir, "hs_ed25519_public_key"), k.publicKeyFile, { mode: 0o600, flag: "wx" });
  await writeFile(join(dir, "hostname"), k.hostname, { mode: 0o600, flag: "wx" });
}

export interface VanityProgress {
  /** Called before the search with the expected number of attempts. */
  start?(expected: number, workers: number): void;
  /** Called about every second with attempts so far. */
  tick?(attempts: number): void;
}

/** Expected attempts for a base32 prefix of `n` characters: 32^n. */
export function vanityExpectedAttempts(prefix: string): number {
  return 32 ** prefix.length;
}

// Self-contained worker code (no imports of ours), so it runs the same under
// tsx and in the bundled CLI. The first 30 bits of the public key decide the
// first six base32 characters of the address. Only the public key is exported
// per attempt (exporting every private key as JWK stalls OpenSSL here); the
// seed is exported once, for the match.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { generateKeyPairSync } = require("node:crypto");
const ALPHA = "abcdefghijklmnopqrstuvwxyz234567";
const prefix = workerData.prefix;
let n = 0;
for (;;) {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const spki = publicKey.export({ format: "der", type: "spki" });
  const pub = spki.subarray(spki.length - 32);
  let bits = 0, value = 0, out = "";
  for (let i = 0; out.length < prefix.length; ) {
    if (bits < 5) { value = (value << 8) | pub[i++]; bits += 8; }
    out += ALPHA[(value >> (bits - 5)) & 31]; bits -= 5;
  }
  n++;
  if (out === prefix) {
    const der = privateKey.export({ format: "der", type: "pkcs8" });
    parentPort.postMessage({ seed: der.subarray(der.length - 32).toString("base64url"), n });
    break;
  }
  if (n % 2000 === 0) parentPort.postMessage({ n });
}
`;

async function vanityKey(prefix: string, progress: VanityProgress): Promise<OnionKeyFiles> {
  const workers = Math.max(1, availableParallelism());
  progress.start?.(vanityExpectedAttempts(prefix), workers);
  const pool: Worker[] = [];
  const counts = new Array<number>(workers).fill(0);
  try {
    return await new Promise<OnionKeyFiles>((resolve, reject) => {
      const timer = setInterval(() => progress.tick?.(counts.reduce((a, b) => a + b, 0)), 1000);
      for (let i = 0; i < workers; i++) {
        const w = new Worker(WORKER, { eval: true, workerData: { prefix } });
        pool.push(w);
        w.on("message", (m: { n: number; seed?: string }) => {
          counts[i] = m.n;
          if (m.seed === undefined) return;
          clearInterval(timer);
          const k = onionKeyFilesFromSeed(Buffer.from(m.seed, "base64url"));
          if (k.address.startsWith(prefix)) resolve(k);
          else
            reject(new PosternError("internal", "vanity worker returned a key without the prefix"));
        });
        w.on("error", (e) => {
          clearInterval(timer);
          reject(e);
        });
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/**
 * Creates both onion keys. `vanity` (1–6 base32 characters) applies to the
 * source onion, the one printed for the public.
 * @throws PosternError onion_exists when keys exist already, vanity_invalid for a bad prefix.
 */
export async function initOnions(
  dataDir: string,
  opts: { vanity?: string; progress?: VanityProgress } = {},
): Promise<{ source: string; recipient: string }> {
  const vanity = opts.vanity?.toLowerCase();
  if (vanity !== undefined && !VANITY.test(vanity)) {
    throw new PosternError(
      "vanity_invalid",
      "--vanity must be 1 to 6 characters of a-z and 2-7 (base32)",
    );
  }
  for (const role of ["source", "recipient"] as const) {
    if (existsSync(join(onionDir(dataDir, role), "hs_ed25519_secret_key"))) {
      throw new PosternError(
        "onion_exists",
        `an onion key already exists in ${onionDir(dataDir, role)}; refusing to replace it`,
      );
    }
  }
  const source = vanity ? await vanityKey(vanity, opts.progress ?? {}) : generateOnionKey();
  const recipient = generateOnionKey();
  await mkdir(join(dataDir, "tor"), { recursive: true, mode: 0o700 });
  await writeKeyDir(onionDir(dataDir, "source"), source);
  await writeKeyDir(onionDir(dataDir, "recipient"), recipient);
  return { source: source.address, recipient: recipient.address };
}

/** Whether a tor process started by `postern serve --tor` (pid in DIR/tor/tor.pid) is alive. */
export function torRunning(dataDir: string): boolean {
  try {
    const pid = Number(readFileSync(join(dataDir, "tor", "tor.pid"), "utf8").trim());
    if (!Number.isSafeInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
