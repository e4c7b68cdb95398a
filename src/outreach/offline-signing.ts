/**
 * Signing a kit's statement on the offline machine that holds the outreach
 * key (`postern outreach sign`). The server builds the kit with the public
 * key only, and leaves beside the statement which key the kit's pages name:
 *
 *   OUT/statement.unsigned    postern-unsigned-statement v1
 *                             public-key: <base64 raw ed25519 key>
 *                             fingerprint: <16 groups of 4 hex digits>
 *
 * The signer then sees what the statement says before it is signed, and a
 * key that is not the one the pages name is refused: a kit whose pages show
 * one fingerprint and whose statement verifies under another would teach
 * people to ignore a failed check. Signing in place removes the marker, so a
 * signed kit has the same files wherever it was signed.
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { PosternError } from "../protocol/errors.ts";
import { readBounded, replaceFile } from "./file-io.ts";
import {
  keyFingerprint,
  loadKeyFile,
  parsePublicKey,
  PUBLIC_KEY_BYTES,
  type SigningKey,
} from "./signing.ts";
import { parseStatement, signStatement, verifyStatement, type Statement } from "./statement.ts";

export const UNSIGNED_FILE = "statement.unsigned";
const UNSIGNED_HEADER = "postern-unsigned-statement v1";
const MAX_STATEMENT_BYTES = 64 * 1024;

/** The marker an unsigned build leaves: the key the kit's pages name. */
export function formatUnsignedMarker(publicKey: Uint8Array): string {
  if (publicKey.length !== PUBLIC_KEY_BYTES)
    throw new RangeError(`formatUnsignedMarker: publicKey must be ${PUBLIC_KEY_BYTES} bytes`);
  return [
    UNSIGNED_HEADER,
    `public-key: ${Buffer.from(publicKey).toString("base64")}`,
    `fingerprint: ${keyFingerprint(publicKey)}`,
    "",
  ].join("\n");
}

/**
 * Reads the marker strictly: three lines, the fingerprint that of the key.
 * @throws PosternError when it is anything else.
 */
export function parseUnsignedMarker(bytes: Uint8Array): Buffer {
  const malformed = new PosternError(
    "statement_invalid",
    `malformed ${UNSIGNED_FILE}: rebuild the kit, or remove the file to sign without the key check`,
  );
  const lines = Buffer.from(bytes).toString("utf8").split("\n");
  if (lines.length !== 4 || lines[0] !== UNSIGNED_HEADER || lines[3] !== "") throw malformed;
  const key = /^public-key: (\S+)$/.exec(lines[1] ?? "");
  if (key === null) throw malformed;
  let publicKey: Buffer;
  try {
    publicKey = parsePublicKey(key[1] ?? "");
  } catch {
    throw malformed;
  }
  if (lines[2] !== `fingerprint: ${keyFingerprint(publicKey)}`) throw malformed;
  return publicKey;
}

/** Everything checked, nothing written yet. */
export interface SigningPlan {
  readonly key: SigningKey;
  readonly statementFile: string;
  readonly bytes: Buffer;
  readonly statement: Statement;
  /** The marker beside the statement, when the build left one (its key matched). */
  readonly marker: string | null;
}

/**
 * Loads the key and the statement and checks them, writing nothing.
 * @throws PosternError for a key file that is not an ed25519 key, a statement
 *   that is not a well-formed v1 statement, or a key other than the one the
 *   kit was built for.
 */
export async function planSigning(keyFile: string, statementFile: string): Promise<SigningPlan> {
  const key = await loadKeyFile(keyFile);
  const bytes = await readBounded(statementFile, MAX_STATEMENT_BYTES, "statement");
  let statement: Statement;
  try {
    statement = parseStatement(bytes);
  } catch (e) {
    throw new PosternError(
      "statement_invalid",
      `refusing to sign ${statementFile}: ${(e as Error).message.replace(/^malformed statement: /, "malformed: ")}`,
    );
  }
  const markerFile = join(dirname(statementFile), UNSIGNED_FILE);
  let marker: string | null = null;
  if (existsSync(markerFile)) {
    const expected = parseUnsignedMarker(await readBounded(markerFile, 1024, UNSIGNED_FILE));
    if (!expected.equals(key.publicKey))
      throw new PosternError(
        "signing_key_mismatch",
        `refusing to sign: the kit was built for the key with fingerprint ${keyFingerprint(expected)} (${UNSIGNED_FILE}), and ${keyFile} is the key with fingerprint ${keyFingerprint(key.publicKey)}; use the key whose public half is installed on the server`,
      );
    marker = markerFile;
  }
  return { key, statementFile, bytes, statement, marker };
}

/**
 * Signs the planned statement and writes the signature to `out` (the kit's
 * statement.sig by default), after checking that `outreach verify` accepts it.
 * Signing in place removes the marker.
 * @returns the signature file's path.
 */
export async function commitSigning(plan: SigningPlan, out?: string): Promise<string> {
  const kitSig = join(dirname(plan.statementFile), "statement.sig");
  const file = out ?? kitSig;
  const signature = signStatement(plan.key, plan.bytes);
  // What was signed must be what verifiers accept: the exact bytes, this key.
  verifyStatement(plan.bytes, signature, plan.key.publicKey.toString("base64"));
  await replaceFile(file, signature, 0o644);
  if (plan.marker !== null && resolve(file) === resolve(kitSig)) await rm(plan.marker);
  return file;
}
