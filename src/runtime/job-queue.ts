/**
 * The order a crypto worker runs its requests in (see worker.ts): quick ones
 * a person is waiting on for a page (a codename's recipient, a reply to open)
 * go before headers for submissions, which are bulk work whose requests take
 * seconds anyway. But never for ever: once `streak` urgent requests ran in a
 * row, a waiting bulk one goes next, so a flood of page views (a source's
 * page opens every reply) cannot starve uploads, whose bodies the server
 * stops reading while their header waits. (A rule by waiting time would
 * not do: under a backlog every bulk request is old, and urgent ones would
 * starve instead.)
 */
export class JobQueue<T> {
  readonly #urgent: T[] = [];
  readonly #bulk: T[] = [];
  readonly #maxStreak: number;
  #streak = 0;

  constructor(opts: { streak: number }) {
    this.#maxStreak = opts.streak;
  }

  get size(): number {
    return this.#urgent.length + this.#bulk.length;
  }

  push(job: T, urgent: boolean): void {
    (urgent ? this.#urgent : this.#bulk).push(job);
  }

  next(): T | undefined {
    const bulkDue = this.#bulk.length > 0 && this.#streak >= this.#maxStreak;
    if (bulkDue || this.#urgent.length === 0) {
      this.#streak = 0;
      return this.#bulk.shift();
    }
    this.#streak++;
    return this.#urgent.shift();
  }
}
