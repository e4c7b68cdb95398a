/** Test fixtures: throw-away instances, servers on loopback, and a cookie-keeping source client. */
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config, Limits } from "../../src/core/config.ts";
import { initOnions } from "../../src/tor/onion.ts";
import { generateSigningKey, installPublicKey } from "../../src/outreach/signing.ts";
import { addChannel, addRecipient } from "../../src/core/channels.ts";
import { Instance } from "../../src/core/instance.ts";
import { createLogger } from "../../src/runtime/log.ts";
import { generateIdentity, parseCodename, type KeyKind } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { deriveSourceKeys } from "../../src/core/sources.ts";
import { startServers, type Running } from "../../src/web/server.ts";

export interface Fixture {
  readonly dir: string;
  readonly inst: Instance;
  readonly identity: string;
  readonly recipient: string;
  readonly logs: string[];
  readonly running: Running;
  readonly url: string;
  /** The recipient listener (web app and API). */
  readonly recipientUrl: string;
  close(): Promise<void>;
}

/** The built recipient web app (scripts/test.mjs builds it before the tests). */
export const APP_DIR = fileURLToPath(new URL("../../dist/recipient", import.meta.url));

export interface FixtureOptions {
  readonly limits?: Partial<Limits>;
  readonly kind?: KeyKind;
  /** Extra channels (slug → name), each with the same recipient. */
  readonly channels?: Record<string, string>;
  readonly noRecipient?: boolean;
  /** Other configuration to override (e.g. loginFailuresPerMinute). */
  readonly config?: Partial<Omit<Config, "limits">>;
  /** Make onion keys first, so the server knows its onion address. */
  readonly onion?: boolean;
  /** Install an outreach public key (as `postern outreach key --set` does), so pages show its fingerprint. */
  readonly signingKey?: boolean;
}

/** A fresh data folder with one recipient on "default", served on random loopback ports. */
export async function startFixture(opts: FixtureOptions = {}): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), "postern-test-"));
  const kind = opts.kind ?? "pq";
  await Instance.create(dir, "Test Org");
  let inst = await Instance.open(dir);
  await addChannel(inst.db, "default", "Default desk", kind);
  const identity = await generateIdentity(kind);
  const recipient = await toRecipient(identity);
  if (opts.noRecipient !== true) {
    await addRecipient(inst.db, { name: "Tester", recipient, channelSlug: "default" });
  }
  for (const [slug, name] of Object.entries(opts.channels ?? {})) {
    await addChannel(inst.db, slug, name, kind);
    await addRecipient(inst.db, { name: "Tester", recipient, channelSlug: slug });
  }
  if (opts.limits)
    inst = inst.withConfig({ ...inst.config, limits: { ...inst.config.limits, ...opts.limits } });
  // New sources have a budget (60 a minute by default); suites that start many
  // sources are not about it (test/web/new-codename.test.ts is, and sets it).
  inst = inst.withConfig({ ...inst.config, newSourcesPerMinute: 1_000_000, ...opts.config });
  if (opts.onion === true) await initOnions(dir);
  if (opts.signingKey === true) await installPublicKey(dir, generateSigningKey().publicKey);
  const logs: string[] = [];
  const running = await startServers(
    inst,
    { source: { host: "127.0.0.1", port: 0 }, recipient: { host: "127.0.0.1", port: 0 } },
    createLogger((l) => logs.push(l)),
    { appDir: existsSync(join(APP_DIR, "index.html")) ? APP_DIR : undefined },
  );
  return {
    dir,
    inst,
    identity,
    recipient,
    logs,
    running,
    url: running.sourceUrl,
    recipientUrl: running.recipientUrl,
    async close() {
      await running.close();
      await inst.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Counts of what a request could have left behind. */
export interface Residue {
  readonly sources: number;
  readonly submissions: number;
  readonly blobRows: number;
  readonly blobFiles: number;
  readonly tempFiles: number;
}

export async function residue(f: { inst: Instance }): Promise<Residue> {
  const count = async (table: "sources" | "submissions" | "blobs"): Promise<number> => {
    const r = await f.inst.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };
  let blobFiles = 0;
  for (const d of await readdir(f.inst.blobs.root)) {
    if (d === "tmp") continue;
    const p = join(f.inst.blobs.root, d);
    if ((await stat(p)).isDirectory()) blobFiles += (await readdir(p)).length;
  }
  return {
    sources: await count("sources"),
    submissions: await count("submissions"),
    blobRows: await count("blobs"),
    blobFiles,
    tempFiles: (await readdir(f.inst.blobs.tmp)).length,
  };
}

/** The designation recipients see for the source holding `codename`. */
export async function designationOf(f: { inst: Instance }, codename: string): Promise<string> {
  const parsed = parseCodename(codename);
  if (!parsed.ok) throw new Error("not a codename");
  const { lookup } = await deriveSourceKeys(f.inst, parsed.entropy);
  const row = await f.inst.db
    .selectFrom("sources")
    .select("designation")
    .where("lookup", "=", lookup)
    .executeTakeFirstOrThrow();
  return row.designation;
}
