// A real onion round trip on a private Tor network (TestingTorNetwork): three
// directory authorities that are also relays, two more relays, an obfs4
// bridge, two clients, and `postern serve --tor` publishing the source onion.
// One client fetches the landing page over the onion address and makes a
// submission through it. The other is a source where Tor is blocked: its tor
// reaches the network only through the bridge, over obfs4 (Debian's
// obfs4proxy), and makes a whole no-JavaScript submission that the recipient
// then decrypts; the times to its landing page and to #submission-received are
// printed, never asserted.
// The recipient onion is not published until a client is authorized; once
// `onion client-auth add` runs, serve reloads tor and the client, given that
// key, reaches the recipient side.
// Everything listens on 127.0.0.1. It took 35–70 s here for the source side
// alone; with the recipient onion, 101 s on a machine loaded to 12 (2 cores);
// the bridge and its source add about 10 s (the same network serves both).
// POSTERN_TOR_NETWORK=0 skips it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { BIN, spawnServe } from "../helpers/serve.ts";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readOnionAddress } from "../../src/tor/onion.ts";
import { TorControl } from "../helpers/tor-control.ts";

const haveTor = ["tor", "tor-gencert"].every((b) => spawnSync(b, ["--help"]).error === undefined);
const skip =
  process.env.POSTERN_TOR_NETWORK === "0"
    ? "POSTERN_TOR_NETWORK=0"
    : haveTor
      ? false
      : "Debian tor (with tor-gencert) is not installed";
const OBFS4PROXY = "/usr/bin/obfs4proxy";
const bridgeSkip = existsSync(OBFS4PROXY) ? false : "Debian obfs4proxy is not installed";
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

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number): string => (ms / 1000).toFixed(1);

interface FlowTimes {
  /** From the first request to the landing page (retried until the onion answers). */
  readonly landingMs: number;
  /** From the first request to the page that shows #submission-received. */
  readonly receivedMs: number;
}

/**
 * The whole no-JavaScript source flow through one tor client's SOCKS port, as
 * a browser with JavaScript off makes it: the landing page, the codename page,
 * continue (a POST with csrf, codename and proof), the submit form, and a
 * multipart POST with a message and a file.
 */
async function submitOverOnion(
  socksPort: number,
  onion: string,
  submission: { readonly message: string; readonly fileName: string; readonly file: Buffer },
  deadline: number,
  why: () => string,
): Promise<FlowTimes> {
  const t0 = performance.now();
  let landing = "";
  while (!landing.includes('id="start"')) {
    if (Date.now() > deadline) throw new Error(`onion never answered:\n${why()}`);
    landing = await socksHttp(
      socksPort,
      onion,
      Buffer.from(`GET /en/ HTTP/1.0\r\nHost: ${onion}\r\n\r\n`),
    ).catch(() => "");
    if (!landing.includes('id="start"')) await sleep(3000);
  }
  const landingMs = performance.now() - t0;
  assert.match(landing, /HTTP\/1\.[01] 200/);
  assert.doesNotMatch(landing, /warning-onion/, "reached through the onion: no clearnet warning");

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
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="message"\r\n\r\n${submission.message}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${submission.fileName}"\r\n` +
        `Content-Type: application/octet-stream\r\n\r\n`,
    ),
    submission.file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const head = Buffer.from(
    `POST /en/submit HTTP/1.0\r\nHost: ${onion}\r\nCookie: ${cookie}\r\n` +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${body.length}\r\n\r\n`,
  );
  const posted = await socksHttp(socksPort, onion, Buffer.concat([head, body]));
  assert.match(posted, /id="submission-received"/);
  return { landingMs, receivedMs: performance.now() - t0 };
}

/**
 * The bridged source's tor, started offline (`DisableNetwork 1`) and watched
 * through its control port, so that every connection it makes is seen.
 */
interface BridgedClient {
  readonly socksPort: number;
  readonly control: TorControl;
  /** The bridge's identity fingerprint (40 hex digits). */
  readonly bridge: string;
  readonly obfs4Port: number;
  readonly bridgeDir: string;
}

test(
  "a private Tor network: sources reach Postern's onion, directly and through an obfs4 bridge",
  { skip, timeout: 900_000 },
  async (t) => {
    const work = await mkdtemp(join(tmpdir(), "postern-tornet-"));
    const procs: ChildProcess[] = [];
    const logs = new Map<string, string>();
    let bridged: BridgedClient | null = null;
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
      // The bridge: a relay of this network that publishes nothing (no
      // authority lists it, as with a bridge handed out privately) and takes
      // clients over obfs4, which obfs4proxy hands to tor's extended ORPort.
      const bridgeDir = join(work, "bridge");
      const obfs4Port = BASE + 21;
      if (!bridgeSkip) {
        await mkdir(bridgeDir, { mode: 0o700 });
        await writeFile(
          join(work, "bridge.torrc"),
          [
            ...net,
            `DataDirectory ${bridgeDir}`,
            "Nickname bridge",
            `ORPort 127.0.0.1:${BASE + 20}`,
            "Address 127.0.0.1",
            "BridgeRelay 1",
            "PublishServerDescriptor 0",
            "ExitPolicy reject *:*",
            "SocksPort 0",
            // obfs4proxy's own log (addresses scrubbed) counts the connections it takes.
            `ServerTransportPlugin obfs4 exec ${OBFS4PROXY} -enableLogging -logLevel INFO`,
            `ServerTransportListenAddr obfs4 127.0.0.1:${obfs4Port}`,
            "ExtORPort auto",
          ].join("\n") + "\n",
        );
        start("bridge", join(work, "bridge.torrc"));
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
      const recipientKey = join(work, "recipient-key.txt");
      const recipient = execFileSync(process.execPath, [BIN, "keygen", "--output", recipientKey], {
        encoding: "utf8",
      }).trim();
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

      // The bridged source's tor. obfs4proxy writes the bridge's line (its
      // cert) once tor has launched it; the fingerprint is the bridge's own.
      if (!bridgeSkip) {
        const lineFile = join(bridgeDir, "pt_state", "obfs4_bridgeline.txt");
        const fingerprintFile = join(bridgeDir, "fingerprint");
        const readIfThere = (f: string): Promise<string> => readFile(f, "utf8").catch(() => "");
        let cert: string | undefined;
        let bridge: string | undefined;
        const soon = Date.now() + 60_000;
        while (cert === undefined || bridge === undefined) {
          if (Date.now() > soon)
            throw new Error(
              `the bridge wrote no bridge line:\n${await readIfThere(lineFile)}\n${dump()}`,
            );
          await sleep(250);
          cert = /^Bridge obfs4 .* (cert=\S+ iat-mode=\d)\s*$/m.exec(
            await readIfThere(lineFile),
          )?.[1];
          bridge = /^bridge ([0-9A-F]{40})\s*$/.exec(await readIfThere(fingerprintFile))?.[1];
        }
        const dir = join(work, "bridged");
        await mkdir(dir, { mode: 0o700 });
        const bridgedSocks = BASE + 51;
        const controlPort = BASE + 52;
        await writeFile(
          join(work, "bridged.torrc"),
          [
            ...net,
            `DataDirectory ${dir}`,
            `SocksPort 127.0.0.1:${bridgedSocks} ExtendedErrors`,
            `ControlPort 127.0.0.1:${controlPort}`,
            "CookieAuthentication 1",
            // Offline until the test lets it go online: its first connection is watched.
            "DisableNetwork 1",
            "UseBridges 1",
            `ClientTransportPlugin obfs4 exec ${OBFS4PROXY}`,
            `Bridge obfs4 127.0.0.1:${obfs4Port} ${bridge} ${cert}`,
          ].join("\n") + "\n",
        );
        start("bridged", join(work, "bridged.torrc"));
        const control = await TorControl.open(controlPort, join(dir, "control_auth_cookie"));
        await control.command("SETEVENTS ORCONN CIRC STATUS_CLIENT");
        bridged = { socksPort: bridgedSocks, control, bridge, obfs4Port, bridgeDir };
      }

      while (!/Bootstrapped 100%/.test(logs.get("client") ?? "")) {
        if (Date.now() > deadline) throw new Error(`client never bootstrapped:\n${dump()}`);
        await sleep(1000);
      }
      // serve writes the address once its own start-up is done (the sweep, the
      // crypto workers): the client may bootstrap first.
      let onion = "";
      while (!onion.endsWith(".onion")) {
        if (Date.now() > deadline) throw new Error(`no source onion address:\n${dump()}`);
        onion = (await readOnionAddress(data, "source")) ?? "";
        if (!onion.endsWith(".onion")) await sleep(500);
      }
      assert.match(onion, /\.onion$/);
      const why = (): string => `${served.output().slice(-2000)}\n${dump()}`;

      await t.test("a source submits over the onion", async (t) => {
        const times = await submitOverOnion(
          socksPort,
          onion,
          { message: "over the onion", fileName: "a.txt", file: Buffer.from("file over tor") },
          deadline,
          why,
        );
        t.diagnostic(
          `direct client, from the onion address being written (so with the wait for its ` +
            `descriptor): landing page after ${seconds(times.landingMs)} s, ` +
            `#submission-received after ${seconds(times.receivedMs)} s`,
        );
        const list = execFileSync(
          process.execPath,
          [BIN, "inbox", "list", "--data", data, "--json"],
          { encoding: "utf8" },
        );
        assert.equal((JSON.parse(list) as unknown[]).length, 1);
      });

      await t.test(
        "a source whose tor reaches the network only through an obfs4 bridge submits",
        { skip: bridgeSkip },
        async (t) => {
          const b = bridged;
          assert.ok(b);
          // A source opening Tor Browser with a bridge: from going online to
          // the landing page, in a network that is already up.
          const t0 = performance.now();
          await b.control.command("SETCONF DisableNetwork=0");
          const booted = (): number | undefined =>
            b.control.events.find((e) => /^STATUS_CLIENT \S+ BOOTSTRAP PROGRESS=100 /.test(e.line))
              ?.at;
          while (booted() === undefined) {
            if (Date.now() > deadline)
              throw new Error(`bridged client never bootstrapped:\n${dump()}`);
            await sleep(100);
          }
          const bootMs = (booted() ?? 0) - t0;
          const file = randomBytes(48 * 1024);
          const message = "through an obfs4 bridge";
          const flowStart = performance.now();
          const times = await submitOverOnion(
            b.socksPort,
            onion,
            { message, fileName: "bridged.bin", file },
            deadline,
            why,
          );
          // Measured, not asserted: the machine is shared.
          t.diagnostic(
            `bridged client, from going online: bootstrapped through the bridge at ${seconds(bootMs)} s, ` +
              `landing page at ${seconds(flowStart - t0 + times.landingMs)} s, ` +
              `#submission-received at ${seconds(flowStart - t0 + times.receivedMs)} s`,
          );

          // Only through the bridge. tor's own record of every OR connection it
          // made since it went online (a client fetches its directory over OR
          // connections too): all to the bridge. Every circuit it built, the
          // rendezvous one to the onion among them, starts at the bridge.
          // (ReachableAddresses cannot say "only the bridge": tor's path
          // selection then finds no directly reachable relay and builds nothing.)
          const events = b.control.events.map((e) => e.line);
          const seen = events.filter((l) => !l.startsWith("STATUS_CLIENT")).join("\n");
          const orconns = events.filter((l) => l.startsWith("ORCONN "));
          assert.ok(orconns.length > 0, `no OR connection seen:\n${seen}`);
          for (const l of orconns) {
            const target = l.split(" ")[1] ?? "";
            assert.ok(
              target.startsWith(`$${b.bridge}`) || target === `127.0.0.1:${b.obfs4Port}`,
              `an OR connection not to the bridge: ${l}`,
            );
          }
          const built = events.filter((l) => /^CIRC \d+ BUILT /.test(l));
          assert.ok(
            built.some((l) => l.includes("PURPOSE=HS_CLIENT_REND")),
            `no rendezvous circuit:\n${seen}`,
          );
          for (const l of built)
            assert.ok(
              (l.split(" ")[3] ?? "").startsWith(`$${b.bridge}`),
              `a circuit that does not start at the bridge: ${l}`,
            );
          // And over obfs4, not the bridge's plain ORPort: the bridge's
          // obfs4proxy (which only this client knows of) took at least as many
          // connections as the client completed.
          const ptLog = await readFile(join(b.bridgeDir, "pt_state", "obfs4proxy.log"), "utf8");
          const obfs4Connections = ptLog.match(/obfs4\(.*\) - new connection/g)?.length ?? 0;
          const connected = orconns.filter((l) => l.split(" ")[2] === "CONNECTED").length;
          assert.ok(
            connected > 0 && obfs4Connections >= connected,
            `${connected} OR connection(s), ${obfs4Connections} over obfs4:\n${ptLog}`,
          );

          // The recipient decrypts it with the CLI: the same bytes.
          const pulled = join(work, "pulled");
          const decrypted = join(work, "decrypted");
          execFileSync(process.execPath, [BIN, "inbox", "pull", "--data", data, "--out", pulled]);
          execFileSync(process.execPath, [
            BIN,
            ...["decrypt", "--identity", recipientKey, "--in", pulled, "--out", decrypted],
          ]);
          const found: string[] = [];
          for (const id of await readdir(decrypted)) {
            const text = await readFile(join(decrypted, id, "message.txt"), "utf8");
            found.push(text);
            if (text !== message) continue;
            assert.ok((await readFile(join(decrypted, id, "bridged.bin"))).equals(file));
          }
          assert.deepEqual(found.sort(), [message, "over the onion"].sort());
        },
      );

      await t.test("the recipient onion is published only for an authorized client", async () => {
        // No client yet, so tor never published it (0xF0: descriptor not
        // found). Before issue #11 it answered anyone.
        const recipientOnion = (await readOnionAddress(data, "recipient")) ?? "";
        const health = Buffer.from(
          `GET /api/v1/health HTTP/1.0\r\nHost: ${recipientOnion}\r\n\r\n`,
        );
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
          if (!recipientSide.includes('"ok":true')) await sleep(3000);
        }
        assert.match(recipientSide, /HTTP\/1\.[01] 200/);
        assert.match(served.output(), /event=tor_reloaded clients=1 recipient_onion=published/);
      });
    } finally {
      bridged?.control.close();
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
