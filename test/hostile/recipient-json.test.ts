/**
 * The recipient API's JSON fields from the attacker's side, beyond
 * test/web/recipient-bad-input.test.ts (which covers enrolment's prototype
 * keys, invites, TOTP, login throttling and CSRF): prototype-pollution keys on
 * every other JSON route, SQL injection strings and wrong types in every
 * field and path id, and header injection on this listener.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { enrolRecipient, RecipientClient, type Enrolled } from "../helpers/recipient-client.ts";
import { assertError, recipientState, unchanged } from "../helpers/recipient-state.ts";
import { SourceClient, received } from "../helpers/source-client.ts";
import { corpus, hostOf, socketExchange, type SocketAnswer } from "./harness.ts";

let f: Fixture;
let root: Enrolled;
let sourceId: string;

before(async () => {
  f = await startFixture({ noRecipient: true, config: { loginFailuresPerMinute: 1_000_000 } });
  root = await enrolRecipient(f.inst, f.recipientUrl, { username: "root", role: "admin" });
  const s = new SourceClient(f.url);
  await s.newSource();
  assert.ok(received(await s.submit({ message: "hello" })));
  const list = await root.client.call<{ sources: { id: string }[] }>("GET", "/api/v1/sources");
  sourceId = list.body.sources[0]!.id;
});
after(async () => {
  await f.close();
});

/** A JSON body sent exactly as written, with root's session and CSRF token. */
async function postJson(path: string, body: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(f.recipientUrl + path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      cookie: `postern_rs=${root.client.cookie ?? ""}`,
      "x-postern-csrf": root.client.csrf ?? "",
    },
    body,
  });
  return { status: res.status, body: JSON.parse(await res.text()) as unknown };
}

function notPolluted(): void {
  for (const k of ["polluted", "read", "starred", "slug", "username", "member"]) {
    assert.equal(Reflect.get({}, k), undefined, `Object.prototype.${k}`);
  }
}

async function schema(): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from sqlite_master order by name`.execute(
    f.inst.db,
  );
  return r.rows.map((x) => x.name);
}

describe("prototype-pollution keys on every JSON route", () => {
  test("__proto__ and constructor.prototype: bad_request 400, nothing changed or polluted", async () => {
    const routes: [string, string][] = [
      ["/api/v1/invite/check", '"token":"x"'],
      ["/api/v1/login/params", '"username":"root"'],
      ["/api/v1/login", '"username":"root","auth":"x","totp":"000000"'],
      [`/api/v1/sources/${sourceId}/read`, '"read":true'],
      [`/api/v1/sources/${sourceId}/star`, '"starred":true'],
      ["/api/v1/admin/channels", '"slug":"polluted","name":"Polluted"'],
      ["/api/v1/admin/invites", '"name":"Polluted","channel":"default"'],
      ["/api/v1/admin/members", '"username":"root","channel":"default","member":false'],
    ];
    const keys = [
      '"__proto__":{"polluted":"yes","read":true,"starred":true}',
      '"\\u005f_proto__":{"polluted":"yes"}',
      '"constructor":{"prototype":{"polluted":"yes"}}',
    ];
    for (const [path, fields] of routes) {
      for (const key of keys) {
        for (const body of [`{${key},${fields}}`, `{${fields},"nested":{${key}}}`]) {
          await unchanged(f, `${path} ${body}`, async () => {
            const r = await postJson(path, body);
            assert.equal(r.status, 400, `${path} ${body}`);
            assert.deepEqual(r.body, { error: "bad_request" }, `${path} ${body}`);
          });
          notPolluted();
        }
      }
    }
    // Nothing of it took: no star, no read mark, root still a member.
    const state = await recipientState(f);
    assert.equal(state.stars, 0);
    assert.equal(state.reads, 0);
  });
});

describe("SQL injection strings and wrong types in JSON fields and path ids", () => {
  const SQLI = corpus("sql-injection.txt");

  test("login, login/params and invite/check: their ordinary answers, nothing changed", async () => {
    const tables = await schema();
    const anon = new RecipientClient(f.recipientUrl);
    const real = await anon.call<{ kdf: { salt: string } }>("POST", "/api/v1/login/params", {
      username: "root",
    });
    const wrongTypes: unknown[] = [{ $ne: 1 }, ["root"], 1, null, true, { toString: "root" }];
    for (const value of [...SQLI, ...wrongTypes]) {
      const what = JSON.stringify(value);
      await unchanged(f, what, async () => {
        const params = await anon.call<{ kdf: { salt: string } }>("POST", "/api/v1/login/params", {
          username: value,
        });
        // Unknown names get a deterministic fake; no value reaches root's real salt.
        assert.equal(params.status, 200, what);
        assert.notEqual(params.body.kdf.salt, real.body.kdf.salt, `${what}: not root's salt`);
        const login = await anon.call("POST", "/api/v1/login", {
          username: value,
          auth: value,
          totp: value,
        });
        // Repeated failures for one (normalised) name lock it: 429 is the documented answer then.
        const locked = login.status === 429;
        assertError(login, locked ? 429 : 401, locked ? "too_many_attempts" : "login_failed", what);
        const invite = await anon.call("POST", "/api/v1/invite/check", { token: value });
        assertError(invite, 404, "invite_invalid", what);
      });
    }
    assert.deepEqual(await schema(), tables);
  });

  test("source ids in paths and the channel filter: not_found or an empty list", async () => {
    const tables = await schema();
    for (const s of SQLI) {
      const id = encodeURIComponent(s);
      await unchanged(f, s, async () => {
        assertError(await root.client.call("GET", `/api/v1/sources/${id}`), 404, "not_found", s);
        for (const [action, body] of [
          ["read", { read: true }],
          ["star", { starred: true }],
          ["delete", {}],
        ] as const) {
          const r = await root.client.call("POST", `/api/v1/sources/${id}/${action}`, body);
          assertError(r, 404, "not_found", `${action} ${s}`);
        }
        const list = await root.client.call("GET", `/api/v1/sources?channel=${id}`);
        assert.equal(list.status, 200, s);
        assert.deepEqual(list.body, { sources: [] }, s);
      });
    }
    assert.deepEqual(await schema(), tables);
    assert.equal((await recipientState(f)).sources, 1, "the source is still there");
  });

  test("admin fields: 400 with the field's code, no channel, invite or membership made", async () => {
    const tables = await schema();
    for (const s of SQLI) {
      await unchanged(f, s, async () => {
        // Each refusal names its field (issue #12: they were all bad_request with a reason).
        for (const [path, body, code] of [
          ["/api/v1/admin/channels", { slug: s, name: s }, "slug_invalid"],
          [
            "/api/v1/admin/members",
            { username: s, channel: "default", member: true },
            "no_such_account",
          ],
          [
            "/api/v1/admin/members",
            { username: "root", channel: s, member: false },
            "no_such_channel",
          ],
          ["/api/v1/admin/invites", { name: "Someone", channel: s }, "no_such_channel"],
        ] as const) {
          const r = await root.client.call("POST", path, body);
          assert.equal(r.status, 400, `${path} ${s}`);
          assert.deepEqual(r.body, { error: code }, `${path} ${s}`);
        }
      });
    }
    assert.deepEqual(await schema(), tables);
  });
});

describe("header injection on the recipient listener", () => {
  function assertNoSplit(a: SocketAnswer, what: string): void {
    assert.ok(a.status > 0, `${what}: an answer`);
    for (const line of a.headerLines) {
      assert.match(line, /^[A-Za-z0-9-]+: [\x20-\x7e]*$/, `${what}: ${JSON.stringify(line)}`);
      assert.doesNotMatch(line, /pwned|injected/i, `${what}: injected`);
    }
  }
  const get = (path: string, headers: string): Promise<SocketAnswer> =>
    socketExchange(f.recipientUrl, [`GET ${path} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`]);

  test("CRLF in the query, Host, Origin and CSRF header: no splitting, the usual refusals", async () => {
    const host = `Host: ${hostOf(f.recipientUrl)}\r\n`;
    for (const path of [
      "/api/v1/health?x=%0d%0aX-Injected:%201",
      "/?x=%0d%0aSet-Cookie:%20pwned=1",
      "/api/v1/nothing%0d%0aX-Injected:%201",
      "/assets/%0d%0aX-Injected:%201.js",
    ]) {
      assertNoSplit(await get(path, host), path);
    }
    for (const value of ["evil.example%0d%0aX-Injected:%201", "evil.example\r\nX-Injected: 1"]) {
      assertNoSplit(await get("/api/v1/health", `Host: ${value}\r\n`), value);
    }
    const cookie = `Cookie: postern_rs=${root.client.cookie ?? ""}\r\n`;
    const post = (headers: string): Promise<SocketAnswer> =>
      socketExchange(f.recipientUrl, [
        `POST /api/v1/sources/${sourceId}/star HTTP/1.1\r\n${host}${cookie}${headers}` +
          `Content-Type: application/json\r\nContent-Length: 16\r\nConnection: close\r\n\r\n{"starred":true}`,
      ]);
    const origin = await post(
      `Origin: http://${hostOf(f.recipientUrl)}%0d%0aX-Injected:%201\r\nX-Postern-CSRF: ${root.client.csrf ?? ""}\r\n`,
    );
    assertNoSplit(origin, "origin");
    assert.equal(origin.status, 403);
    assert.deepEqual(JSON.parse(origin.body), { error: "origin_invalid" });
    const csrf = await post("X-Postern-CSRF: x%0d%0aX-Injected: 1\r\n");
    assertNoSplit(csrf, "csrf");
    assert.equal(csrf.status, 403);
    assert.deepEqual(JSON.parse(csrf.body), { error: "csrf_invalid" });
    assert.equal((await recipientState(f)).stars, 0);
    const errors = f.logs.filter((l) => l.startsWith("level=error"));
    assert.deepEqual(errors, []);
  });
});
