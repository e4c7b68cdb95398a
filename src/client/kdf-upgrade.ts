/**
 * Moving an account to the server's current Argon2id cost (issue #11). An
 * account keeps the parameters it enrolled with; after an operator changes
 * the policy, its login/params answer would differ from everyone else's.
 * So after a login whose parameters differ from the policy the server
 * reports, the passphrase (still in hand) is derived again under the policy
 * with a fresh salt, the identity is wrapped under the new wrap key, and
 * both are posted with the auth key the login just proved. Nothing here
 * leaves the tab but the new auth key and the new wrapped identity, as at
 * enrolment.
 */
import type { KdfCost, KdfParams } from "../protocol/api.ts";
import type { Api } from "./api.ts";
import { toBase64url } from "./base64url.ts";
import { deriveKeys, unwrapIdentity, wrapIdentity } from "./crypto.ts";

/** True when the account's parameters are not the server's policy (higher or lower). */
export function needsUpgrade(kdf: KdfParams, policy: KdfCost): boolean {
  return kdf.m !== policy.m || kdf.t !== policy.t || kdf.p !== policy.p;
}

/**
 * Re-derives under `policy` and replaces the account's parameters, auth key
 * and wrapped identity on the server, which does it in one statement: either
 * the old passphrase keys or the new ones work, never neither.
 * @throws RangeError for a policy outside deriveKeys' bounds; ApiError when the server refuses.
 */
export async function upgradeKdf(
  api: Pick<Api, "changeKdf">,
  args: {
    readonly passphrase: string;
    /** The auth key the login just used. */
    readonly currentAuth: string;
    readonly identity: string;
    readonly policy: KdfCost;
  },
  floor?: { readonly m: number; readonly t: number },
): Promise<KdfParams> {
  const salt = toBase64url(globalThis.crypto.getRandomValues(new Uint8Array(16)));
  const { m, t, p } = args.policy;
  const kdf: KdfParams = { alg: "argon2id", m, t, p, salt };
  const keys = await deriveKeys(args.passphrase, kdf, floor);
  const wrapped = await wrapIdentity(keys.wrapKey, args.identity);
  // The only copy of the identity the server keeps is about to be replaced: prove this one opens.
  if ((await unwrapIdentity(keys.wrapKey, wrapped)) !== args.identity) {
    throw new RangeError("upgradeKdf: the new wrapping does not open to the same identity");
  }
  await api.changeKdf({ current: args.currentAuth, kdf, auth: keys.auth, wrapped });
  return kdf;
}
