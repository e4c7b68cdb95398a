/**
 * Granting an age file to one more recipient, as a member-granting feature
 * would: open the header with an identity that can, wrap the same file key
 * to the new (post-quantum) recipient, append its stanza, and recompute the
 * header MAC (c2sp.org/age §"Header MAC": HMAC-SHA-256 keyed with
 * HKDF-SHA-256(file key, empty salt, "header"), over the header up to and
 * including "---"). The payload is kept byte for byte.
 */
import { createHmac, hkdfSync } from "node:crypto";
import { frameHeader } from "../../src/crypto/index.ts";
import { unwrapHeader } from "../../src/crypto/header.ts";
import { HybridRecipient } from "../../src/crypto/hybrid.ts";

const b64 = (b: Uint8Array): string => Buffer.from(b).toString("base64").replace(/=+$/, "");

/** `file` with a stanza for `recipient` added; `identities` must open it. */
export async function grantTo(
  file: Buffer,
  identities: readonly string[],
  recipient: string,
): Promise<Buffer> {
  const frame = frameHeader(file);
  if (frame === null) throw new Error("grantTo: incomplete header");
  const header = frame.bytes.toString("latin1");
  const fileKey = await unwrapHeader(frame.bytes, identities);
  let text = header.slice(0, header.lastIndexOf("\n--- ") + 1);
  for (const s of new HybridRecipient(recipient).wrapFileKey(fileKey)) {
    text += `-> ${s.args.join(" ")}\n`;
    // Body lines of 64 columns; the last is shorter, and empty if need be.
    const body = b64(s.body);
    for (let i = 0; i <= body.length; i += 64) text += `${body.slice(i, i + 64)}\n`;
  }
  text += "---";
  const macKey = Buffer.from(hkdfSync("sha256", fileKey, Buffer.alloc(0), "header", 32));
  const mac = b64(createHmac("sha256", macKey).update(text, "latin1").digest());
  return Buffer.concat([
    Buffer.from(`${text} ${mac}\n`, "latin1"),
    file.subarray(frame.bytes.length),
  ]);
}
