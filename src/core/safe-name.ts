/**
 * Turns a file name from a manifest (attacker-controlled: a source, or
 * whoever forged the manifest) into one that is safe to create on the
 * recipient's disk: a single path component, no control or bidi characters,
 * not hidden, not reserved, at most 200 bytes of UTF-8, extension kept.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f/\\<>:"|?*]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_BYTES = 200;

export function safeFileName(name: string): string {
  let s = (name.isWellFormed() ? name : name.toWellFormed()).normalize("NFC").replace(UNSAFE, "_");
  s = s.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
  if (s === "" || RESERVED.test(s)) s = `file${s === "" ? "" : "_" + s}`;
  if (Buffer.byteLength(s) > MAX_BYTES) {
    const dot = s.lastIndexOf(".");
    const ext = dot > 0 && s.length - dot <= 16 ? s.slice(dot) : "";
    s = truncateUtf8(s.slice(0, s.length - ext.length), MAX_BYTES - Buffer.byteLength(ext)) + ext;
  }
  return s;
}

function truncateUtf8(s: string, maxBytes: number): string {
  let out = "";
  let n = 0;
  for (const ch of s) {
    const b = Buffer.byteLength(ch);
    if (n + b > maxBytes) break;
    out += ch;
    n += b;
  }
  return out;
}

/** "report.pdf" → "report (1).pdf", "report (2).pdf", …; still at most 200 bytes. */
export function numbered(name: string, i: number): string {
  const dot = name.lastIndexOf(".");
  let ext = dot > 0 ? name.slice(dot) : "";
  if (Buffer.byteLength(` (${i})${ext}`) >= MAX_BYTES) ext = "";
  const suffix = ` (${i})${ext}`;
  const stem = name.slice(0, name.length - ext.length);
  return truncateUtf8(stem, MAX_BYTES - Buffer.byteLength(suffix)) + suffix;
}
