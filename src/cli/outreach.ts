/**
 * The `postern outreach …` commands, in the shape of src/cli/main.ts's
 * command table (usage, summary, options, required, run), for it to register.
 * Problems are thrown as PosternError with a one-line detail; the code
 * `usage` means a bad invocation (exit 2).
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Instance } from "../core/instance.ts";
import { terminalSafe } from "./terminal.ts";
import { PosternError } from "../protocol/errors.ts";
import { readBounded } from "../outreach/file-io.ts";
import type { Statement } from "../outreach/statement.ts";
import type { KitTextSource } from "../outreach/texts.ts";

export interface OutreachCommand {
  readonly usage: string;
  readonly summary: string;
  readonly options: Record<string, { type: "string" | "boolean"; short?: string }>;
  readonly required?: readonly string[];
  run(v: Record<string, string | boolean | undefined>): Promise<void>;
}

export interface OutreachDeps {
  /** Kit texts; the i18n catalogue by default. */
  readonly texts?: KitTextSource;
  readonly out?: (line: string) => void;
  /** Notes that are not the command's answer (stderr). */
  readonly note?: (line: string) => void;
  readonly progress?: NodeJS.WriteStream;
}

const str = (v: string | boolean | undefined): string => (typeof v === "string" ? v : "");

function requireInstance(dir: string): void {
  if (!Instance.isInitialized(dir))
    throw new PosternError(
      "not_an_instance",
      `${resolve(dir)} is not a Postern data folder (run: postern init --data ${dir})`,
    );
}

/** A path as the shell reads it: quoted when it holds anything but safe characters. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_/.,:@%+=-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

/**
 * The warning for a private key left in the data folder, as lines: `signs`
 * when it is still the instance's key (no public key installed).
 */
function privateKeyWarning(file: string | null, signs: boolean, dir: string): string[] {
  if (file === null) return [];
  if (!signs)
    return [
      `warning: a private signing key is still on this server (${file}), unused since the public key was installed: delete it; keep the key only on the offline machine`,
    ];
  return [
    `warning: the outreach signing key's private half is on this server (${file}): whoever takes the server can sign a statement that names their own onion address`,
    `  move it off: make a key on an offline machine (postern outreach key --new --key-file FILE; or copy ${file} there to keep the fingerprint you published, if you trust this server was never taken),`,
    `  then here: postern outreach key --data ${shellWord(dir)} --set PUBLIC_KEY (the first line that prints), and delete ${file}`,
  ];
}

/** What a statement says, one field a line, as `verify` and `sign` print it. */
function describeStatement(s: Statement, out: (line: string) => void): void {
  out(`  organization:   ${s.organization}`);
  out(`  onion address:  ${s.onion}`);
  out(`  recipient keys: ${s.recipientKeys.length}`);
  for (const k of s.recipientKeys) out(`    ${k}`);
  out(`  date:           ${s.date}`);
}

/** The commands, with injectable texts and output (tests); OUTREACH_COMMANDS uses the defaults. */
export function outreachCommands(deps: OutreachDeps = {}): Record<string, OutreachCommand> {
  // A statement's organization and address come from a file: printed made safe.
  const out = deps.out ?? ((s: string): void => void process.stdout.write(terminalSafe(s) + "\n"));
  const note =
    deps.note ?? ((s: string): void => void process.stderr.write(`postern: ${terminalSafe(s)}\n`));
  const printKey = async (publicKey: Buffer): Promise<void> => {
    const { keyFingerprint } = await import("../outreach/signing.ts");
    out(publicKey.toString("base64"));
    out(`fingerprint: ${keyFingerprint(publicKey)}`);
  };
  return {
    "outreach build": {
      usage: "postern outreach build --data DIR --out DIR [--lang LIST] [--address ONION]",
      summary:
        "Build the outreach kit: a printable guide page, social images (1080×1350, 1080×1920), text-only videos (vertical and horizontal, with subtitles) per language, the address as QR code, and the statement for the outreach key to sign offline (postern outreach sign). --lang en,fa,… picks languages (all by default); --address uses another v3 onion address than the instance's source onion.",
      options: {
        data: { type: "string" },
        out: { type: "string" },
        lang: { type: "string" },
        address: { type: "string" },
      },
      required: ["data", "out"],
      async run(v) {
        const { buildKit, parseLocaleList } = await import("../outreach/build.ts");
        const { progressLine } = await import("../outreach/progress.ts");
        const dir = str(v.data);
        requireInstance(dir);
        const locales = typeof v.lang === "string" ? parseLocaleList(v.lang) : undefined;
        const bar = progressLine(deps.progress);
        let r;
        try {
          r = await buildKit({
            dataDir: dir,
            outDir: str(v.out),
            ...(locales === undefined ? {} : { locales }),
            ...(typeof v.address === "string" ? { address: v.address } : {}),
            ...(deps.texts === undefined ? {} : { texts: deps.texts }),
            progress: (p) => bar.update(p),
          });
        } finally {
          bar.end();
        }
        out(
          `Built the outreach kit in ${r.outDir} for ${r.locales.length} language(s) (${r.locales.join(", ")}) in ${r.seconds.toFixed(1)} s.`,
        );
        out(`  Address:     http://${r.address}/`);
        out(`  Signing key: ${r.fingerprint}`);
        if (r.signed) {
          out(
            `  Statement:   ${r.recipientKeys} recipient key(s), signed on this server (statement.txt, statement.sig)`,
          );
        } else {
          out(
            `  Statement:   ${r.recipientKeys} recipient key(s), NOT signed yet (statement.txt): the signing key is not on this server`,
          );
          out(
            "Sign it on the offline machine that holds the key (copy the kit there, or its statement.txt and statement.unsigned), then put the statement.sig it writes into the kit before you publish:",
          );
          out(
            `  postern outreach sign --key-file KEY_FILE --statement ${shellWord(join(r.outDir, "statement.txt"))}`,
          );
        }
        out(
          `Publish the public key (postern outreach key --data ${shellWord(dir)}) where people already trust you, so they can check the kit.`,
        );
        for (const line of privateKeyWarning(r.privateKeyFile, r.signed, dir)) note(line);
      },
    },
    "outreach key": {
      usage:
        "postern outreach key --data DIR [--set PUBLIC_KEY [--replace]] | --key-file FILE [--new]",
      summary:
        "Print the outreach signing key's public key (base64, one line) and its fingerprint. --key-file FILE --new makes the key on an offline machine (ed25519, mode 0600, never overwritten); --key-file FILE prints an existing key's. --data DIR prints the key the instance names; --set installs the public key there (base64, or a file whose first line is it); --replace installs another one. The server needs the public key only.",
      options: {
        data: { type: "string" },
        set: { type: "string" },
        replace: { type: "boolean" },
        "key-file": { type: "string" },
        new: { type: "boolean" },
      },
      async run(v) {
        const signing = await import("../outreach/signing.ts");
        const dir = str(v.data);
        const keyFile = str(v["key-file"]);
        if ((dir === "") === (keyFile === ""))
          throw new PosternError(
            "usage",
            "give --data DIR (the server's public key) or --key-file FILE (the offline private key), not both",
          );
        if (v.new === true && keyFile === "")
          throw new PosternError(
            "usage",
            "--new makes a key file: give --key-file FILE, on an offline machine",
          );
        if (v.set !== undefined && dir === "")
          throw new PosternError("usage", "--set installs a public key: give --data DIR");
        if (v.replace === true && v.set === undefined)
          throw new PosternError("usage", "--replace goes with --set PUBLIC_KEY");

        if (keyFile !== "") {
          if (v.new !== true) {
            await printKey((await signing.loadKeyFile(keyFile)).publicKey);
            return;
          }
          const folder = dirname(resolve(keyFile));
          if (Instance.isInitialized(folder))
            throw new PosternError(
              "usage",
              `${folder} is a Postern data folder: make the signing key on another machine, offline, and give the server its public key only`,
            );
          const key = await signing.createKeyFile(keyFile);
          await printKey(key.publicKey);
          note(
            `made the outreach signing key ${keyFile}: keep it on this offline machine (and a backup offline)`,
          );
          note(
            "install its public key on the server: postern outreach key --data DIR --set PUBLIC_KEY (the first line above)",
          );
          return;
        }

        requireInstance(dir);
        if (typeof v.set === "string") {
          const publicKey = signing.parsePublicKey(await publicKeyText(v.set));
          const { unchanged, replaced } = await signing.installPublicKey(dir, publicKey, {
            replace: v.replace === true,
          });
          await printKey(publicKey);
          note(
            unchanged
              ? `this outreach public key is installed already (${signing.publicKeyPath(dir)})`
              : `installed the outreach public key in ${signing.publicKeyPath(dir)}: kits built from now on name it; sign their statements offline (postern outreach sign)`,
          );
          if (replaced !== null)
            note(
              `it replaces the key with fingerprint ${signing.keyFingerprint(replaced)}: kits built before name that key; rebuild and republish them`,
            );
        }
        const k = await signing.installedKey(dir);
        if (k === null)
          throw new PosternError(
            "no_signing_key",
            `no outreach signing key for ${dir}: make one on an offline machine (postern outreach key --new --key-file FILE), then install its public key here (postern outreach key --data ${shellWord(dir)} --set PUBLIC_KEY)`,
          );
        if (typeof v.set !== "string") await printKey(k.publicKey);
        for (const line of privateKeyWarning(k.privateKeyFile, k.serverKey !== null, dir))
          note(line);
      },
    },
    "outreach sign": {
      usage: "postern outreach sign --key-file FILE --statement FILE [--out FILE]",
      summary:
        "Sign a kit's statement on the offline machine that holds the outreach key (no data folder needed): prints what it states (organization, onion address, recipient keys, date) and writes the signature (statement.sig beside the statement unless --out). Refuses a malformed statement, and a key other than the one the kit was built for (statement.unsigned).",
      options: {
        "key-file": { type: "string" },
        statement: { type: "string" },
        out: { type: "string" },
      },
      required: ["key-file", "statement"],
      async run(v) {
        const { commitSigning, planSigning } = await import("../outreach/offline-signing.ts");
        const { keyFingerprint } = await import("../outreach/signing.ts");
        const plan = await planSigning(str(v["key-file"]), str(v.statement));
        out(`Signing with the key with fingerprint ${keyFingerprint(plan.key.publicKey)}:`);
        describeStatement(plan.statement, out);
        if (plan.marker !== null) out("  (the kit was built for this key)");
        else
          note(
            `no statement.unsigned beside ${str(v.statement)}: check that the kit's pages show the fingerprint ${keyFingerprint(plan.key.publicKey)}`,
          );
        const file = await commitSigning(plan, typeof v.out === "string" ? v.out : undefined);
        out(`Wrote ${file}.`);
        out(
          "Check the onion address above against your own records before you publish: if anything in it is not yours, delete the signature and do not publish the kit.",
        );
      },
    },
    "outreach verify": {
      usage: "postern outreach verify --statement FILE --signature FILE --public-key KEY",
      summary:
        "Check a kit's signed statement: exit 0 and print what it states when the signature is valid for KEY (base64, or a file whose first line is it), else exit 1 with the reason.",
      options: {
        statement: { type: "string" },
        signature: { type: "string" },
        "public-key": { type: "string" },
      },
      required: ["statement", "signature", "public-key"],
      async run(v) {
        const { verifyStatement } = await import("../outreach/statement.ts");
        const { keyFingerprint, parsePublicKey } = await import("../outreach/signing.ts");
        const statement = await readBounded(str(v.statement), 64 * 1024, "statement");
        const signature = (await readBounded(str(v.signature), 1024, "signature")).toString("utf8");
        const keyText = await publicKeyText(str(v["public-key"]));
        const s = verifyStatement(statement, signature, keyText);
        out(`valid: signed by the key with fingerprint ${keyFingerprint(parsePublicKey(keyText))}`);
        describeStatement(s, out);
      },
    },
  };
}

/**
 * KEY is the base64 key itself, or a file whose first line is (what `outreach
 * key` prints). @throws PosternError for a file that holds a private key.
 */
async function publicKeyText(arg: string): Promise<string> {
  if (/^[A-Za-z0-9+/=]+$/.test(arg.trim()) && !existsSync(arg)) return arg;
  const text = (await readBounded(arg, 4096, "public key")).toString("utf8");
  if (text.includes("PRIVATE KEY"))
    throw new PosternError(
      "signing_key_invalid",
      `${arg} holds a private key: give its public key instead (the first line that postern outreach key --key-file ${shellWord(arg)} prints, on the offline machine)`,
    );
  return text.split("\n")[0] ?? "";
}

export const OUTREACH_COMMANDS: Readonly<Record<string, OutreachCommand>> = outreachCommands();
