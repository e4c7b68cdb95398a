/**
 * Does a failed recipient login take as long for an unknown username as for
 * a known one? (issue #3: "the same answer shape and timing"). Measured
 * in-process on the core `login()` the API calls, interleaving the three
 * kinds of failure so that machine noise hits each alike, and resetting the
 * lockout between attempts so each one does the full work (one scrypt, one
 * upsert into login_failures, for known and unknown names alike).
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { base32nopad } from "@scure/base";
import { confirmTotp, createInvite, enrol, login } from "../src/core/accounts.ts";
import { PosternError } from "../src/protocol/errors.ts";
import { addChannel } from "../src/core/channels.ts";
import { Instance } from "../src/core/instance.ts";
import { generateIdentity, totpCode, totpStep, verifyTotp } from "../src/crypto/index.ts";
import { toRecipient } from "../src/runtime/crypto-pool.ts";

export interface LoginTiming {
  readonly login_unknown_ms_median: number;
  readonly login_known_wrong_auth_ms_median: number;
  readonly login_known_wrong_totp_ms_median: number;
  /** unknown / known-wrong-auth: 1.0 means indistinguishable by time. */
  readonly login_unknown_vs_known_ratio: number;
  readonly login_attempts_each: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

export async function benchLoginTiming(attempts = 40): Promise<LoginTiming> {
  const dir = await mkdtemp(join(os.tmpdir(), "postern-bench-login-"));
  try {
    await Instance.create(dir, "Bench");
    const inst = await Instance.open(dir);
    try {
      await addChannel(inst.db, "default", "Default", "pq");
      const invite = await createInvite(inst, {
        name: "Bench",
        role: "recipient",
        channel: "default",
      });
      const identity = await generateIdentity("pq");
      const auth = randomBytes(32).toString("base64url");
      const e = await enrol(inst, {
        token: invite.link.split("#")[1],
        username: "known",
        kdf: {
          alg: "argon2id",
          ...inst.config.recipientKdf,
          salt: randomBytes(16).toString("base64url"),
        },
        auth,
        recipient: await toRecipient(identity),
        wrapped: randomBytes(100).toString("base64url"),
      });
      const secret = base32nopad.decode(e.totpSecret);
      await confirmTotp(inst, e.accountId, totpCode(secret, totpStep(Date.now() / 1000)));
      const wrongCode = (): string => {
        // A code that does not verify now (the right one is rejected as a replay anyway).
        for (let i = 0; ; i++) {
          const c = String(i).padStart(6, "0");
          if (verifyTotp(secret, c, Date.now() / 1000, 0) === null) return c;
        }
      };

      const kinds = {
        unknown: () => ({
          username: `nobody-${randomBytes(4).toString("hex")}`,
          auth: randomBytes(32).toString("base64url"),
          totp: "123456",
        }),
        wrongAuth: () => ({
          username: "known",
          auth: randomBytes(32).toString("base64url"),
          totp: wrongCode(),
        }),
        wrongTotp: () => ({ username: "known", auth, totp: wrongCode() }),
      };
      const times: Record<keyof typeof kinds, number[]> = {
        unknown: [],
        wrongAuth: [],
        wrongTotp: [],
      };
      for (let i = 0; i < attempts + 3; i++) {
        for (const k of Object.keys(kinds) as (keyof typeof kinds)[]) {
          // Locks are per (name, credential) pair; the wrong-TOTP kind repeats one pair.
          await inst.db.deleteFrom("login_failures").execute();
          const body = kinds[k]();
          const t0 = performance.now();
          try {
            await login(inst, body);
            throw new Error("a bench login succeeded");
          } catch (err) {
            if (!(err instanceof PosternError) || err.code !== "login_failed") throw err;
          }
          if (i >= 3) times[k].push(performance.now() - t0); // the first rounds warm up
        }
      }
      const r = (x: number): number => Number(x.toFixed(2));
      const unknown = median(times.unknown);
      const known = median(times.wrongAuth);
      return {
        login_unknown_ms_median: r(unknown),
        login_known_wrong_auth_ms_median: r(known),
        login_known_wrong_totp_ms_median: r(median(times.wrongTotp)),
        login_unknown_vs_known_ratio: Number((unknown / known).toFixed(3)),
        login_attempts_each: attempts,
      };
    } finally {
      await inst.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
