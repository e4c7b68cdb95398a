/**
 * Names an admin or operator gives (channels, people, the organization) are
 * shown in pages, in the web app and in terminals. A control character there
 * can clear a screen or write a terminal's clipboard (OSC 52) when `postern
 * channel list` prints it; a bidi control can disguise what a name says. They
 * are refused where a name enters, never repaired (issue #11, finding 11).
 */

/** Cc (C0, DEL, C1), line and paragraph separators, and the bidi controls. */
const UNSAFE = /[\p{Cc}\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;

/** True when `s` holds no control, separator or bidi control character, and no lone surrogate. */
export function isPlainName(s: string): boolean {
  return s.isWellFormed() && !UNSAFE.test(s);
}

/** What the refusal says, for the operator. */
export const PLAIN_NAME_RULE = "must not contain control characters, line breaks or bidi controls";
