/**
 * A tor control-port connection for tests (control-spec.txt): cookie
 * authentication, one command at a time, and every asynchronous event kept.
 * Used to watch a client's OR connections and circuits from its first byte on
 * the network: start tor with `DisableNetwork 1`, subscribe, then enable it.
 */
import { connect, type Socket } from "node:net";
import { readFile } from "node:fs/promises";

/** One asynchronous event: its line without the "650" code, and when it arrived (`performance.now()`). */
export interface TorEvent {
  readonly at: number;
  readonly line: string;
}

/** Replies and events longer than this are a broken peer, not tor. */
const MAX_LINE = 64 * 1024;

export class TorControl {
  readonly #socket: Socket;
  readonly #events: TorEvent[] = [];
  #buffer = "";
  #reply: string[] = [];
  /** Inside a "NNN+" data block, until a line holding only ".": a reply's, or an event's (dropped). */
  #inData: "reply" | "event" | null = null;
  #pending: { resolve: (lines: string[]) => void; reject: (e: Error) => void } | null = null;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => this.#read(chunk));
    socket.on("error", (e) => this.#fail(e));
    socket.on("close", () => this.#fail(new Error("control connection closed")));
  }

  /** Connects (retrying until tor listens, up to `waitMs`) and authenticates with the cookie file. */
  static async open(port: number, cookieFile: string, waitMs = 60_000): Promise<TorControl> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      let control: TorControl | null = null;
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, "127.0.0.1");
          s.once("connect", () => resolve(s));
          s.once("error", reject);
        });
        control = new TorControl(socket);
        const cookie = await readFile(cookieFile);
        await control.command(`AUTHENTICATE ${cookie.toString("hex")}`);
        return control;
      } catch (e) {
        control?.close();
        if (Date.now() > deadline) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  /** Every asynchronous event so far, in order. */
  get events(): readonly TorEvent[] {
    return this.#events;
  }

  /** Sends one command; resolves with its reply lines on 250, rejects on any other status. */
  command(line: string): Promise<string[]> {
    if (this.#pending) return Promise.reject(new Error("one command at a time"));
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.#socket.write(`${line}\r\n`);
    });
  }

  close(): void {
    this.#socket.destroy();
  }

  #read(chunk: string): void {
    this.#buffer += chunk;
    if (this.#buffer.length > MAX_LINE && !this.#buffer.includes("\n")) {
      this.#socket.destroy(new Error("control line too long"));
      return;
    }
    let nl: number;
    while ((nl = this.#buffer.indexOf("\n")) >= 0) {
      const line = this.#buffer.slice(0, nl).replace(/\r$/, "");
      this.#buffer = this.#buffer.slice(nl + 1);
      this.#line(line);
    }
  }

  // control-spec §2.3 and §4.1: "650" lines are events; a reply ends with
  // "NNN " (a space); "NNN+" starts data that ends with a line holding only ".".
  #line(line: string): void {
    if (this.#inData !== null) {
      if (line === ".") this.#inData = null;
      else if (this.#inData === "reply") this.#reply.push(line);
      return;
    }
    if (line.startsWith("650")) {
      this.#events.push({ at: performance.now(), line: line.slice(4) });
      if (line[3] === "+") this.#inData = "event";
      return;
    }
    this.#reply.push(line);
    if (line[3] === "+") this.#inData = "reply";
    if (line[3] !== " ") return;
    const reply = this.#reply;
    this.#reply = [];
    const pending = this.#pending;
    this.#pending = null;
    if (line.startsWith("250")) pending?.resolve(reply);
    else pending?.reject(new Error(`tor control: ${reply.join(" | ")}`));
  }

  #fail(e: Error): void {
    const pending = this.#pending;
    this.#pending = null;
    pending?.reject(e);
  }
}
