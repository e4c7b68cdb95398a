/**
 * `node --import tsx bench/outreach.ts`: how long `postern outreach build`
 * takes for all twelve languages (the budget: under 2 minutes on this
 * 2-core machine), with the CPU it used and the CPU other processes took
 * meanwhile (a shared machine skews wall time; CPU seconds do not lie).
 *
 * Texts come from the i18n catalogue, as in production. Writes
 * bench/results/outreach.json. The target is reported, never fatal.
 *
 * Environment: OUTREACH_LANG (all twelve), OUTREACH_JOBS (one per CPU).
 */
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { addChannel } from "../src/core/channels.ts";
import { Instance } from "../src/core/instance.ts";
import { generateOnionKey } from "../src/crypto/index.ts";
import { buildKit, parseLocaleList } from "../src/outreach/build.ts";
import { generateSigningKey, installPublicKey } from "../src/outreach/signing.ts";

const CLK_TCK = 100;

/** CPU seconds of this process and of its children that have ended (Chromium, ffmpeg). */
function ownCpu(): number {
  const f = readFileSync("/proc/self/stat", "utf8");
  const x = f
    .slice(f.lastIndexOf(")") + 2)
    .split(" ")
    .map(Number);
  // utime 14, stime 15, cutime 16, cstime 17 (fields after the command name start at 3).
  return ((x[11] ?? 0) + (x[12] ?? 0) + (x[13] ?? 0) + (x[14] ?? 0)) / CLK_TCK;
}

/** Busy CPU seconds of the whole machine (all cores), from /proc/stat. */
function hostBusyCpu(): number {
  const f = (/^cpu\s+(.*)$/m.exec(readFileSync("/proc/stat", "utf8"))?.[1] ?? "")
    .split(/\s+/)
    .map(Number);
  return f.slice(0, 8).reduce((a, b, i) => (i === 3 || i === 4 ? a : a + b), 0) / CLK_TCK;
}

const root = await mkdtemp(join(os.tmpdir(), "postern-bench-outreach-"));
try {
  const data = join(root, "data");
  await Instance.create(data, "Demo Newsroom");
  const inst = await Instance.open(data);
  await addChannel(inst.db, "default", "Default", "pq");
  await inst.close();
  // The public key only, as on a real server: the statement is left for offline signing.
  await installPublicKey(data, generateSigningKey().publicKey);
  const locales = parseLocaleList(
    process.env.OUTREACH_LANG ?? "en,zh-Hans,zh-Hant,ru,uk,fa,ar,ko,es,fr,tr,vi",
  );
  const jobs = Number(process.env.OUTREACH_JOBS ?? os.availableParallelism());
  const host0 = hostBusyCpu();
  const own0 = ownCpu();
  const load0 = os.loadavg()[0] ?? 0;
  const r = await buildKit({
    dataDir: data,
    outDir: join(root, "kit"),
    locales,
    address: generateOnionKey().address,
    jobs,
    progress: (p) => process.stderr.write(`\r${p.done}/${p.total} ${p.label}\x1b[K`),
  });
  process.stderr.write("\n");
  const own = ownCpu() - own0;
  const other = Math.max(0, hostBusyCpu() - host0 - own);
  const result = {
    date: new Date().toISOString().slice(0, 10),
    cpus: os.availableParallelism(),
    locales: locales.length,
    ffmpeg_jobs: jobs,
    wall_s: Math.round(r.seconds * 10) / 10,
    own_cpu_s: Math.round(own * 10) / 10,
    other_cpu_s: Math.round(other * 10) / 10,
    loadavg_1m_before: Math.round(load0 * 100) / 100,
    target_wall_s: 120,
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `outreach build, ${result.locales} locales: ${result.wall_s} s (target < ${result.target_wall_s} s); ` +
      `CPU: ${result.own_cpu_s} s ours (≈ ${(result.own_cpu_s / result.cpus).toFixed(0)} s on ${result.cpus} idle cores), ${result.other_cpu_s} s other processes`,
  );
  const dir = fileURLToPath(new URL("results/", import.meta.url));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "outreach.json"), JSON.stringify(result, null, 2) + "\n");
} finally {
  await rm(root, { recursive: true, force: true });
}
