/**
 * Tiny, strict validators for trusted-but-edited inputs (config files, CLI JSON).
 * @throws PosternError config_invalid naming the field.
 */
import { PosternError } from "../protocol/errors.ts";

function object(v: unknown, what: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw new PosternError("config_invalid", `${what} must be an object`);
  const rec = v as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    if (!keys.includes(k)) throw new PosternError("config_invalid", `${what}: unknown key "${k}"`);
  }
  return rec;
}

function string(v: unknown, what: string, min: number, max: number): string {
  if (typeof v !== "string") throw new PosternError("config_invalid", `${what} must be a string`);
  if (v.length < min || v.length > max)
    throw new PosternError("config_invalid", `${what} must be ${min}–${max} characters`);
  return v;
}

function int(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v))
    throw new PosternError("config_invalid", `${what} must be an integer`);
  if (v < min || v > max)
    throw new PosternError("config_invalid", `${what} must be between ${min} and ${max}`);
  return v;
}

export const z = { object, string, int };
