/**
 * A small HTTP/1.1 client on node:http with keep-alive agents: no dependency,
 * bodies streamed with back-pressure, and response bodies optionally counted
 * instead of kept (blob downloads). Every request has an idle timeout.
 */
import http from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

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
