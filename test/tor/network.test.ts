// A real onion round trip on a private Tor network (TestingTorNetwork): three
// directory authorities that are also relays, two more relays, a client, and
// `postern serve --tor` publishing the source onion. The client fetches the
// landing page over the onion address and makes a submission through it.
// The recipient onion is not published until a client is authorized; once
// `onion client-auth add` runs, serve reloads tor and the client, given that
// key, reaches the recipient side.
// Everything listens on 127.0.0.1. It took 35–70 s here for the source side
// alone; with the recipient onion, 101 s on a machine loaded to 12 (2 cores).
// POSTERN_TOR_NETWORK=0 skips it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { BIN, spawnServe } from "../helpers/serve.ts";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readOnionAddress } from "../../src/tor/onion.ts";

const haveTor = ["tor", "tor-gencert"].every((b) => spawnSync(b, ["--help"]).error === undefined);
const skip =
  process.env.POSTERN_TOR_NETWORK === "0"
    ? "POSTERN_TOR_NETWORK=0"
    : haveTor
      ? false
      : "Debian tor (with tor-gencert) is not installed";
const BASE = 17100 + Math.floor(Math.random() * 400) * 10;

const COMMON = [
  "TestingTorNetwork 1",
  "AssumeReachable 1",
  "PathsNeededToBuildCircuits 0.25",
  "TestingDirAuthVoteExit *",
  "TestingDirAuthVoteGuard *",
  "TestingDirAuthVoteHSDir *",
  "V3AuthNIntervalsValid 2",
  // The lowest voting schedule tor accepts (chutney's values).
  "TestingV3AuthInitialVotingInterval 20",
  "TestingV3AuthInitialVoteDelay 4",
  "TestingV3AuthInitialDistDelay 4",
  "V3AuthVotingInterval 20",
  "V3AuthVoteDelay 4",
  "V3AuthDistDelay 4",
  "TestingMinExitFlagThreshold 0",
  "Sandbox 0",
  "Log notice stdout",
  "SafeLogging 0",
];

/** SOCKS5 CONNECT to host:port (name resolved by tor), then one raw HTTP/1.0 exchange. */
function socksHttp(socksPort: number, host: string, payload: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(socksPort, "127.0.0.1");
    let stage = 0;
    let buf = Buffer.alloc(0);
    const chunks: Buffer[] = [];
    s.setTimeout(60_000, () => s.destroy(new Error("socks timeout")));
    s.on("error", reject);
    s.on("connect", () => s.write(Buffer.from([5, 1, 0])));
    s.on("data", (d: Buffer) => {
      if (stage === 2) {
        chunks.push(d);
        return;
      }
      buf = Buffer.concat([buf, d]);
      if (stage === 0 && buf.length >= 2) {
        buf = buf.subarray(2);
        stage = 1;
        const name = Buffer.from(host);
        s.write(
          Buffer.concat([Buffer.from([5, 1, 0, 3, name.length]), name, Buffer.from([0, 80])]),
        );
      }
      if (stage === 1 && buf.length >= 10) {
        if (buf[1] !== 0) {
          s.destroy(new Error(`socks connect failed: ${buf[1]}`));
          return;
        }
        stage = 2;
        s.write(payload);
      }
    });
    s.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

test(
  "a source reaches Postern over a private Tor network and submits",
  { skip, timeout: 900_000 },
  async () => {
    const work = await mkdtemp(join(tmpdir(), "postern-tornet-"));
    const procs: ChildProcess[] = [];
    const logs = new Map<string, string>();
    const start = (name: string, torrc: string): ChildProcess => {
      const p = spawn("tor", ["-f", torrc], { stdio: ["ignore", "pipe", "pipe"] });
      logs.set(name, "");
      const keep = (c: Buffer): void =>
        void logs.set(name, ((logs.get(name) ?? "") + c.toString()).slice(-20_000));
      p.stdout.on("data", keep);
      p.stderr.on("data", keep);
      p.once("exit", (code) => keep(Buffer.from(`\n[exited ${code ?? "signal"}]\n`)));
      procs.push(p);
      return p;
    };
    const dump = (): string =>
      [...logs]
        .map(
          ([n, l]) =>
            `--- ${n}\n${l
              .split("\n")
              .filter((x) => /warn|err|Bootstrapped|exited/.test(x))
              .slice(-8)
              .join("\n")}`,
        )
        .join("\n");
    try {
      // Authorities: keys from tor-gencert, fingerprints from tor itself.
      const dirAuthority: string[] = [];
      for (let i = 0; i < 3; i++) {
        const dir = join(work, `auth${i}`);
        await mkdir(join(dir, "keys"), { recursive: true, mode: 0o700 });
        await chmod(dir, 0o700);
        const dirPort = BASE + 100 + i;
        execFileSync(
          "tor-gencert",
          [
            "--create-identity-key",
            "-m",
            "12",
            "-a",
            `127.0.0.1:${dirPort}`,
            "-i",
            "authority_identity_key",
            "-s",
            "authority_signing_key",
            "-c",
            "authority_certificate",
            "--passphrase-fd",
            "0",
          ],
          { cwd: join(dir, "keys"), input: "\n" },
        );
        const cert = await readFile(join(dir, "keys", "authority_certificate"), "utf8");
        const v3 = /^fingerprint (\w+)$/m.exec(cert)?.[1] ?? "";
        const fp = execFileSync(
          "tor",
          ["--list-fingerprint", "--DataDirectory", dir, "--ORPort", String(BASE + i)],
          {
            encoding: "utf8",
          },
        )
          .trim()
          .split("\n")
          .pop()
          ?.replace(/^\S+\s+/, "")
          .replace(/\s/g, "");
        dirAuthority.push(
          `DirAuthority auth${i} orport=${BASE + i} no-v2 v3ident=${v3} 127.0.0.1:${dirPort} ${fp ?? ""}`,
        );
      }
      const net = [...COMMON, ...dirAuthority];
      for (let i = 0; i < 3; i++) {
        const dir = join(work, `auth${i}`);
        const torrc = join(work, `auth${i}.torrc`);
        await writeFile(
          torrc,
          [
            ...net,
            `DataDirectory ${dir}`,
            `Nickname auth${i}`,
            `ORPort 127.0.0.1:${BASE + i}`,
            `DirPort 127.0.0.1:${BASE + 100 + i}`,
            "AuthoritativeDirectory 1",
            "V3AuthoritativeDirectory 1",
            "ExitPolicy accept 127.0.0.0/8:*",
            "ExitPolicyRejectPrivate 0",
            "SocksPort 0",
            `Address 127.0.0.1`,
          ].join("\n") + "\n",
        );
        start(`auth${i}`, torrc);
      }
      for (let i = 0; i < 3; i++) {
        const dir = join(work, `relay${i}`);
        await mkdir(dir, { mode: 0o700 });
        const torrc = join(work, `relay${i}.torrc`);
        await writeFile(
          torrc,
          [
            ...net,
            `DataDirectory ${dir}`,
            `Nickname relay${i}`,
            `ORPort 127.0.0.1:${BASE + 10 + i}`,
            "ExitPolicy accept 127.0.0.0/8:*",
            "ExitPolicyRejectPrivate 0",
            "SocksPort 0",
            "Address 127.0.0.1",
          ].join("\n") + "\n",
        );
        start(`relay${i}`, torrc);
      }
      const clientDir = join(work, "client");
      await mkdir(clientDir, { mode: 0o700 });
      const clientAuthDir = join(work, "client-auth");
      await mkdir(clientAuthDir, { mode: 0o700 });
      const socksPort = BASE + 50;
      await writeFile(
        join(work, "client.torrc"),
        [
          ...net,
          `DataDirectory ${clientDir}`,
          // ExtendedErrors: SOCKS reply 0xF0 tells "no such onion descriptor" apart from other failures.
          `SocksPort 127.0.0.1:${socksPort} ExtendedErrors`,
          `ClientOnionAuthDir ${clientAuthDir}`,
        ].join("\n") + "\n",
      );
      const client = start("client", join(work, "client.torrc"));

      // Postern, with the same network settings for its own tor.
      const data = join(work, "postern");
      execFileSync(process.execPath, [BIN, "init", "--data", data]);
      const recipient = execFileSync(
        process.execPath,
        [BIN, "keygen", "--output", join(work, "recipient-key.txt")],
        { encoding: "utf8" },
      ).trim();
      execFileSync(process.execPath, [
        BIN,
        "recipient",
        "add",
        "--data",
        data,
        "--name",
        "R",
        "--recipient",
        recipient,
      ]);
      const extra = join(work, "postern-extra.conf");
      await writeFile(
        extra,
        net.filter((l) => !l.startsWith("Log ") && !l.startsWith("SafeLogging")).join("\n") + "\n",
      );
      const served = spawnServe(data, ["--tor", "--tor-config", extra]);
      procs.push(served.child);

      const deadline = Date.now() + 600_000;
      while (!/Bootstrapped 100%/.test(logs.get("client") ?? "")) {
        if (Date.now() > deadline) throw new Error(`client never bootstrapped:\n${dump()}`);
        await new Promise((r) => setTimeout(r, 1000));
      }
      // serve writes the address once its own start-up is done (the sweep, the
      // crypto workers): the client may bootstrap first.
      let onion = "";
      while (!onion.endsWith(".onion")) {
        if (Date.now() > deadline) throw new Error(`no source onion address:\n${dump()}`);
        onion = (await readOnionAddress(data, "source")) ?? "";
        if (!onion.endsWith(".onion")) await new Promise((r) => setTimeout(r, 500));
      }
      assert.match(onion, /\.onion$/);
      let landing = "";
      while (!landing.includes('id="start"')) {
        if (Date.now() > deadline)
          throw new Error(`onion never answered:\n${served.output().slice(-2000)}\n${dump()}`);
        landing = await socksHttp(
          socksPort,
          onion,
          Buffer.from(`GET /en/ HTTP/1.0\r\nHost: ${onion}\r\n\r\n`),
        ).catch(() => "");
        if (!landing.includes('id="start"')) await new Promise((r) => setTimeout(r, 3000));
      }
      assert.match(landing, /HTTP\/1\.[01] 200/);
      assert.doesNotMatch(
        landing,
        /warning-onion/,
        "reached through the onion: no clearnet warning",
      );

      // A new source, then a submission, all through the onion.
      const get = (path: string, cookie: string): Promise<string> =>
        socksHttp(
          socksPort,
          onion,
          Buffer.from(`GET ${path} HTTP/1.0\r\nHost: ${onion}\r\nCookie: ${cookie}\r\n\r\n`),
        );
      const fresh = await get("/en/new", "");
      const anon = /set-cookie: (postern_session=[^;]+)/i.exec(fresh)?.[1] ?? "";
      assert.match(fresh, /id="codename"/);
      const field = (n: string): string =>
        new RegExp(`name="${n}" value="([^"]+)"`).exec(fresh)?.[1] ?? "";
      const form = new URLSearchParams({
        csrf: field("csrf"),
        codename: field("codename"),
        proof: field("proof"),
      }).toString();
      const started = await socksHttp(
        socksPort,
        onion,
        Buffer.from(
          `POST /en/new HTTP/1.0\r\nHost: ${onion}\r\nCookie: ${anon}\r\n` +
            `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${form.length}\r\n\r\n${form}`,
        ),
      );
      const cookie = /set-cookie: (postern_session=[^;]+)/i.exec(started)?.[1] ?? "";
      assert.match(started, /HTTP\/1\.[01] 303/);
      const csrf = /name="csrf" value="([^"]+)"/.exec(await get("/en/submit", cookie))?.[1] ?? "";
      assert.ok(cookie && csrf);
      const boundary = "----PosternTorNet";
      const body = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="message"\r\n\r\nover the onion\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n` +
          `Content-Type: text/plain\r\n\r\nfile over tor\r\n--${boundary}--\r\n`,
      );
      const head = Buffer.from(
        `POST /en/submit HTTP/1.0\r\nHost: ${onion}\r\nCookie: ${cookie}\r\n` +
          `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${body.length}\r\n\r\n`,
      );
      const posted = await socksHttp(socksPort, onion, Buffer.concat([head, body]));
      assert.match(posted, /id="submission-received"/);
      const list = execFileSync(
        process.execPath,
        [BIN, "inbox", "list", "--data", data, "--json"],
        {
          encoding: "utf8",
        },
      );
      assert.equal((JSON.parse(list) as unknown[]).length, 1);

      // The recipient onion: no client yet, so tor never published it (0xF0:
      // descriptor not found). Before issue #11 it answered anyone.
      const recipientOnion = (await readOnionAddress(data, "recipient")) ?? "";
      const health = Buffer.from(`GET /api/v1/health HTTP/1.0\r\nHost: ${recipientOnion}\r\n\r\n`);
      const unpublished = await socksHttp(socksPort, recipientOnion, health).then(
        (r) => `answered: ${r.split("\r\n")[0] ?? ""}`,
        (e: unknown) => String(e),
      );
      assert.match(
        unpublished,
        /socks connect failed: 240/,
        "the recipient onion is not published",
      );

      // Authorize this client: serve reloads its tor, which publishes the onion for it alone.
      execFileSync(process.execPath, [
        BIN,
        ...["onion", "client-auth", "add", "--data", data, "--name", "tester"],
      ]);
      await writeFile(
        join(clientAuthDir, "tester.auth_private"),
        await readFile(join(data, "tor", "client-auth", "tester.auth_private")),
        { mode: 0o600 },
      );
      client.kill("SIGHUP");
      let recipientSide = "";
      while (!recipientSide.includes('"ok":true')) {
        if (Date.now() > deadline)
          throw new Error(`recipient onion never answered:\n${served.output().slice(-2000)}`);
        recipientSide = await socksHttp(socksPort, recipientOnion, health).catch(() => "");
        if (!recipientSide.includes('"ok":true')) await new Promise((r) => setTimeout(r, 3000));
      }
      assert.match(recipientSide, /HTTP\/1\.[01] 200/);
      assert.match(served.output(), /event=tor_reloaded clients=1 recipient_onion=published/);
    } finally {
      // Stop Postern gently so it stops its tor; then everything else.
      const server = procs.find((p) => p.spawnargs.includes("serve"));
      if (server && server.exitCode === null) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 15_000);
          server.once("exit", () => {
            clearTimeout(t);
            resolve();
          });
          server.kill("SIGTERM");
        });
      }
      for (const p of procs) p.kill("SIGKILL");
      await rm(work, { recursive: true, force: true });
    }
  },
);
