// `postern serve --tor` with Debian's tor, offline (DisableNetwork 1 through
// --tor-config): the torrc we write, tor up and reported, restarted after it
// is killed, stopped with the server; clear one-line failures when tor is
// missing or refuses its configuration.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, type ChildProcess } from "node:child_process";
import { BIN, spawnServe } from "../helpers/serve.ts";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const haveTor = spawnSync("tor", ["--version"]).status === 0;
const skip = haveTor ? false : "Debian tor is not installed";

function postern(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env, timeout: 120_000 });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(
  what: string,
  fn: () => Promise<boolean> | boolean,
  ms = 30_000,
): Promise<void> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function torPid(dir: string): Promise<number> {
  return Number((await readFile(join(dir, "tor", "tor.pid"), "utf8").catch(() => "0")).trim());
}

test("serve --tor writes our torrc, runs tor, restarts it, and stops it", { skip }, async () => {
  const work = await mkdtemp(join(tmpdir(), "postern-serve-tor-"));
  const dir = join(work, "data");
  let server: ChildProcess | null = null;
  try {
    assert.equal(postern(["init", "--data", dir]).status, 0);
    const extra = join(work, "offline.conf");
    await writeFile(extra, "DisableNetwork 1\n");
    const served = spawnServe(dir, ["--tor", "--tor-config", extra]);
    server = served.child;
    const out = served.output;
    await until("tor: up", () => out().includes("tor: up"), 90_000);
    assert.match(out(), /Source onion:\s+http:\/\/[a-z2-7]{56}\.onion\//);

    const torrc = await readFile(join(dir, "tor", "torrc"), "utf8");
    const sourcePort = /Source side:\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(out())?.[1];
    assert.ok(sourcePort);
    assert.match(torrc, new RegExp(`^DataDirectory ${dir}/tor/data$`, "m"));
    assert.match(torrc, /^SocksPort 0$/m);
    assert.match(torrc, /^SafeLogging 1$/m);
    assert.match(
      torrc,
      new RegExp(
        `HiddenServiceDir ${dir}/tor/source\\nHiddenServicePort 80 127\\.0\\.0\\.1:${sourcePort}\\nHiddenServicePoWDefensesEnabled 1`,
      ),
    );
    assert.match(
      torrc,
      new RegExp(`HiddenServiceDir ${dir}/tor/recipient\\nHiddenServicePort 80 `),
    );
    assert.equal(
      (torrc.match(/PoWDefensesEnabled/g) ?? []).length,
      1,
      "PoW on the source onion only",
    );

    assert.match(postern(["onion", "status", "--data", dir]).stdout, /tor: up/);
    const first = await torPid(dir);
    assert.ok(first > 0 && alive(first));
    process.kill(first, "SIGKILL");
    await until("tor restarted", async () => {
      const pid = await torPid(dir);
      return pid > 0 && pid !== first && alive(pid);
    });
    assert.match(out(), /event=tor_exited/);
    assert.match(out(), /event=tor_restart delay_ms=1000/);

    const second = await torPid(dir);
    server.kill("SIGTERM");
    await until("server exit", () => server?.exitCode !== null);
    await until("tor stopped", () => !alive(second), 15_000);
    assert.equal(await torPid(dir), 0, "pid file removed");
    assert.match(postern(["onion", "status", "--data", dir]).stdout, /tor: not running/);
  } finally {
    if (server && server.exitCode === null) server.kill("SIGKILL");
    const pid = await torPid(dir);
    if (pid > 0 && alive(pid)) process.kill(pid, "SIGKILL");
    await rm(work, { recursive: true, force: true });
  }
});

test("tor missing, or refusing its configuration: one clear line", { skip }, async () => {
  const work = await mkdtemp(join(tmpdir(), "postern-serve-tor-bad-"));
  const dir = join(work, "data");
  try {
    assert.equal(postern(["init", "--data", dir]).status, 0);
    const listen = ["--source-listen", "127.0.0.1:0", "--recipient-listen", "127.0.0.1:0"];
    const missing = postern(["serve", "--data", dir, ...listen, "--tor"], {
      ...process.env,
      PATH: "/nonexistent",
    });
    assert.notEqual(missing.status, 0);
    assert.equal(
      missing.stderr.trim(),
      "postern: tor is not installed (Debian: apt-get install tor)",
    );
    const bad = join(work, "bad.conf");
    await writeFile(bad, "ThisIsNotAnOption 1\n");
    const refused = postern(["serve", "--data", dir, ...listen, "--tor", "--tor-config", bad]);
    assert.notEqual(refused.status, 0);
    assert.equal(refused.stderr.trim().split("\n").length, 1);
    assert.match(refused.stderr, /^postern: tor refused its configuration: .*ThisIsNotAnOption/);
    const noTor = postern(["serve", "--data", dir, ...listen, "--tor-config", bad]);
    assert.equal(noTor.status, 2);
    assert.match(noTor.stderr, /need --tor/);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
