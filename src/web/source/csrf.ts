/**
 * Form tokens (CSRF): bound to the session cookie's hash and an expiry under
 * the instance secret, so they need no storage (crypto/stamped-token.ts).
 * Lifetime is hours, long enough for a slow upload over Tor.
 */
import { issueStamped, verifyStamped } from "../../crypto/index.ts";

const LABEL = "postern/v1/csrf";

export function issueCsrf(
  secret: Uint8Array,
  binding: string,
  lifetimeSeconds: number,
  now = Date.now(),
): string {
  return issueStamped(secret, LABEL, [binding], lifetimeSeconds, now);
}

/** Constant-time check of `token` against `binding`; false for anything malformed or expired. */
export function verifyCsrf(
  secret: Uint8Array,
  binding: string,
  token: unknown,
  now = Date.now(),
): boolean {
  return verifyStamped(secret, LABEL, [binding], token, now);
}
