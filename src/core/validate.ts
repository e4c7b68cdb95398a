/** Tiny, strict validators for trusted-but-edited inputs (config files, CLI JSON). */
function object(v: unknown, what: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw new TypeError(`${what} must be an object`);
  const rec = v as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    if (!keys.includes(k)) throw new TypeError(`${what}: unknown key "${k}"`);
  }
  return rec;
}

function string(v: unknown, what: string, min: number, max: number): string {
  if (typeof v !== "string") throw new TypeError(`${what} must be a string`);
  if (v.length < min || v.length > max)
    throw new RangeError(`${what} must be ${min}–${max} characters`);
  return v;
}

function int(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v))
    throw new TypeError(`${what} must be an integer`);
  if (v < min || v > max) throw new RangeError(`${what} must be between ${min} and ${max}`);
  return v;
}

export const z = { object, string, int };
