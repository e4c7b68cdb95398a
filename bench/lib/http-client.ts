/**
 * A small HTTP/1.1 client on node:http with keep-alive agents: no dependency,
 * bodies streamed with back-pressure, and response bodies optionally counted
 * instead of kept (blob downloads). Every request has an idle timeout.
 */
import http from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { performance } from "node:perf_hooks";

export interface HttpResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** Empty when the request asked to discard the body. */
  readonly body: Buffer;
  /** Body bytes received. */
  readonly bytes: number;
}

export interface RequestOptions {
  readonly method?: "GET" | "POST";
  readonly headers?: http.OutgoingHttpHeaders;
  /** A whole body, or a generator of parts streamed with back-pressure (then give `length`). */
  readonly body?: Buffer | string | (() => Iterable<Buffer>);
  readonly length?: number;
  readonly discard?: boolean;
  /** Socket idle time before the request fails. */
  readonly timeoutMs?: number;
}

/**
 * Connections this process opened, and how long the slowest took to be
 * accepted: a server whose accept queue overflows shows here (a dropped SYN
 * is retried after 1 s, then 3 s, 7 s…), not in its own figures.
 */
export const connections = { opened: 0, over1s: 0, maxConnectMs: 0 };

/** One keep-alive agent per pool of simulated clients; `max` bounds its sockets. */
export function keepAliveAgent(max: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: max, maxFreeSockets: max });
}

/** @throws Error on a network error, a timeout, or a response cut short. */
export function request(
  agent: http.Agent,
  url: string,
  opts: RequestOptions = {},
): Promise<HttpResponse> {
  const u = new URL(url);
  const headers: http.OutgoingHttpHeaders = { ...opts.headers };
  const body = opts.body;
  if (typeof body === "string" || Buffer.isBuffer(body))
    headers["content-length"] = Buffer.byteLength(body);
  else if (body !== undefined) headers["content-length"] = opts.length;
  return new Promise<HttpResponse>((resolve, reject) => {
    const req = http.request({
      agent,
      host: u.hostname,
      port: u.port,
      path: u.pathname + u.search,
      method: opts.method ?? "GET",
      headers,
    });
    req.setTimeout(opts.timeoutMs ?? 60_000, () =>
      req.destroy(new Error(`no answer for ${(opts.timeoutMs ?? 60_000) / 1000} s`)),
    );
    const t0 = performance.now();
    req.once("socket", (sock) => {
      if (!sock.connecting) return; // a kept-alive socket
      sock.once("connect", () => {
        const ms = performance.now() - t0;
        connections.opened++;
        if (ms > 1000) connections.over1s++;
        connections.maxConnectMs = Math.max(connections.maxConnectMs, ms);
      });
    });
    req.once("error", reject);
    req.once("response", (res) => {
      const parts: Buffer[] = [];
      let bytes = 0;
      res.on("data", (c: Buffer) => {
        bytes += c.length;
        if (opts.discard !== true) parts.push(c);
      });
      res.once("error", reject);
      res.once("close", () => {
        if (!res.complete) reject(new Error("response cut short"));
      });
      res.once("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(parts),
          bytes,
        }),
      );
    });
    if (body === undefined) req.end();
    else if (typeof body === "string" || Buffer.isBuffer(body)) req.end(body);
    else {
      // A server may answer (and close) before the body is sent: the response
      // or the request's own error settles the promise, not the pipeline.
      pipeline(Readable.from(body(), { objectMode: false }), req).catch(() => undefined);
    }
  });
}

/** The value of our cookie `name` in a response's Set-Cookie, "" when it is cleared, else null. */
export function cookieFrom(res: HttpResponse, name: string): string | null {
  for (const c of res.headers["set-cookie"] ?? []) {
    const m = new RegExp(`^${name}=([^;]*)`).exec(c);
    if (m) return m[1] ?? "";
  }
  return null;
}
