/**
 * The `postern outreach …` commands, in the shape of src/cli/main.ts's
 * command table (usage, summary, options, required, run), for it to register.
 * Problems are thrown as OutreachError with a one-line message; `usage` set
 * means a bad invocation.
 */
import { open } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Instance } from "../core/instance.ts";
import { OutreachError } from "./errors.ts";
import type { KitTextSource } from "./texts.ts";

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

/** Reads at most `max` bytes of a file. @throws OutreachError when it is larger or unreadable. */
async function readBounded(file: string, max: number, what: string): Promise<Buffer> {
  let fh;
  try {
    fh = await open(file, "r");
  } catch {
    throw new OutreachError(`cannot read the ${what} file ${file}`);
  }
  try {
    const buf = Buffer.alloc(max + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n > max) throw new OutreachError(`the ${what} file ${file} is larger than ${max} bytes`);
    }
    return buf.subarray(0, n);
  } finally {
    await fh.close();
  }
}

function requireInstance(dir: string): void {
  if (!Instance.isInitialized(dir))
    throw new OutreachError(
      `${resolve(dir)} is not a Postern data folder (run: postern init --data ${dir})`,
    );
}

/** The commands, with injectable texts and output (tests); OUTREACH_COMMANDS uses the defaults. */
export function outreachCommands(deps: OutreachDeps = {}): Record<string, OutreachCommand> {
  const out = deps.out ?? ((s: string): void => void process.stdout.write(s + "\n"));
  const note = deps.note ?? ((s: string): void => void process.stderr.write(`postern: ${s}\n`));
  return {
    "outreach build": {
      usage: "postern outreach build --data DIR --out DIR [--lang LIST] [--address ONION]",
      summary:
        "Build the outreach kit: a printable guide page, social images (1080×1350, 1080×1920), text-only videos (vertical and horizontal, with subtitles) per language, the address as QR code, and a statement signed by the outreach key. --lang en,fa,… picks languages (all by default); --address uses another v3 onion address than the instance's source onion.",
      options: {
        data: { type: "string" },
        out: { type: "string" },
        lang: { type: "string" },
        address: { type: "string" },
      },
      required: ["data", "out"],
      async run(v) {
        const { buildKit, parseLocaleList } = await import("./build.ts");
        const { progressLine } = await import("./progress.ts");
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
        if (r.createdSigningKey)
          out(
            `Created the outreach signing key ${join(resolve(dir), "outreach-signing-key.pem")}: back it up offline.`,
          );
        out(
          `Built the outreach kit in ${r.outDir} for ${r.locales.length} language(s) (${r.locales.join(", ")}) in ${r.seconds.toFixed(1)} s.`,
        );
        out(`  Address:     http://${r.address}/`);
        out(`  Signing key: ${r.fingerprint}`);
        out(
          `  Statement:   ${r.recipientKeys} recipient key(s), signed (statement.txt, statement.sig)`,
        );
        out(
          `Publish the public key (postern outreach key --data ${dir}) where people already trust you, so they can check the kit.`,
        );
      },
    },
    "outreach key": {
      usage: "postern outreach key --data DIR",
      summary:
        "Print the outreach signing key's public key (base64, one line) and its fingerprint; the key is made if this instance has none yet.",
      options: { data: { type: "string" } },
      required: ["data"],
      async run(v) {
        const { ensureSigningKey, keyFingerprint } = await import("./signing.ts");
        const dir = str(v.data);
        requireInstance(dir);
        const key = await ensureSigningKey(dir);
        if (key.created)
          note(
            `created the outreach signing key ${join(resolve(dir), "outreach-signing-key.pem")}: back it up offline`,
          );
        out(key.publicKey.toString("base64"));
        out(`fingerprint: ${keyFingerprint(key.publicKey)}`);
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
        const { verifyStatement } = await import("./statement.ts");
        const { keyFingerprint } = await import("./signing.ts");
        const { parsePublicKey } = await import("./statement.ts");
        const statement = await readBounded(str(v.statement), 64 * 1024, "statement");
        const signature = (await readBounded(str(v.signature), 1024, "signature")).toString("utf8");
        const keyText = await publicKeyText(str(v["public-key"]));
        const s = verifyStatement(statement, signature, keyText);
        out(`valid: signed by the key with fingerprint ${keyFingerprint(parsePublicKey(keyText))}`);
        out(`  organization:   ${s.organization}`);
        out(`  onion address:  ${s.onion}`);
        out(`  recipient keys: ${s.recipientKeys.length}`);
        for (const k of s.recipientKeys) out(`    ${k}`);
        out(`  date:           ${s.date}`);
      },
    },
  };
}

/** KEY is the base64 key itself, or a file whose first line is (what `outreach key` prints). */
async function publicKeyText(arg: string): Promise<string> {
  if (/^[A-Za-z0-9+/=]+$/.test(arg.trim())) return arg;
  const text = (await readBounded(arg, 4096, "public key")).toString("utf8");
  return text.split("\n")[0] ?? "";
}

export const OUTREACH_COMMANDS: Readonly<Record<string, OutreachCommand>> = outreachCommands();
