/**
 * The one error the outreach kit throws for things a person can fix: a bad
 * flag, a missing font, a tampered statement. Its message is one line that
 * says what is wrong and what to do; `usage` marks bad invocations (exit 2).
 */
export class OutreachError extends Error {
  readonly usage: boolean;

  constructor(message: string, opts: { usage?: boolean } = {}) {
    super(message);
    this.name = "OutreachError";
    this.usage = opts.usage ?? false;
  }
}
