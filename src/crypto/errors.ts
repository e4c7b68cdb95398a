/**
 * Errors raised by the crypto layer. Each carries a stable `code` so that the
 * layers above can map it to the error catalogue without parsing messages.
 */
export type CryptoErrorCode =
  | "header_too_large"
  | "header_malformed"
  | "header_too_many_stanzas"
  | "header_line_too_long"
  | "header_mac_mismatch"
  | "no_matching_identity"
  | "payload_truncated"
  | "payload_corrupt"
  | "payload_trailing_data"
  | "payload_digest_mismatch"
  | "armor_rejected"
  | "recipient_invalid"
  | "recipient_kind_mixed"
  | "identity_invalid";

export class CryptoError extends Error {
  readonly code: CryptoErrorCode;
  constructor(code: CryptoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CryptoError";
    this.code = code;
  }
}
