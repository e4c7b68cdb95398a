/**
 * The only logger. It takes an event name and a few fields of known-safe
 * kinds (codes, counts, durations): never a request, a header, an address, a
 * body, a file name or a codename (DESIGN P3). There is no access log.
 */
export type LogFields = Readonly<Record<string, string | number | boolean>>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  error(event: string, err: unknown, fields?: LogFields): void;
}

const SAFE_VALUE = /^[\w.:/@+-]{0,200}$/;

function line(level: string, event: string, fields: LogFields = {}): string {
  const parts = [`level=${level}`, `event=${event}`];
  for (const [k, v] of Object.entries(fields)) {
    const s = String(v);
    parts.push(`${k}=${SAFE_VALUE.test(s) ? s : "[redacted]"}`);
  }
  return parts.join(" ");
}

/** Error details that are safe to print: the class and a code, not a message that may quote input. */
function describe(err: unknown): LogFields {
  if (!(err instanceof Error)) return { error: typeof err };
  const code = (err as { code?: unknown }).code;
  const cause = (err as { cause?: unknown }).cause;
  const causeCode = cause instanceof Error ? (cause as { code?: unknown }).code : undefined;
  return {
    error: err.name,
    ...(typeof code === "string" ? { code } : {}),
    ...(cause instanceof Error ? { cause: cause.name } : {}),
    ...(typeof causeCode === "string" ? { cause_code: causeCode } : {}),
  };
}

export function createLogger(
  write: (line: string) => void = (l) => process.stderr.write(l + "\n"),
): Logger {
  return {
    info: (event, fields) => write(line("info", event, fields)),
    error: (event, err, fields) => write(line("error", event, { ...describe(err), ...fields })),
  };
}
