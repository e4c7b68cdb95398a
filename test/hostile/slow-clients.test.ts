/**
 * Slow and stalled clients on the recipient listener (issue #11, finding 10).
 * Damage that must not happen: a client that sends half a body and stops, or
 * trickles its headers or body a byte at a time, holds a socket (and the
 * memory behind it) for as long as it likes. Each phase is bounded; the test
 * runs the listener with short bounds and checks the connection is cut.
 */
import assert from "node:assert/strict";
import { connect, type Socket } from "node:net";
import { after, before, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildRecipientApp, RECIPIENT_TIMEOUTS } from "../../src/web/recipient/app.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";

let f: Fixture;
let app: FastifyInstance;
let port = 0;

before(async () => {
  f = await startFixture({ noRecipient: true });
  app = buildRecipientApp(f.inst, {
    timeouts: { requestMs: 3000, headersMs: 1500, idleMs: 1000, checkEveryMs: 200 },
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const a = app.server.address();
  port = a !== null && typeof a === "object" ? a.port : 0;
});

after(async () => {
  await app.close();
  await f.close();
});

/**
 * Opens a connection, sends `head`, then one byte of `trickle` every
 * `everyMs` (none when empty); resolves with how long the server kept the
 * connection open, or `Infinity` if it was still open after `giveUpMs`.
 */
function holdOpen(head: string, trickle: string, everyMs: number, giveUpMs = 15_000) {
  return new Promise<{ ms: number; answer: string }>((resolve) => {
    const started = Date.now();
    const sock: Socket = connect({ host: "127.0.0.1", port });
    let answer = "";
    let i = 0;
    const drip =
      trickle === ""
        ? null
        : setInterval(() => {
            if (i < trickle.length && !sock.destroyed) sock.write(trickle[i++] ?? "");
          }, everyMs);
    const finish = (ms: number): void => {
      if (drip) clearInterval(drip);
      clearTimeout(giveUp);
      sock.destroy();
      resolve({ ms, answer });
    };
    const giveUp = setTimeout(() => finish(Infinity), giveUpMs);
    sock.on("data", (d: Buffer) => (answer += d.toString("latin1")));
    sock.on("close", () => finish(Date.now() - started));
    sock.on("error", () => undefined);
    sock.write(head);
  });
}

test("the listener's defaults bound every phase of a request", () => {
  const plain = buildRecipientApp(f.inst);
  assert.equal(plain.server.requestTimeout, RECIPIENT_TIMEOUTS.requestMs);
  assert.equal(plain.server.headersTimeout, RECIPIENT_TIMEOUTS.headersMs);
  assert.equal(plain.server.timeout, RECIPIENT_TIMEOUTS.idleMs);
  for (const v of [
    plain.server.requestTimeout,
    plain.server.headersTimeout,
    plain.server.timeout,
  ]) {
    assert.ok(v > 0 && v <= 120_000, `bounded: ${v}`);
  }
});

test("half a body, then silence: the connection is cut", async () => {
  const body = JSON.stringify({ username: "alice", auth: "x".repeat(43), totp: "123456" });
  const head =
    "POST /api/v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
    `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 20)}`;
  const r = await holdOpen(head, "", 0);
  assert.ok(Number.isFinite(r.ms), "still open after 15 s");
});

test("headers a byte at a time: cut at the headers' bound", async () => {
  const headers = `GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${"a".repeat(200)}\r\n\r\n`;
  // A byte every 250 ms keeps the socket from ever being idle.
  const r = await holdOpen("GET ", headers.slice(4), 250);
  assert.ok(Number.isFinite(r.ms), "still open after 15 s");
  assert.ok(!r.answer.includes("200 OK"), "the request was never served");
});

test("a body a byte at a time: cut at the request's bound", async () => {
  const body = JSON.stringify({ username: "alice" }).padEnd(400, " ");
  const head =
    "POST /api/v1/login/params HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
    `Content-Length: ${body.length}\r\n\r\n`;
  const r = await holdOpen(head, body, 250);
  assert.ok(Number.isFinite(r.ms), "still open after 15 s");
  assert.ok(!r.answer.includes("200 OK"), "the request was never served");
});
