/**
 * age spec §"ASCII armor": accepted only by the offline CLI, bounded, and
 * decoded by `age-encryption` (strict: it rejects non-canonical armor).
 */
import { armor } from "age-encryption";
import { CryptoError } from "./errors.ts";

export const MAX_ARMORED_BYTES = 64 * 1024 * 1024;
const BEGIN = "-----BEGIN AGE ENCRYPTED FILE-----";

export function isArmored(file: Uint8Array): boolean {
  return Buffer.from(file.subarray(0, BEGIN.length)).toString("latin1") === BEGIN;
}

/** @throws CryptoError("armor_rejected") */
export function dearmor(file: Uint8Array): Uint8Array {
  if (file.length > MAX_ARMORED_BYTES)
    throw new CryptoError("armor_rejected", "armored file too large");
  try {
    return armor.decode(Buffer.from(file).toString("latin1"));
  } catch (cause) {
    throw new CryptoError("armor_rejected", "invalid ASCII armor", { cause });
  }
}
