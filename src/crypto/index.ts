/** Postern's crypto: the only module that touches key material. No I/O. */
export { CryptoError, type CryptoErrorCode } from "./errors.ts";
export {
  frameHeader,
  stanzaTypes,
  MAX_HEADER_BYTES,
  MAX_STANZAS,
  MAX_LINE_BYTES,
} from "./format.ts";
export { payloadSize } from "./stream.ts";
export {
  createEncryptStream,
  DecryptStream,
  type DecryptOptions,
  EncryptStream,
  encryptBytes,
  decryptBytes,
  inlineKeyWork,
  type KeyWork,
} from "./age-file.ts";
export { makeHeader, recipientOf, unwrapHeader, type MadeHeader } from "./header.ts";
export { isPayloadSha256, PAYLOAD_SHA256, payloadSha256 } from "./payload-digest.ts";
export {
  type KeyKind,
  assertSingleKind,
  generateIdentity,
  identityKind,
  parseIdentityFile,
  parseRecipient,
  recipientKind,
} from "./recipients.ts";
export {
  type CodenameParse,
  codenameLanguage,
  codenameStems,
  STEM_LETTERS,
  formatCodename,
  newCodenameEntropy,
  parseCodename,
} from "./codename.ts";
export { lookupHash, replyIdentity } from "./derive.ts";
export { seal, open } from "./secretbox.ts";
export { issueStamped, verifyStamped } from "./stamped-token.ts";
export { dearmor, isArmored } from "./armor.ts";
export {
  generateClientAuthKeys,
  generateOnionKey,
  onionAddress,
  onionKeyFilesFromSeed,
  parseOnionAddress,
  type OnionKeyFiles,
} from "./onion-keys.ts";
export {
  newTotpSecret,
  totpCode,
  totpSecretText,
  totpStep,
  totpUri,
  verifyTotp,
  TOTP_STEP_SECONDS,
} from "./totp.ts";
export { recipientFingerprint } from "./key-fingerprint.ts";
