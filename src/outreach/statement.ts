/**
 * The signed statement (DESIGN §7): plain text anyone can read, binding the
 * organization's onion address and its recipients' keys to its outreach
 * signing key. Version 1, one field per line, LF line ends, UTF-8:
 *
 *   postern-statement v1
 *   organization: Example Newsroom
 *   onion: <56 base32 characters>.onion
 *   recipient-key: sha256:<64 hex digits>      (zero or more, sorted)
 *   date: 2025-01-31                           (UTC day)
 *
 * `statement.sig` is the base64 ed25519 signature over the exact bytes of
 * `statement.txt`, followed by a line feed.
 */
import { createHash } from "node:crypto";
import { parseOnionAddress } from "../crypto/index.ts";
import { PosternError } from "../protocol/errors.ts";
import {
  parsePublicKey,
  SIGNATURE_BYTES,
  signBytes,
  strictBase64,
  verifyBytes,
  type SigningKey,
} from "./signing.ts";

export { parsePublicKey };

export const STATEMENT_HEADER = "postern-statement v1";
const MAX_STATEMENT_BYTES = 64 * 1024;
const MAX_RECIPIENTS = 1000;
const MAX_ORG_CHARS = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FINGERPRINT = /^sha256:[0-9a-f]{64}$/;
// Control characters, line and paragraph separators: a name must stay on its line.
const NOT_ONE_LINE = /[\p{Cc}\u2028\u2029]/u;

export interface Statement {
  readonly organization: string;
  /** The onion address, `….onion`. */
  readonly onion: string;
  /** `sha256:<hex>` of each recipient's age public key string, sorted. */
  readonly recipientKeys: readonly string[];
  /** UTC day, YYYY-MM-DD. */
  readonly date: string;
}

/** `sha256:<hex>` of an age recipient string (`age1…` or `age1pq1…`) as written. */
export function recipientFingerprint(ageRecipient: string): string {
  return `sha256:${createHash("sha256").update(ageRecipient, "utf8").digest("hex")}`;
}

/**
 * Writes a v1 statement.
 * @throws PosternError when a field cannot be written on one line or is malformed.
 */
export function formatStatement(s: Statement): string {
  checkFields(s);
  return [
    STATEMENT_HEADER,
    `organization: ${s.organization}`,
    `onion: ${s.onion}`,
    ...[...s.recipientKeys].sort().map((k) => `recipient-key: ${k}`),
    `date: ${s.date}`,
    "",
  ].join("\n");
}

function checkFields(s: Statement): void {
  if (s.organization.trim() === "" || Array.from(s.organization).length > MAX_ORG_CHARS)
    throw new PosternError(
      "statement_invalid",
      `organization name must be 1–${MAX_ORG_CHARS} characters`,
    );
  if (NOT_ONE_LINE.test(s.organization) || s.organization !== s.organization.trim())
    throw new PosternError(
      "statement_invalid",
      "organization name must be one line without control characters",
    );
  if (!/^[a-z2-7]{56}\.onion$/.test(s.onion) || parseOnionAddress(s.onion) === null)
    throw new PosternError("statement_invalid", `"${s.onion}" is not a v3 onion address`);
  if (s.recipientKeys.length > MAX_RECIPIENTS)
    throw new PosternError("statement_invalid", `more than ${MAX_RECIPIENTS} recipient keys`);
  for (const k of s.recipientKeys)
    if (!FINGERPRINT.test(k))
      throw new PosternError("statement_invalid", `"${k}" is not a sha256: fingerprint`);
  if (!DAY.test(s.date) || new Date(`${s.date}T00:00:00Z`).toISOString().slice(0, 10) !== s.date)
    throw new PosternError("statement_invalid", `"${s.date}" is not a UTC day (YYYY-MM-DD)`);
}

/**
 * Reads a v1 statement strictly: fields in order, nothing extra, nothing repaired.
 * @throws PosternError naming the first problem.
 */
export function parseStatement(bytes: Uint8Array): Statement {
  if (bytes.length > MAX_STATEMENT_BYTES)
    throw new PosternError(
      "statement_invalid",
      `statement is larger than ${MAX_STATEMENT_BYTES} bytes`,
    );
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, where the header check
    // refuses it: the signature covers raw bytes, which must start with the header.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new PosternError("statement_invalid", "statement is not UTF-8 text");
  }
  const first = (text.split("\n", 1)[0] ?? "").slice(0, 80);
  const version = /^postern-statement (v\d+)$/.exec(first);
  if (version === null)
    throw new PosternError(
      "statement_invalid",
      'not a Postern statement (first line is not "postern-statement v1")',
    );
  if (first !== STATEMENT_HEADER)
    throw new PosternError(
      "statement_invalid",
      `statement is ${version[1] ?? "?"}, not v1: this postern reads v1 only`,
    );
  if (!text.endsWith("\n"))
    throw new PosternError("statement_invalid", "malformed statement: no final line feed");
  if (text.includes("\r"))
    throw new PosternError("statement_invalid", "malformed statement: carriage return (CR) in it");
  const lines = text.slice(0, -1).split("\n").slice(1);
  const field = (line: string | undefined, name: string): string => {
    const prefix = `${name}: `;
    if (line?.startsWith(prefix) !== true)
      throw new PosternError("statement_invalid", `malformed statement: expected "${name}:" line`);
    return line.slice(prefix.length);
  };
  const organization = field(lines.shift(), "organization");
  const onion = field(lines.shift(), "onion");
  const recipientKeys: string[] = [];
  while (lines[0]?.startsWith("recipient-key: ") === true) {
    recipientKeys.push(field(lines.shift(), "recipient-key"));
  }
  const date = field(lines.shift(), "date");
  if (lines.length > 0)
    throw new PosternError("statement_invalid", 'malformed statement: lines after "date:"');
  const s = { organization, onion, recipientKeys, date };
  checkFields(s);
  if (recipientKeys.some((k, i) => i > 0 && (recipientKeys[i - 1] ?? "") >= k))
    throw new PosternError(
      "statement_invalid",
      "malformed statement: recipient keys not sorted or repeated",
    );
  return s;
}

/** The statement's detached signature over its exact bytes: base64 and a line feed. */
export function signStatement(key: SigningKey, statement: string | Uint8Array): string {
  const bytes = typeof statement === "string" ? Buffer.from(statement, "utf8") : statement;
  return `${signBytes(key, bytes).toString("base64")}\n`;
}

/**
 * Checks a statement against its signature and the organization's public key.
 * @returns the statement's fields when the signature is valid.
 * @throws PosternError with a one-line reason: malformed key or signature,
 *   unsupported version, bad signature, malformed fields.
 */
export function verifyStatement(
  statement: Uint8Array,
  signatureText: string,
  publicKeyText: string,
): Statement {
  const key = parsePublicKey(publicKeyText);
  if (signatureText.length > 1024)
    throw new PosternError("statement_invalid", "malformed signature: too long");
  const sig = strictBase64(signatureText, "signature", "statement_invalid");
  if (sig.length !== SIGNATURE_BYTES)
    throw new PosternError(
      "statement_invalid",
      `malformed signature: an ed25519 signature is ${SIGNATURE_BYTES} bytes, this one is ${sig.length}`,
    );
  if (statement.length > MAX_STATEMENT_BYTES)
    throw new PosternError(
      "statement_invalid",
      `statement is larger than ${MAX_STATEMENT_BYTES} bytes`,
    );
  // The version first: a future format is "unsupported", not "tampered".
  const head = Buffer.from(statement.subarray(0, 80)).toString("latin1").split("\n")[0] ?? "";
  const version = /^postern-statement (v\d+)$/.exec(head);
  if (version === null)
    throw new PosternError(
      "statement_invalid",
      'not a Postern statement (first line is not "postern-statement v1")',
    );
  if (head !== STATEMENT_HEADER)
    throw new PosternError(
      "statement_invalid",
      `statement is ${version[1] ?? "?"}, not v1: this postern reads v1 only`,
    );
  if (!verifyBytes(key, statement, sig))
    throw new PosternError(
      "statement_invalid",
      "bad signature: the statement was changed, or it was signed with another key",
    );
  return parseStatement(statement);
}
