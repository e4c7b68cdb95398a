/**
 * File names come from a decrypted manifest, written by a source (or by
 * whoever forged the submission): hostile. They are only ever used as text,
 * as `a.download`, or as the save picker's suggested name, and only after
 * this makes them one harmless path component.
 */

// Controls (C0, DEL, C1), bidi overrides and isolates that could disguise an
// extension ("invoice\u202Efdp.exe"), path separators and the characters
// Windows refuses.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069/\\<>:"|?*]/g;
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_CHARS = 120;
const FALLBACK = "file";

/**
 * The name as shown on screen: the source's own spelling, as text, with
 * only the invisible troublemakers (controls, bidi overrides) made visible
 * as U+FFFD, so a name cannot disguise its extension or break the layout.
 */
export function displayFileName(name: string): string {
  return name.replace(INVISIBLE, "\uFFFD");
}

/** A single safe file name for saving to disk; "file" when nothing usable is left. */
export function safeFileName(name: string): string {
  let s = name.normalize("NFC").replace(UNSAFE, "_");
  // No hidden files, no trailing dot or space (Windows strips them, changing the type).
  s = s.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
  if (s === "") return FALLBACK;
  if (RESERVED.test(s)) s = `${FALLBACK}_${s}`;
  const chars = Array.from(s);
  if (chars.length > MAX_CHARS) {
    // Keep a short extension so the saved file still opens with the right program.
    const dot = s.lastIndexOf(".");
    const ext = dot > 0 && s.length - dot <= 12 ? s.slice(dot) : "";
    s = chars.slice(0, MAX_CHARS - Array.from(ext).length).join("") + ext;
  }
  return s;
}
