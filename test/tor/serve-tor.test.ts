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
    // No authorized client yet: tor is not given the recipient onion at all.
    assert.doesNotMatch(torrc, /tor\/recipient/);
    assert.match(out(), /Recipient onion: not published until a recipient is authorized/);
    assert.doesNotMatch(out(), /client authorization required/);
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

test(
  "the recipient onion is given to tor only while a client is authorized; tor reloads on changes",
  { skip },
  async () => {
    const work = await mkdtemp(join(tmpdir(), "postern-serve-tor-clients-"));
    const dir = join(work, "data");
    let server: ChildProcess | null = null;
    try {
      assert.equal(postern(["init", "--data", dir]).status, 0);
      // tor's own account of what it loads, at info level: a file of this test's only.
      const info = join(work, "tor-info.log");
      const extra = join(work, "offline.conf");
      await writeFile(extra, `DisableNetwork 1\nLog info file ${info}\n`);
      const served = spawnServe(dir, ["--tor", "--tor-config", extra]);
      server = served.child;
      const out = served.output;
      await until("tor: up", () => out().includes("tor: up"), 90_000);
      assert.match(
        out(),
        new RegExp(
          `Recipient onion: not published until a recipient is authorized \\(postern onion client-auth add --data ${dir} --name NAME\\)`,
        ),
      );
      assert.doesNotMatch(out(), /client authorization required/);

      const torrc = (): Promise<string> => readFile(join(dir, "tor", "torrc"), "utf8");
      const keysOf = (role: string): string =>
        `Loading v3 onion service keys from "${join(dir, "tor", role)}"`;
      // What tor did since it last started or received SIGHUP.
      const lastLoad = async (): Promise<string> => {
        const log = await readFile(info, "utf8").catch(() => "");
        return log.slice(Math.max(0, log.lastIndexOf("Received reload signal")));
      };
      const reloads = async (): Promise<number> =>
        (await readFile(info, "utf8")).split("Received reload signal").length - 1;
      const pid = await torPid(dir);

      // 1. No client: tor runs the source onion only.
      assert.doesNotMatch(await torrc(), /tor\/recipient/);
      await until("tor loaded the source onion", async () =>
        (await lastLoad()).includes(keysOf("source")),
      );
      assert.ok(!(await lastLoad()).includes(keysOf("recipient")), "tor loaded no recipient onion");
      assert.ok(!(await lastLoad()).includes(`"${join(dir, "tor", "recipient")}"`));

      // 2. A client added from the CLI, in another process: torrc re-rendered, tor reloaded.
      const added = postern(["onion", "client-auth", "add", "--data", dir, "--name", "alice"]);
      assert.equal(added.status, 0, added.stderr);
      await until("tor_reloaded, published", () =>
        /event=tor_reloaded clients=1 recipient_onion=published/.test(out()),
      );
      assert.match(
        await torrc(),
        new RegExp(
          `HiddenServiceDir ${dir}/tor/recipient\\nHiddenServicePort 80 127\\.0\\.0\\.1:\\d+\\n`,
        ),
      );
      await until("tor loaded the recipient onion and its client", async () => {
        const l = await lastLoad();
        return (
          l.includes(keysOf("recipient")) && l.includes("Loaded a client authorization key file")
        );
      });
      assert.equal(await reloads(), 1);
      const status = postern(["onion", "status", "--data", dir]).stdout;
      assert.match(status, /, published, client authorization: 1 client\(s\)$/m);
      assert.match(status, /^tor: up$/m);

      // 3. The last client removed: the recipient onion is dropped again.
      const removed = postern(["onion", "client-auth", "remove", "--data", dir, "--name", "alice"]);
      assert.equal(removed.status, 0, removed.stderr);
      await until("tor_reloaded, unpublished", () =>
        /event=tor_reloaded clients=0 recipient_onion=unpublished/.test(out()),
      );
      assert.doesNotMatch(await torrc(), /tor\/recipient/);
      await until("tor reloaded the source onion alone", async () =>
        (await lastLoad()).includes(keysOf("source")),
      );
      assert.equal(await reloads(), 2);
      assert.ok(
        !(await lastLoad()).includes(keysOf("recipient")),
        "tor dropped the recipient onion",
      );
      assert.match(
        postern(["onion", "status", "--data", dir]).stdout,
        /, not published \(no authorized client\)$/m,
      );
      assert.equal(await torPid(dir), pid, "reloaded, not restarted");
      assert.doesNotMatch(out(), /alice/, "no client name in serve's output");
    } finally {
      if (server && server.exitCode === null) server.kill("SIGTERM");
      await until("server exit", () => server === null || server.exitCode !== null).catch(() =>
        server?.kill("SIGKILL"),
      );
      const pid = await torPid(dir);
      if (pid > 0 && alive(pid)) process.kill(pid, "SIGKILL");
      await rm(work, { recursive: true, force: true });
    }
  },
);

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
