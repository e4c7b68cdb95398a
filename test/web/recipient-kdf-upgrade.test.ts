/**
 * The web app moves an account to the server's Argon2id policy after a login
 * (src/web/recipient/app/kdf-upgrade.ts), run in Node against a real server:
 * a passphrase enrolled under one policy logs in after the operator raised
 * it, the account is re-derived and re-wrapped under the new one, and then
 * the same passphrase logs in under the new parameters and opens the same
 * identity, while the old auth key is refused. Small Argon2 costs keep it
 * fast; the code path is the app's.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { base32nopad } from "@scure/base";
import type { FastifyInstance } from "fastify";
import { createInvite } from "../../src/core/accounts.ts";
import type { ChangeKdfRequest, KdfParams, SessionResponse } from "../../src/protocol/api.ts";
import { deriveKeys, newIdentity, unwrapIdentity, wrapIdentity } from "../../src/client/crypto.ts";
import { needsUpgrade, upgradeKdf } from "../../src/client/kdf-upgrade.ts";
import { buildRecipientApp } from "../../src/web/recipient/app.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { codeAt, RecipientClient } from "../helpers/recipient-client.ts";

const FLOOR = { m: 8, t: 1 };
const OLD = { m: 1024, t: 1, p: 1 };
const NEW = { m: 2048, t: 2, p: 1 };
const PASSPHRASE = "quiet lantern over seven hills";

let f: Fixture;
let app: FastifyInstance;
let url: string;
let identity: string;
let totpSecret: Uint8Array;

before(async () => {
  f = await startFixture({ noRecipient: true, config: { recipientKdf: OLD } });
  // Enrolment as the app does it, under the old policy.
  const invite = await createInvite(f.inst, { name: "Uma", role: "recipient", channel: "default" });
  const token = invite.link.split("#")[1] ?? "";
  const c = new RecipientClient(f.recipientUrl);
  const check = await c.call<{ kdf: KdfParams }>("POST", "/api/v1/invite/check", { token });
  const made = await newIdentity("pq");
  identity = made.identity;
  const keys = await deriveKeys(PASSPHRASE, check.body.kdf, FLOOR);
  const enrol = await c.call<{ totpSecret: string }>("POST", "/api/v1/enrol", {
    token,
    username: "uma",
    kdf: check.body.kdf,
    auth: keys.auth,
    recipient: made.recipient,
    wrapped: await wrapIdentity(keys.wrapKey, identity),
  });
  assert.equal(enrol.status, 200, JSON.stringify(enrol.body));
  totpSecret = base32nopad.decode(enrol.body.totpSecret);
  const ok = await c.call("POST", "/api/v1/enrol/totp", { totp: codeAt(totpSecret) });
  assert.equal(ok.status, 200);
  // The operator raises the policy.
  app = buildRecipientApp(f.inst.withConfig({ ...f.inst.config, recipientKdf: NEW }));
  await app.listen({ host: "127.0.0.1", port: 0 });
  const a = app.server.address();
  assert.ok(a !== null && typeof a !== "string");
  url = `http://127.0.0.1:${a.port}`;
});
after(async () => {
  await app.close();
  await f.close();
});

/** The app's login: parameters, Argon2id, auth key and code; the identity opened. */
async function appLogin(client: RecipientClient) {
  const params = await client.call<{ kdf: KdfParams }>("POST", "/api/v1/login/params", {
    username: "uma",
  });
  const keys = await deriveKeys(PASSPHRASE, params.body.kdf, FLOOR);
  // Each login here needs a code the server has not seen: forget the last one used.
  await f.inst.db.updateTable("accounts").set({ totp_last_step: 0 }).execute();
  const res = await client.call<SessionResponse>("POST", "/api/v1/login", {
    username: "uma",
    auth: keys.auth,
    totp: codeAt(totpSecret, 1),
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(await unwrapIdentity(keys.wrapKey, res.body.wrapped), identity);
  return { kdf: params.body.kdf, auth: keys.auth, res: res.body };
}

test("a login under old parameters moves the account to the policy; the passphrase still opens the key", async () => {
  const client = new RecipientClient(url);
  const first = await appLogin(client);
  assert.deepEqual(first.res.kdfPolicy, NEW);
  assert.ok(needsUpgrade(first.kdf, first.res.kdfPolicy));
  const sent: ChangeKdfRequest[] = [];
  const moved = await upgradeKdf(
    {
      async changeKdf(req) {
        sent.push(req);
        const r = await client.call("POST", "/api/v1/account/kdf", req);
        assert.equal(r.status, 200, JSON.stringify(r.body));
      },
    },
    { passphrase: PASSPHRASE, currentAuth: first.auth, identity, policy: first.res.kdfPolicy },
    FLOOR,
  );
  assert.deepEqual({ m: moved.m, t: moved.t, p: moved.p }, NEW);
  assert.notEqual(moved.salt, first.kdf.salt, "a fresh salt");
  // What left the tab: the old and new auth keys, the parameters, the new wrapping. No passphrase.
  assert.deepEqual(Object.keys(sent[0] ?? {}).sort(), ["auth", "current", "kdf", "wrapped"]);
  assert.ok(!JSON.stringify(sent).includes(PASSPHRASE));

  const second = await appLogin(new RecipientClient(url));
  assert.deepEqual(second.kdf, moved, "login/params now answers the new parameters");
  assert.equal(needsUpgrade(second.kdf, second.res.kdfPolicy), false);
  await f.inst.db.updateTable("accounts").set({ totp_last_step: 0 }).execute();
  const stale = await new RecipientClient(url).call("POST", "/api/v1/login", {
    username: "uma",
    auth: first.auth,
    totp: codeAt(totpSecret, 1),
  });
  assert.equal(stale.status, 401, "the old auth key no longer logs in");
});
