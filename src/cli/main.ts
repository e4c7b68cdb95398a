/**
 * `postern`: the command line. Flags are a contract (issue #2). Every
 * command answers --help, and fails with one line and a non-zero exit on
 * bad input. Secrets are never printed unless asked for.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateIdentity, parseIdentityFile, recipientFingerprint } from "../crypto/index.ts";
import { toRecipient } from "../runtime/crypto-pool.ts";
import { createInvite, hasActiveAccount, setMembership } from "../core/accounts.ts";
import { OPERATOR } from "../core/channel-events.ts";
import { addChannel, addRecipient, listChannels, removeRecipientByName } from "../core/channels.ts";
import { decryptPulled } from "../core/decrypt.ts";
import { toPosternError } from "../core/errors.ts";
import { listInbox, listInboxBySource, pullInbox } from "../core/inbox.ts";
import { writeReply } from "../core/replies.ts";
import { Instance } from "../core/instance.ts";
import { deleteSource } from "../core/sources.ts";
import { createLogger } from "../runtime/log.ts";
import { OUTREACH_COMMANDS } from "./outreach.ts";
import { progressBar } from "./progress.ts";
import { terminalSafe } from "./terminal.ts";
import { exitStatus, PosternError } from "../protocol/errors.ts";

/** Where invite links point: --base-url, else the recipient onion, else the default listener. */
async function recipientBase(dir: string, flag: string | boolean | undefined): Promise<string> {
  if (typeof flag === "string") {
    let u: URL;
    try {
      u = new URL(flag);
    } catch {
      throw new PosternError("usage", `--base-url "${flag}" is not a URL`);
    }
    if (u.protocol !== "http:" && u.protocol !== "https:")
      throw new PosternError("usage", "--base-url must be http:// or https://");
    return u.origin;
  }
  const { readOnionAddress } = await import("../tor/onion.ts");
  const onion = await readOnionAddress(dir, "recipient");
  return onion !== null ? `http://${onion}` : `http://${DEFAULT_RECIPIENT}`;
}

type Spec = Record<string, { type: "string" | "boolean"; short?: string }>;

interface Command {
  readonly usage: string;
  readonly summary: string;
  readonly options: Spec;
  readonly required?: readonly string[];
  run(v: Record<string, string | boolean | undefined>): Promise<void>;
}

const out = (s: string): void => void process.stdout.write(terminalSafe(s) + "\n");
const str = (v: string | boolean | undefined): string => (typeof v === "string" ? v : "");

const DEFAULT_SOURCE = "127.0.0.1:8080";
const DEFAULT_RECIPIENT = "127.0.0.1:8081";

async function withInstance<T>(dir: string, fn: (inst: Instance) => Promise<T>): Promise<T> {
  const inst = await Instance.open(dir);
  try {
    return await fn(inst);
  } finally {
    await inst.close();
  }
}

async function init(dir: string, orgName: string): Promise<void> {
  await Instance.create(dir, orgName);
  await withInstance(dir, (inst) => addChannel(inst.db, "default", "Default", "pq"));
  // No outreach signing key here: it is made offline (postern outreach key --new),
  // so that whoever takes the server cannot sign a statement with their own address.
}

async function writeIdentity(file: string, classic: boolean, comment: string): Promise<string> {
  if (existsSync(file))
    throw new PosternError("usage", `${file} already exists; refusing to overwrite a key`);
  const identity = await generateIdentity(classic ? "classic" : "pq");
  const recipient = await toRecipient(identity);
  const text = `# created: ${new Date().toISOString().slice(0, 10)}\n# ${comment}\n# public key: ${recipient}\n${identity}\n`;
  await writeFile(file, text, { mode: 0o600, flag: "wx" });
  return recipient;
}

/** What to say while no client is authorized (then tor is not given the recipient onion at all). */
const unpublished = (dir: string): string =>
  `not published until a recipient is authorized (postern onion client-auth add --data ${dir} --name NAME)`;

interface TorFlags {
  readonly tor: boolean;
  readonly torConfig?: string | undefined;
  readonly torSocks?: string | undefined;
}

async function serve(
  dir: string,
  sourceListen: string,
  recipientListen: string,
  banner?: string[],
  torFlags: TorFlags = { tor: false },
): Promise<void> {
  // Loaded here, not at the top: the other commands start faster without the web stack.
  const { parseListen, startServers } = await import("../web/server.ts");
  const listen = { source: parseListen(sourceListen), recipient: parseListen(recipientListen) };
  const socks = torFlags.torSocks ? parseListen(torFlags.torSocks) : undefined;
  const inst = await Instance.open(dir);
  const logger = createLogger();
  // bin/postern.js builds the web app and says where (POSTERN_APP_DIR).
  const running = await startServers(inst, listen, logger, {
    appDir: process.env.POSTERN_APP_DIR,
  });
  let tor: { stop(): Promise<void> } | null = null;
  const onions: string[] = [];
  if (torFlags.tor) {
    try {
      const { initOnions, readOnionAddress } = await import("../tor/onion.ts");
      const { TorSupervisor } = await import("../tor/supervisor.ts");
      if ((await readOnionAddress(dir, "source")) === null) await initOnions(dir);
      const port = (app: typeof running.source): number => {
        const a = app.server.address();
        return a !== null && typeof a === "object" ? a.port : 0;
      };
      const supervisor = new TorSupervisor({
        dataDir: inst.dir,
        source: { host: listen.source.host, port: port(running.source) },
        recipient: { host: listen.recipient.host, port: port(running.recipient) },
        socks,
        extraFile: torFlags.torConfig ? resolve(torFlags.torConfig) : undefined,
        logger,
      });
      await supervisor.start();
      tor = supervisor;
      onions.push(
        `  Source onion:    http://${(await readOnionAddress(dir, "source")) ?? "?"}/`,
        supervisor.authorizedClients > 0
          ? `  Recipient onion: http://${(await readOnionAddress(dir, "recipient")) ?? "?"}/ (client authorization required)`
          : `  Recipient onion: ${unpublished(dir)}`,
      );
    } catch (e) {
      await running.close();
      await inst.close();
      throw e;
    }
  }
  out(`Postern is running for ${inst.config.orgName}.`);
  out(`  Source side:    ${running.sourceUrl}/`);
  out(`  Recipient side: ${running.recipientUrl}/`);
  for (const l of onions) out(l);
  if (tor !== null) out("  tor: up");
  // "{recipient}" in a banner line is the recipient listener's real address (port 0 included).
  for (const l of banner ?? []) out(l.replaceAll("{recipient}", running.recipientUrl));
  out("Press Ctrl+C to stop.");
  await new Promise<void>((done) => {
    const stop = (): void => {
      void (tor?.stop() ?? Promise.resolve())
        .then(() => running.close())
        .then(() => inst.close())
        .finally(done);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

const COMMANDS: Record<string, Command> = {
  init: {
    usage: "postern init --data DIR [--org-name NAME]",
    summary: "Create a data folder with a post-quantum channel named 'default'.",
    options: { data: { type: "string" }, "org-name": { type: "string" } },
    required: ["data"],
    async run(v) {
      const dir = str(v.data);
      await init(dir, str(v["org-name"]) || "Postern");
      out(`Initialized ${resolve(dir)} with channel "default" (post-quantum).`);
      out(
        `Next: postern keygen --output KEYFILE, then postern recipient add --data ${dir} --name NAME --recipient age1pq1…`,
      );
      out(
        `For the outreach kit: postern outreach key --new --key-file FILE on an offline machine, then postern outreach key --data ${dir} --set PUBLIC_KEY`,
      );
    },
  },
  keygen: {
    usage: "postern keygen --output FILE [--classic]",
    summary:
      "Write a new age identity file (post-quantum unless --classic) and print its public recipient.",
    options: { output: { type: "string", short: "o" }, classic: { type: "boolean" } },
    required: ["output"],
    async run(v) {
      out(
        await writeIdentity(
          str(v.output),
          v.classic === true,
          "Postern recipient key: keep this file secret and offline",
        ),
      );
    },
  },
  "channel add": {
    usage: "postern channel add --data DIR --slug SLUG --name NAME [--classic]",
    summary: "Add a channel (a destination sources can choose). Post-quantum unless --classic.",
    options: {
      data: { type: "string" },
      slug: { type: "string" },
      name: { type: "string" },
      classic: { type: "boolean" },
    },
    required: ["data", "slug", "name"],
    async run(v) {
      const ch = await withInstance(str(v.data), (inst) =>
        addChannel(inst.db, str(v.slug), str(v.name), v.classic === true ? "classic" : "pq"),
      );
      out(`Added channel "${ch.slug}" (${ch.kind === "pq" ? "post-quantum" : "classic"}).`);
    },
  },
  "channel list": {
    usage: "postern channel list --data DIR",
    summary: "List channels.",
    options: { data: { type: "string" } },
    required: ["data"],
    async run(v) {
      for (const c of await withInstance(str(v.data), (inst) => listChannels(inst.db))) {
        out(`${c.slug}\t${c.kind}\t${c.name}`);
      }
    },
  },
  "recipient add": {
    usage:
      "postern recipient add --data DIR --name NAME --recipient AGE_RECIPIENT [--channel SLUG]",
    summary: "Add a named recipient's public key to a channel ('default' unless --channel).",
    options: {
      data: { type: "string" },
      name: { type: "string" },
      recipient: { type: "string" },
      channel: { type: "string" },
    },
    required: ["data", "name", "recipient"],
    async run(v) {
      const channelSlug = str(v.channel) || "default";
      const added = await withInstance(str(v.data), (inst) =>
        addRecipient(inst.db, { name: str(v.name), recipient: str(v.recipient), channelSlug }),
      );
      out(`Added ${str(v.name)} to channel "${channelSlug}".`);
      // What the channel's members see in the web app, to compare.
      out(`Key fingerprint: ${recipientFingerprint(added.recipient)}`);
    },
  },
  serve: {
    usage:
      "postern serve --data DIR [--source-listen HOST:PORT] [--recipient-listen HOST:PORT] [--tor [--tor-config FILE] [--tor-socks HOST:PORT]]",
    summary: `Run the source listener (default ${DEFAULT_SOURCE}) and the recipient listener (default ${DEFAULT_RECIPIENT}); with --tor, also run Debian's tor (onion keys made if missing), restarted if it dies: the source onion, and the recipient onion while at least one recipient is authorized (tor reloads when that changes). --tor-config adds torrc lines from FILE; --tor-socks opens a SOCKS port.`,
    options: {
      data: { type: "string" },
      "source-listen": { type: "string" },
      "recipient-listen": { type: "string" },
      tor: { type: "boolean" },
      "tor-config": { type: "string" },
      "tor-socks": { type: "string" },
    },
    required: ["data"],
    async run(v) {
      if (v.tor !== true && (v["tor-config"] !== undefined || v["tor-socks"] !== undefined)) {
        throw new PosternError("usage", "--tor-config and --tor-socks need --tor");
      }
      await serve(
        str(v.data),
        str(v["source-listen"]) || DEFAULT_SOURCE,
        str(v["recipient-listen"]) || DEFAULT_RECIPIENT,
        undefined,
        {
          tor: v.tor === true,
          torConfig: str(v["tor-config"]) || undefined,
          torSocks: str(v["tor-socks"]) || undefined,
        },
      );
    },
  },
  "recipient invite": {
    usage:
      "postern recipient invite --data DIR --name NAME --role admin|recipient [--channel SLUG] [--base-url URL]",
    summary:
      "Print a one-time invite link (72 h) for a person to enrol in the recipient web app. The key is made in their browser.",
    options: {
      data: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      channel: { type: "string" },
      "base-url": { type: "string" },
    },
    required: ["data", "name", "role"],
    async run(v) {
      const role = str(v.role);
      if (role !== "admin" && role !== "recipient") {
        throw new PosternError("usage", '--role must be "admin" or "recipient"');
      }
      const channel = typeof v.channel === "string" ? v.channel : null;
      // Every check before the row: a refused invocation leaves no invite behind.
      const base = await recipientBase(str(v.data), v["base-url"]);
      const invite = await withInstance(str(v.data), (inst) =>
        createInvite(inst, { name: str(v.name), role, channel }),
      );
      out(`Invite for ${str(v.name)} (${role}${channel ? `, channel "${channel}"` : ""}):`);
      out("");
      out(`  ${base}${invite.link}`);
      out("");
      out(
        `It works once and expires ${new Date(invite.expires * 1000).toISOString().replace(/\.\d+Z$/, "Z")}. Send it over a channel you trust; whoever opens it first becomes this recipient.`,
      );
    },
  },
  "recipient remove": {
    usage: "postern recipient remove --data DIR --channel SLUG (--username NAME | --name NAME)",
    summary:
      "Stop encrypting a channel's new submissions to a recipient (an account by --username, a CLI key by --name). What they could read stays readable to them.",
    options: {
      data: { type: "string" },
      channel: { type: "string" },
      username: { type: "string" },
      name: { type: "string" },
    },
    required: ["data", "channel"],
    async run(v) {
      const channel = str(v.channel);
      if (typeof v.username === "string") {
        await withInstance(str(v.data), (inst) =>
          setMembership(inst, { username: str(v.username), channel, member: false, by: OPERATOR }),
        );
        out(`Removed ${str(v.username)} from channel "${channel}".`);
        return;
      }
      if (typeof v.name !== "string") throw new PosternError("usage", "give --username or --name");
      const n = await withInstance(str(v.data), (inst) =>
        removeRecipientByName(inst.db, str(v.name), channel),
      );
      out(`Removed ${n} key(s) named ${str(v.name)} from channel "${channel}".`);
    },
  },
  "inbox list": {
    usage: "postern inbox list --data DIR [--json] [--as USERNAME]",
    summary:
      "List submissions (metadata only: day, source designation, channel, counts, ciphertext size). --json: one object per source (designation, channel, unread, submissions, replies, entries); unread as seen by --as USERNAME, else by anyone.",
    options: { data: { type: "string" }, json: { type: "boolean" }, as: { type: "string" } },
    required: ["data"],
    async run(v) {
      if (v.json === true) {
        const as = typeof v.as === "string" ? v.as : undefined;
        const sources = await withInstance(str(v.data), (inst) => listInboxBySource(inst, as));
        out(JSON.stringify(sources, null, 2));
        return;
      }
      const entries = await withInstance(str(v.data), listInbox);
      if (entries.length === 0) {
        out("No submissions.");
        return;
      }
      out(["DAY", "SOURCE", "#", "CHANNEL", "FILES", "BYTES", "ID"].join("\t"));
      for (const e of entries)
        out([e.day, e.source, e.seq, e.channel, e.files, e.bytes, e.id].join("\t"));
    },
  },
  "inbox pull": {
    usage: "postern inbox pull --data DIR --out DIR",
    summary:
      "Copy the ciphertext of every submission not yet pulled into OUT, one folder per submission.",
    options: { data: { type: "string" }, out: { type: "string" } },
    required: ["data", "out"],
    async run(v) {
      const r = await withInstance(str(v.data), (inst) => pullInbox(inst, str(v.out)));
      out(
        `Pulled ${r.pulled} submission(s) into ${resolve(str(v.out))}; ${r.skipped} already there.`,
      );
      if (r.replies > 0)
        out(`Pulled ${r.replies} reply(ies) into ${join(resolve(str(v.out)), "replies")}.`);
      if (r.refused > 0) {
        throw new PosternError(
          "pull_refused",
          `refused ${r.refused} item(s) whose id or details have a shape Postern never makes: the server's database may have been tampered with; nothing was written for them`,
        );
      }
    },
  },
  reply: {
    usage: "postern reply --data DIR --source DESIGNATION --identity FILE --message-file FILE",
    summary:
      "Encrypt a reply here, to the source and the channel's recipients, and store it for the source to read.",
    options: {
      data: { type: "string" },
      source: { type: "string" },
      identity: { type: "string", short: "i" },
      "message-file": { type: "string" },
    },
    required: ["data", "source", "identity", "message-file"],
    async run(v) {
      const [identity] = parseIdentityFile(await readFile(str(v.identity), "utf8"));
      const message = await readFile(str(v["message-file"]), "utf8");
      const r = await withInstance(str(v.data), (inst) =>
        writeReply(inst, { designation: str(v.source), identity: identity ?? "", message }),
      );
      out(
        `Stored reply ${r.seq} to "${str(v.source).trim().toLowerCase()}" (channel "${r.channel}").`,
      );
    },
  },
  decrypt: {
    usage: "postern decrypt --identity FILE --in DIR --out DIR",
    summary: "Decrypt pulled submissions offline, with the original file names made safe.",
    options: {
      identity: { type: "string", short: "i" },
      in: { type: "string" },
      out: { type: "string" },
    },
    required: ["identity", "in", "out"],
    async run(v) {
      const identities = parseIdentityFile(await readFile(str(v.identity), "utf8"));
      const bar = progressBar();
      const r = await decryptPulled(identities, str(v.in), str(v.out), {
        file: (name, done, total) => bar.update(name, done, total),
        warn: (m) => {
          bar.end();
          process.stderr.write(`postern: warning: ${terminalSafe(m)}\n`);
        },
      });
      bar.end();
      out(
        `Decrypted ${r.files} file(s) from ${r.submissions} submission(s) into ${resolve(str(v.out))}.`,
      );
      if (r.failures > 0)
        throw new PosternError(
          "decrypt_incomplete",
          `${r.failures} item(s) could not be decrypted`,
        );
    },
  },
  "source delete": {
    usage: "postern source delete --data DIR --source DESIGNATION [--channel SLUG] --yes",
    summary:
      "Delete a source and everything of theirs (submissions, files, replies, sessions), or with --channel only what they sent to and received in that channel (the source goes when nothing is left); blobs are overwritten before removal. Needs --yes.",
    options: {
      data: { type: "string" },
      source: { type: "string" },
      channel: { type: "string" },
      yes: { type: "boolean" },
    },
    required: ["data", "source"],
    async run(v) {
      if (v.yes !== true)
        throw new PosternError("usage", "this cannot be undone: add --yes to confirm");
      const channel = typeof v.channel === "string" ? v.channel : undefined;
      const r = await withInstance(str(v.data), (inst) =>
        deleteSource(inst, str(v.source), channel),
      );
      if (r === null)
        throw new PosternError(
          "usage",
          channel === undefined
            ? `no source is called "${str(v.source)}"`
            : `no source is called "${str(v.source)}", or no channel "${channel}"`,
        );
      out(
        `Deleted "${str(v.source).trim().toLowerCase()}": ${r.submissions} submission(s), ${r.replies} reply(ies), ${r.blobs} file(s).`,
      );
    },
  },
  "onion init": {
    usage: "postern onion init --data DIR [--vanity PREFIX]",
    summary:
      "Make the source onion (optionally starting with PREFIX, 1–6 base32 characters) and the recipient onion, in Tor's key formats.",
    options: { data: { type: "string" }, vanity: { type: "string" } },
    required: ["data"],
    async run(v) {
      const dir = str(v.data);
      await Instance.open(dir).then((i) => i.close());
      const { initOnions } = await import("../tor/onion.ts");
      const vanity = str(v.vanity) || undefined;
      let began = Date.now();
      let expected = 0;
      const r = await initOnions(dir, {
        ...(vanity === undefined ? {} : { vanity }),
        progress: {
          start(n, workers) {
            expected = n;
            began = Date.now();
            process.stderr.write(
              `Searching for "${vanity ?? ""}…": about ${n.toLocaleString("en")} keys on average, on ${workers} core(s).\n`,
            );
          },
          tick(done) {
            const rate = done / Math.max(0.001, (Date.now() - began) / 1000);
            const eta = Math.max(0, (expected - done) / Math.max(1, rate));
            process.stderr.write(
              `\r  ${done.toLocaleString("en")} keys, ${Math.round(rate).toLocaleString("en")}/s, ~${formatDuration(eta)} to go (on average)\x1b[K`,
            );
          },
        },
      });
      if (vanity !== undefined) process.stderr.write("\n");
      out(`Source onion:    http://${r.source}/`);
      out(`Recipient onion: http://${r.recipient}/, ${unpublished(dir)}`);
      out(
        `Keys are in ${join(resolve(dir), "tor")}. Back them up offline: they are the addresses.`,
      );
    },
  },
  "onion client-auth add": {
    usage: "postern onion client-auth add --data DIR --name NAME",
    summary:
      "Authorize one recipient's Tor Browser for the recipient onion; prints the line to paste.",
    options: { data: { type: "string" }, name: { type: "string" } },
    required: ["data", "name"],
    async run(v) {
      const { addClientAuth } = await import("../tor/client-auth.ts");
      const r = await addClientAuth(str(v.data), str(v.name));
      out(`Authorized "${str(v.name)}" for http://${r.address}/`);
      out("");
      out("Give this line to the recipient, over a safe channel. In Tor Browser, opening the");
      out("address asks for the key: paste the part after 'x25519:'. For the tor daemon, save the");
      out("whole line as a file ending in .auth_private in its ClientOnionAuthDir:");
      out("");
      out(`  ${r.authPrivateLine}`);
      out("");
      out(`It is also in ${r.authPrivateFile}: delete that file once handed over.`);
    },
  },
  "onion client-auth remove": {
    usage: "postern onion client-auth remove --data DIR --name NAME",
    summary:
      "Withdraw one recipient's authorization (and any NAME.auth_private left to hand over). Without any client left, the recipient onion is no longer published.",
    options: { data: { type: "string" }, name: { type: "string" } },
    required: ["data", "name"],
    async run(v) {
      const { readClientAuth, removeClientAuth } = await import("../tor/client-auth.ts");
      const dir = str(v.data);
      const r = await removeClientAuth(dir, str(v.name));
      out(
        `Removed "${str(v.name)}"${r.leftoverRemoved ? " and its .auth_private file" : ""}. A running serve --tor reloads tor.`,
      );
      if ((await readClientAuth(dir)).clients.length === 0)
        out(`No authorized client is left: the recipient onion is ${unpublished(dir)}.`);
    },
  },
  "onion status": {
    usage: "postern onion status --data DIR",
    summary:
      "Print both onion addresses, whether the recipient onion is published (it is only with an authorized client), the authorized recipients, and whether tor is up.",
    options: { data: { type: "string" } },
    required: ["data"],
    async run(v) {
      const { readOnionAddress, torRunning } = await import("../tor/onion.ts");
      const { authorizedClientsDir, readClientAuth } = await import("../tor/client-auth.ts");
      const dir = str(v.data);
      const source = await readOnionAddress(dir, "source");
      const recipient = await readOnionAddress(dir, "recipient");
      if (source === null && recipient === null)
        throw new PosternError("usage", `no onion keys in ${dir} (run postern onion init)`);
      const { clients, ignored } = await readClientAuth(dir);
      const up = torRunning(dir);
      // Published means: tor is given the onion, which it is only with a valid client.
      const published =
        clients.length === 0
          ? "not published (no authorized client)"
          : `${up ? "published" : "published when tor runs"}, client authorization: ${clients.length} client(s)`;
      out(`Source onion:    ${source ?? "(none)"}`);
      out(`Recipient onion: ${recipient === null ? "(none)" : `${recipient}, ${published}`}`);
      out(`Authorized recipients: ${clients.length > 0 ? clients.join(", ") : "(none)"}`);
      if (ignored.length > 0)
        out(
          `Ignored: ${ignored.length} file(s) in ${authorizedClientsDir(dir)} that are not a valid NAME.auth client key`,
        );
      out(`tor: ${up ? "up" : "not running"}`);
    },
  },
  demo: {
    usage: "postern demo --data DIR [--source-listen HOST:PORT] [--recipient-listen HOST:PORT]",
    summary:
      "Start a demo instance: creates DIR with a demo recipient key (DEMO ONLY) when needed, then serves.",
    options: {
      data: { type: "string" },
      "source-listen": { type: "string" },
      "recipient-listen": { type: "string" },
    },
    required: ["data"],
    async run(v) {
      const dir = str(v.data);
      const keyFile = join(dir, "DEMO-ONLY-recipient-key.txt");
      if (!Instance.isInitialized(dir)) {
        await init(dir, "Demo Newsroom");
        const recipient = await writeIdentity(
          keyFile,
          false,
          "DEMO ONLY: this private key sits next to the server's data. Never use it for real submissions.",
        );
        await withInstance(dir, (inst) =>
          addRecipient(inst.db, {
            name: "Demo recipient (DEMO ONLY)",
            recipient,
            channelSlug: "default",
          }),
        );
      }
      const recipientListen = str(v["recipient-listen"]) || DEFAULT_RECIPIENT;
      // Until someone has enrolled, every start offers a fresh admin invite.
      const invite = await withInstance(dir, async (inst) => {
        return (await hasActiveAccount(inst))
          ? null
          : createInvite(inst, { name: "Demo admin", role: "admin", channel: "default" });
      });
      await serve(dir, str(v["source-listen"]) || DEFAULT_SOURCE, recipientListen, [
        "",
        ...(invite
          ? [
              "Read and answer in the browser: open this one-time link to become the demo's",
              "first recipient (it makes your key in the browser; nothing secret reaches the server):",
              `  {recipient}${invite.link}`,
              "",
            ]
          : []),
        "This is a DEMO instance. Its CLI recipient key is stored in the data folder, which a real",
        "deployment must never do. To read what you send through the source side:",
        `  node bin/postern.js inbox pull --data ${dir} --out ${join(dir, "pulled")}`,
        `  node bin/postern.js decrypt --identity ${keyFile} --in ${join(dir, "pulled")} --out ${join(dir, "decrypted")}`,
        "",
      ]);
    },
  },
  ...OUTREACH_COMMANDS,
};

function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${Math.round(seconds / 86400)} days`;
}

function help(): string {
  const lines = ["postern — a secure, anonymous contact point", "", "Commands:"];
  for (const c of Object.values(COMMANDS)) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  lines.push("", "Run any command with --help for its usage.");
  return lines.join("\n");
}

export async function main(argv: readonly string[]): Promise<number> {
  const [a, b] = argv;
  if (a === undefined || a === "--help" || a === "-h" || a === "help") {
    out(help());
    return a === undefined ? 2 : 0;
  }
  // The longest run of leading words that names a command ("onion client-auth add").
  const words = (n: number): string => argv.slice(0, n).join(" ");
  const key = [3, 2, 1].map(words).find((k) => COMMANDS[k] !== undefined) ?? a;
  const cmd = COMMANDS[key];
  if (!cmd) {
    // "postern channel", "postern onion client-auth --help": list that group's commands.
    const prefix = [2, 1]
      .map(words)
      .find((p) => Object.keys(COMMANDS).some((k) => k.startsWith(`${p} `)));
    if (prefix === undefined) {
      process.stderr.write(
        terminalSafe(
          `postern: unknown command "${[a, b].filter(Boolean).join(" ")}" (see postern --help)`,
        ) + "\n",
      );
      return 2;
    }
    const group = Object.entries(COMMANDS).filter(([k]) => k.startsWith(`${prefix} `));
    const next = argv[prefix.split(" ").length];
    if (next === "--help" || next === "-h") {
      out(group.map(([, c]) => `  ${c.usage}\n      ${c.summary}`).join("\n"));
      return 0;
    }
    const subs = group.map(([k]) => k.slice(prefix.length + 1)).join(", ");
    process.stderr.write(
      terminalSafe(
        `postern: ${next === undefined ? `"${prefix}" needs a subcommand` : `unknown command "${prefix} ${next}"`}: ${subs} (see postern ${prefix} --help)`,
      ) + "\n",
    );
    return 2;
  }
  const rest = argv.slice(key.split(" ").length);
  try {
    const parsed = parseArgs({
      args: [...rest],
      options: { ...cmd.options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    });
    const values = parsed.values as Record<string, string | boolean | undefined>;
    const positionals = parsed.positionals;
    if (values.help === true) {
      out(`${cmd.usage}\n\n${cmd.summary}`);
      return 0;
    }
    if (positionals.length > 0)
      throw new PosternError("usage", `unexpected argument "${positionals[0] ?? ""}"`);
    for (const r of cmd.required ?? []) {
      const v = values[r];
      if (typeof v !== "string" || v === "")
        throw new PosternError("usage", `--${r} is required (usage: ${cmd.usage})`);
    }
    await cmd.run(values);
    return 0;
  } catch (e) {
    // parseArgs's own refusals (an unknown flag, a missing value) are usage errors too.
    const parseArgs = (e as { code?: unknown }).code;
    const err =
      typeof parseArgs === "string" && parseArgs.startsWith("ERR_PARSE_ARGS")
        ? new PosternError("usage", (e as Error).message.split("\n")[0]?.slice(0, 300), {
            cause: e,
          })
        : toPosternError(e, "operator");
    process.stderr.write(`postern: ${terminalSafe(err.message)}\n`);
    return exitStatus(err.code);
  }
}
