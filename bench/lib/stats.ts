/** Latency and error counts per route, and the table the bench scripts print. */
import { performance } from "node:perf_hooks";

/** Nearest-rank percentile; NaN for no samples. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

export interface RouteSummary {
  readonly requests: number;
  readonly errors: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly max_ms: number;
}

/** How many error messages are kept per route for the report (the count is always exact). */
const KEPT_ERRORS = 5;

/** A request that failed or got an answer the flow did not expect (already recorded). */
export class Failed extends Error {
  readonly route: string;
  constructor(route: string, why: string) {
    super(`${route}: ${why}`);
    this.route = route;
  }
}

/** Collects one latency per finished request, and errors with a few of their reasons. */
export class Recorder {
  readonly #latencies = new Map<string, number[]>();
  readonly #errors = new Map<string, string[]>();
  readonly #errorCounts = new Map<string, number>();
  #on = true;
  /** Counts the times recording was switched on: a request belongs to one epoch. */
  #epoch = 0;

  /** While false, nothing is recorded (warm-up, or the moments around a kill). */
  get on(): boolean {
    return this.#on;
  }
  set on(v: boolean) {
    if (v && !this.#on) this.#epoch++;
    this.#on = v;
  }

  ok(route: string, ms: number): void {
    if (!this.on) return;
    let xs = this.#latencies.get(route);
    if (xs === undefined) this.#latencies.set(route, (xs = []));
    xs.push(ms);
  }

  /** An error; `ms` null when there was no request to time (a flow that went wrong). */
  error(route: string, ms: number | null, why: string): void {
    if (!this.on) return;
    if (ms !== null) this.ok(route, ms);
    this.#errorCounts.set(route, (this.#errorCounts.get(route) ?? 0) + 1);
    const kept = this.#errors.get(route) ?? [];
    if (kept.length < KEPT_ERRORS) kept.push(why);
    this.#errors.set(route, kept);
  }

  /**
   * Times `send` as one request of `route`; `check` says what is wrong with an
   * answer (null when it is the expected one).
   * @throws Failed on a network error or an unexpected answer.
   */
  async time<T>(
    route: string,
    send: () => Promise<T>,
    check: (answer: T) => string | null,
  ): Promise<T> {
    const t0 = performance.now();
    // A request counts only if it started while recording: one sent during a
    // warm-up and answered after it must not bring the warm-up's latency in.
    const started = this.#epoch;
    const counts = (): boolean => this.on && started === this.#epoch;
    let answer: T;
    try {
      answer = await send();
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      if (counts()) this.error(route, performance.now() - t0, why);
      throw new Failed(route, why);
    }
    const ms = performance.now() - t0;
    const wrong = check(answer);
    if (wrong !== null) {
      if (counts()) this.error(route, ms, wrong);
      throw new Failed(route, wrong);
    }
    if (counts()) this.ok(route, ms);
    return answer;
  }

  get requests(): number {
    let n = 0;
    for (const xs of this.#latencies.values()) n += xs.length;
    return n;
  }

  get errors(): number {
    let n = 0;
    for (const e of this.#errorCounts.values()) n += e;
    return n;
  }

  /** Every latency of these routes together. */
  latencies(routes: readonly string[]): number[] {
    return routes.flatMap((r) => this.#latencies.get(r) ?? []);
  }

  routes(): Record<string, RouteSummary> {
    const out: Record<string, RouteSummary> = {};
    const names = new Set([...this.#latencies.keys(), ...this.#errorCounts.keys()]);
    for (const route of [...names].sort()) {
      const xs = this.#latencies.get(route) ?? [];
      out[route] = {
        requests: xs.length,
        errors: this.#errorCounts.get(route) ?? 0,
        p50_ms: round(percentile(xs, 50), 1),
        p99_ms: round(percentile(xs, 99), 1),
        max_ms:
          xs.length === 0
            ? NaN
            : round(
                xs.reduce((a, b) => Math.max(a, b)),
                1,
              ),
      };
    }
    return out;
  }

  errorSamples(): Record<string, string[]> {
    return Object.fromEntries(this.#errors);
  }
}

export interface Row {
  readonly name: string;
  readonly value: string;
  readonly target?: string;
  readonly pass?: boolean;
}

export function printTable(rows: readonly Row[]): void {
  const w = [0, 0, 0];
  for (const r of rows) {
    w[0] = Math.max(w[0]!, r.name.length);
    w[1] = Math.max(w[1]!, r.value.length);
    w[2] = Math.max(w[2]!, (r.target ?? "").length);
  }
  const line = (a: string, b: string, c: string, d: string): string =>
    `${a.padEnd(w[0]!)}  ${b.padStart(w[1]!)}  ${c.padEnd(w[2]!)}  ${d}`.trimEnd();
  process.stdout.write("\n" + line("metric", "value", "target", "") + "\n");
  process.stdout.write("-".repeat(w[0]! + w[1]! + w[2]! + 12) + "\n");
  for (const r of rows) {
    const status = r.pass === undefined ? "" : r.pass ? "PASS" : "MISS";
    process.stdout.write(line(r.name, r.value, r.target ?? "", status) + "\n");
  }
  process.stdout.write("\n");
}
