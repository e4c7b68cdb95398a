/**
 * What the CLI prints comes partly from the data folder (channel and people
 * names, designations, file names, a statement's organization) and may hold
 * characters a terminal acts on: ESC sequences that clear the screen or write
 * the clipboard (OSC 52), C1 controls, bidi controls that reorder a line.
 * Everything printed goes through `terminalSafe` (issue #11, finding 11).
 */

/** Cc other than tab and newline, line and paragraph separators, bidi controls. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Each unsafe character becomes `\uXXXX`: visible in text, and the same
 * character again inside a JSON string (so `--json` output stays equivalent).
 */
export function terminalSafe(s: string): string {
  return s
    .replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/\p{Cs}/gu, "\\ufffd");
}
