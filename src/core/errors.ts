/**
 * The error catalogue: every failure a user can meet, its HTTP status and the
 * i18n keys of its title and advice (`error.<code>.title`, `error.<code>.body`).
 * Codes are stable: tests and automated clients match on them.
 */
export const ERRORS = {
  not_found: { status: 404 },
  method_not_allowed: { status: 405 },
  unsupported_media_type: { status: 415 },
  session_expired: { status: 403 },
  csrf_invalid: { status: 403 },
  codename_empty: { status: 400 },
  codename_too_long: { status: 400 },
  codename_mistyped: { status: 400 },
  codename_unknown: { status: 400 },
  codename_page_expired: { status: 400 },
  too_many_new_sources: { status: 429 },
  too_many_attempts: { status: 429 },
  form_rejected: { status: 400 },
  form_too_large: { status: 413 },
  empty_submission: { status: 400 },
  message_too_long: { status: 413 },
  file_too_large: { status: 413 },
  submission_too_large: { status: 413 },
  too_many_files: { status: 413 },
  file_name_invalid: { status: 400 },
  multipart_malformed: { status: 400 },
  channel_unknown: { status: 400 },
  channel_not_ready: { status: 503 },
  upload_aborted: { status: 400 },
  storage_unavailable: { status: 503 },
  internal: { status: 500 },
} as const satisfies Record<string, { status: number }>;

export type ErrorCode = keyof typeof ERRORS;

export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

/** A failure with a catalogue code. Its message is for logs and never holds user data. */
export class PosternError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ?? code, options);
    this.name = "PosternError";
    this.code = code;
  }
  get status(): number {
    return ERRORS[this.code].status;
  }
}

export function isPosternError(e: unknown): e is PosternError {
  return e instanceof PosternError;
}
