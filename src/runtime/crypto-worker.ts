/**
 * A crypto worker (see pool.ts): answers each request with the result of the
 * same pure function the main thread would have run, one at a time, in the
 * order schedule.ts chooses. Holds nothing between requests.
 */
import { parentPort } from "node:worker_threads";
import { CryptoError } from "../crypto/errors.ts";
import { OPS, type OpName, type Request, type Response } from "./crypto-pool.ts";
import { JobQueue } from "./job-queue.ts";

const port = parentPort;
if (port === null) throw new Error("crypto worker: not in a worker thread");

const URGENT: ReadonlySet<OpName> = new Set(["ping", "recipient", "unwrap"]);
const queue = new JobQueue<Request>({ streak: 4 });
let busy = false;

function answer(r: Response): void {
  port?.postMessage(r);
}

async function run(req: Request): Promise<void> {
  const f = OPS[req.op] as ((...a: unknown[]) => Promise<unknown>) | undefined;
  if (f === undefined) {
    answer({ id: req.id, ok: false, error: { message: `unknown crypto op ${req.op}` } });
    return;
  }
  try {
    answer({ id: req.id, ok: true, value: await f(...req.args) });
  } catch (e) {
    answer({
      id: req.id,
      ok: false,
      error: {
        message: e instanceof Error ? e.message : String(e),
        ...(e instanceof CryptoError ? { code: e.code } : {}),
      },
    });
  }
}

/** One request at a time; setImmediate lets every message already sent arrive before choosing. */
function next(): void {
  if (busy) return;
  const req = queue.next();
  if (req === undefined) return;
  busy = true;
  void run(req).finally(() => {
    busy = false;
    setImmediate(next);
  });
}

port.on("message", (req: Request) => {
  queue.push(req, URGENT.has(req.op));
  setImmediate(next);
});
