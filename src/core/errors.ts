/**
 * Where low-level failures become catalogue errors (src/protocol/errors.ts):
 * the one place a crypto, storage or stream failure is given a code, for the
 * audience that is about to meet it. Each boundary (the source pages, the
 * recipient API, the command line) calls `toPosternError` on whatever it
 * caught; the original stays as `cause`, for the log's class and code.
 */
import { CryptoError } from "../crypto/index.ts";
import { PosternError, isCodeFor, type Audience } from "../protocol/errors.ts";

/**
 * The code of a failure of the disk or the database that may pass by itself
 * (full, locked, read-only, I/O error), or null for anything else. SQLite
 * codes come extended from better-sqlite3 ("SQLITE_IOERR_WRITE",
 * "SQLITE_BUSY_SNAPSHOT"), so they are matched by their primary code
 * (sqlite.org/rescode.html); SQLITE_PROTOCOL is what a reader gets when it
 * cannot take a WAL lock within SQLite's own retries.
 */
export function storageFailure(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return null;
  if (["ENOSPC", "EDQUOT", "EIO", "EROFS"].includes(code)) return code;
  return /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN|PROTOCOL)(_[A-Z]+)*$/.test(code)
    ? code
    : null;
}

/**
 * A crypto failure, as its audience meets it. A source only ever meets one
 * while their submission is encrypted to the channel's keys: the channel is
 * not ready. The recipient API checks what it is sent before crypto sees it,
 * so one there is a bug. The operator gets crypto's own one-line message
 * (it never holds key material or plaintext).
 */
function fromCrypto(e: CryptoError, audience: Audience): PosternError {
  const o = { cause: e };
  if (audience === "source") return new PosternError("channel_not_ready", e.code, o);
  if (audience === "recipient") return new PosternError("internal", e.code, o);
  switch (e.code) {
    case "recipient_invalid":
      return new PosternError("recipient_invalid", e.message, o);
    case "recipient_kind_mixed":
      return new PosternError("key_kind_mismatch", e.message, o);
    case "identity_invalid":
      return new PosternError("identity_invalid", e.message, o);
    default:
      return new PosternError("internal", e.message, o);
  }
}

/** The first line of an unexpected error's message; a system error's (a path, a port) whole. */
function firstLine(e: unknown): string {
  if (!(e instanceof Error)) return "failed";
  const line = e.message.split("\n")[0] ?? "";
  const code = (e as { code?: unknown }).code;
  const system = ["ENOENT", "EACCES", "EEXIST", "EADDRINUSE"].includes(String(code));
  return system ? line : line.slice(0, 300);
}

/**
 * Any failure as a catalogue error for `audience`. A PosternError whose code
 * the audience does not meet (a bug: no words for it there) becomes
 * `internal`. An operator sees the first line of an unexpected error's
 * message (a path that does not exist, a port in use), as Node wrote it.
 */
export function toPosternError(e: unknown, audience: Audience): PosternError {
  if (e instanceof PosternError) {
    return isCodeFor(audience, e.code) ? e : new PosternError("internal", e.message, { cause: e });
  }
  if (e instanceof CryptoError) return fromCrypto(e, audience);
  if (audience === "operator") return new PosternError("internal", firstLine(e), { cause: e });
  const storage = storageFailure(e);
  if (storage !== null) return new PosternError("storage_unavailable", storage, { cause: e });
  const code = (e as { code?: unknown } | null)?.code;
  if (audience === "source" && (code === "ERR_STREAM_PREMATURE_CLOSE" || code === "ECONNRESET")) {
    return new PosternError("upload_aborted", code, { cause: e });
  }
  return new PosternError("internal", "unexpected failure", { cause: e });
}
