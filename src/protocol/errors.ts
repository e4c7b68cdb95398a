/**
 * The error catalogue: every failure that leaves Postern (an HTTP answer, a
 * command's exit, a message in the recipient app), its code, who meets it and
 * how. Codes are stable: tests, the recipient app and automated clients match
 * on them. The server, the CLI and the browser app all read this file; it
 * imports nothing.
 *
 * Who meets a code (its audience) decides where its words live:
 * - `source`: a page in the source's language, `error.<code>.title` and
 *   `error.<code>.body` in src/i18n/messages/*.ts (every locale);
 * - `recipient`: the recipient API answers `{ "error": code }` and the app
 *   shows `error.<code>` of src/client/messages/en.ts;
 * - `operator`: the command line prints the error's detail, one English line
 *   that says what is wrong and what to do.
 * A code has one HTTP status (codes a listener sends) and the command line's
 * exit status is 2 for `usage` and 1 for every other code.
 * test/errors-catalogue.test.ts checks that each code is thrown somewhere,
 * has its words, and that nothing outside the catalogue is thrown.
 */

export type Audience = "source" | "recipient" | "operator";

export interface ErrorSpec {
  readonly audience: readonly Audience[];
  /** The HTTP status, for codes a listener sends (source or recipient audience). */
  readonly status?: number;
  /** The command line's exit status when it is not 1. */
  readonly exit?: 2;
}

const S = ["source"] as const;
const R = ["recipient"] as const;
const O = ["operator"] as const;
const SR = ["source", "recipient"] as const;
const RO = ["recipient", "operator"] as const;

export const ERRORS = {
  // ---- the source pages (and where both listeners answer alike) ----
  not_found: { status: 404, audience: SR },
  method_not_allowed: { status: 405, audience: S },
  unsupported_media_type: { status: 415, audience: SR },
  session_expired: { status: 403, audience: S },
  csrf_invalid: { status: 403, audience: SR },
  codename_empty: { status: 400, audience: S },
  codename_too_long: { status: 400, audience: S },
  codename_mistyped: { status: 400, audience: S },
  codename_unknown: { status: 400, audience: S },
  codename_page_expired: { status: 400, audience: S },
  too_many_new_sources: { status: 429, audience: S },
  too_many_attempts: { status: 429, audience: SR },
  form_rejected: { status: 400, audience: S },
  form_too_large: { status: 413, audience: S },
  empty_submission: { status: 400, audience: S },
  message_too_long: { status: 413, audience: S },
  file_too_large: { status: 413, audience: S },
  submission_too_large: { status: 413, audience: S },
  too_many_files: { status: 413, audience: S },
  file_name_invalid: { status: 400, audience: S },
  multipart_malformed: { status: 400, audience: S },
  channel_unknown: { status: 400, audience: S },
  channel_not_ready: { status: 503, audience: S },
  upload_aborted: { status: 400, audience: S },
  storage_unavailable: { status: 503, audience: SR },
  internal: { status: 500, audience: ["source", "recipient", "operator"] },

  // ---- the recipient API ----
  bad_request: { status: 400, audience: R },
  request_too_large: { status: 413, audience: R },
  origin_invalid: { status: 403, audience: R },
  unauthenticated: { status: 401, audience: R },
  forbidden: { status: 403, audience: R },
  invite_invalid: { status: 404, audience: R },
  username_invalid: { status: 400, audience: R },
  username_taken: { status: 409, audience: R },
  recipient_invalid: { status: 400, audience: RO },
  login_failed: { status: 401, audience: R },
  totp_invalid: { status: 400, audience: R },
  reply_invalid: { status: 400, audience: RO },
  reply_too_large: { status: 413, audience: RO },
  source_gone: { status: 404, audience: RO },
  // Administration, in the web app and on the command line.
  slug_invalid: { status: 400, audience: RO },
  name_invalid: { status: 400, audience: RO },
  channel_exists: { status: 400, audience: RO },
  no_such_channel: { status: 400, audience: RO },
  no_such_account: { status: 400, audience: RO },
  key_kind_mismatch: { status: 400, audience: RO },
  texts_invalid: { status: 400, audience: RO },
  locale_unknown: { status: 400, audience: RO },
  text_invalid: { status: 400, audience: RO },

  // ---- the command line ----
  usage: { exit: 2, audience: O },
  instance_exists: { audience: O },
  not_an_instance: { audience: O },
  config_invalid: { audience: O },
  instance_busy: { audience: O },
  listen_invalid: { audience: O },
  identity_invalid: { audience: O },
  pull_refused: { audience: O },
  nothing_pulled: { audience: O },
  nothing_decrypted: { audience: O },
  decrypt_incomplete: { audience: O },
  manifest_invalid: { audience: O },
  file_size_mismatch: { audience: O },
  no_free_name: { audience: O },
  reply_empty: { audience: O },
  reply_too_long: { audience: O },
  no_such_source: { audience: O },
  not_a_channel_recipient: { audience: O },
  onion_exists: { audience: O },
  no_onion: { audience: O },
  vanity_invalid: { audience: O },
  client_name_invalid: { audience: O },
  client_exists: { audience: O },
  no_such_client: { audience: O },
  tor_missing: { audience: O },
  tor_config_refused: { audience: O },
  tor_failed: { audience: O },
  // The outreach kit.
  file_unreadable: { audience: O },
  file_unwritable: { audience: O },
  tool_missing: { audience: O },
  tool_failed: { audience: O },
  font_invalid: { audience: O },
  kit_texts_invalid: { audience: O },
  onion_address_invalid: { audience: O },
  no_signing_key: { audience: O },
  signing_key_exists: { audience: O },
  signing_key_invalid: { audience: O },
  signing_key_mismatch: { audience: O },
  statement_invalid: { audience: O },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

/** The codes `A` meets (for example the recipient API's: `CodeFor<"recipient">`). */
export type CodeFor<A extends Audience> = {
  [C in ErrorCode]: A extends (typeof ERRORS)[C]["audience"][number] ? C : never;
}[ErrorCode];

/** The catalogue with every entry at its declared shape (for lookups by any code). */
const SPECS: Readonly<Record<ErrorCode, ErrorSpec>> = ERRORS;

export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

export function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === "string" && Object.hasOwn(ERRORS, v);
}

/** Whether `audience` meets `code` (and so has words for it). */
export function isCodeFor<A extends Audience>(audience: A, code: unknown): code is CodeFor<A> {
  return isErrorCode(code) && SPECS[code].audience.includes(audience);
}

/** Every code `audience` meets, in catalogue order. */
export function codesFor<A extends Audience>(audience: A): CodeFor<A>[] {
  return ERROR_CODES.filter((c): c is CodeFor<A> => isCodeFor(audience, c));
}

/** The HTTP status of a code a listener sends; a code no listener sends answers as `internal`. */
export function httpStatus(code: ErrorCode): number {
  return SPECS[code].status ?? SPECS.internal.status ?? 500;
}

/** The command line's exit status for a code. */
export function exitStatus(code: ErrorCode): number {
  return SPECS[code].exit ?? 1;
}

/** Values for the placeholders of a code's message (what the person asking typed). */
export type ErrorParams = Readonly<Record<string, string>>;

/**
 * A failure with a catalogue code. Its status and its words come from the
 * catalogue. `detail` is the operator's line (the CLI prints it): it may quote
 * what the operator typed (a path, a channel slug), never a source's data. The
 * logger writes the class and code only (runtime/log.ts), never the detail.
 * `params` fill the placeholders of the recipient app's message and are sent
 * with the code: only values the requester sent (a locale tag, a text key).
 */
export class PosternError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams | undefined;
  constructor(
    code: ErrorCode,
    detail?: string,
    options?: { readonly cause?: unknown; readonly params?: ErrorParams },
  ) {
    super(detail ?? code, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "PosternError";
    this.code = code;
    this.params = options?.params;
  }

  get status(): number {
    return httpStatus(this.code);
  }
}

export function isPosternError(e: unknown): e is PosternError {
  return e instanceof PosternError;
}
