/**
 * A token bucket across all clients of this process: for *failed* codename
 * logins, and for new sources. For logins it only slows guessing: a correct
 * codename is checked first and always gets in, so an attacker who floods
 * wrong codenames cannot lock a real source out. (Per process: each process
 * of a multi-node deployment keeps its own budget, which only makes the limit
 * N times looser.)
 */
export class FailureBudget {
  readonly #perMinute: number;
  #tokens: number;
  #last: number;

  constructor(perMinute: number, now = Date.now()) {
    if (!Number.isInteger(perMinute) || perMinute < 1)
      throw new RangeError("perMinute must be a positive integer");
    this.#perMinute = perMinute;
    this.#tokens = perMinute;
    this.#last = now;
  }

  /** Spends one failure; false when the budget is exhausted. */
  take(now = Date.now()): boolean {
    const elapsed = Math.max(0, now - this.#last);
    this.#last = now;
    this.#tokens = Math.min(this.#perMinute, this.#tokens + (elapsed * this.#perMinute) / 60_000);
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
