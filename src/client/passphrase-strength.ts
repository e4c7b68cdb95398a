/**
 * A passphrase strength estimate, computed in the browser before enrolment.
 * The server never sees the passphrase, so this is the only place a weak one
 * can be stopped; and Argon2id only multiplies the cost of each guess, it
 * does not add entropy.
 *
 * The estimate is deliberately pessimistic. It counts bits per character
 * from the character classes used, then discounts what guessers try first:
 * well-known passwords and words (also in "l33t" spelling), runs of one
 * character, alphabet/digit/keyboard sequences, and substrings that repeat.
 */
import { MIN_PASSPHRASE_CHARS } from "../protocol/api.ts";

export type StrengthReason =
  "too_short" | "common" | "repeats" | "sequence" | "one_kind" | "personal" | "needs_more";

export interface Strength {
  /** 0 (trivial) … 4 (strong). */
  readonly score: 0 | 1 | 2 | 3 | 4;
  /** Why the score is not higher, most important first; empty when nothing to say. */
  readonly reasons: readonly StrengthReason[];
  /** Estimated bits of guessing work. */
  readonly bits: number;
  /** Whether enrolment may go ahead with this passphrase. */
  readonly acceptable: boolean;
}

/** The lowest score the app accepts. */
export const MIN_ACCEPTED_SCORE = 3;

/**
 * The first guesses of any cracker: the most used passwords and words,
 * lower case, at least four characters (shorter ones would match
 * everywhere). Written from general knowledge of password leaks.
 */
// A template literal, so the formatter keeps the list compact.
const COMMON = `
  password passwort passe qwerty azerty qwertz 123456 654321 111111 letmein welcome admin
  administrator root login master secret iloveyou monkey dragon football baseball soccer
  hockey basketball sunshine princess shadow superman batman trustno starwars whatever freedom
  hello charlie michael jordan jennifer thomas hunter ranger buster killer pepper ginger
  cookie cheese summer winter spring autumn flower orange banana purple computer internet
  access mustang corvette harley matrix ninja pokemon naruto anthony andrew daniel george
  robert jessica ashley amanda nicole lovely loveme love angel blink zaq1 zxcvbn asdfgh abc123
  test guest default changeme secure security private office company newsroom journalist
  editor source leaks whistle postern securedrop globaleaks correct horse battery staple
  monday friday january december london paris berlin soleil bonjour contrasena hallo ciao
  senha
`
  .trim()
  .split(/\s+/);
const COMMON_SET = new Set(COMMON);
const MAX_ANALYSED = 256;

/** Bits for guessing one entry of the list, plus a bit for its spelling variants. */
const COMMON_BITS = Math.log2(COMMON_SET.size) + 1;

/** Keyboard rows, both ways round, for "qwer", "asdf", "7890". */
const ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qwertzuiop"];

/** Common letter-for-symbol swaps ("p4ssw0rd"), undone before matching the list. */
const LEET: ReadonlyMap<string, string> = new Map(
  ["0o", "1l", "3e", "4a", "5s", "7t", "@a", "$s", "!i"].map((p) => [p.charAt(0), p.charAt(1)]),
);

/**
 * Estimates how hard `passphrase` is to guess.
 * @param personal words that an attacker knows (the username, the organisation name).
 * @throws TypeError for a non-string passphrase.
 */
export function passphraseStrength(passphrase: string, personal: readonly string[] = []): Strength {
  if (typeof passphrase !== "string") throw new TypeError("passphrase must be a string");
  // Patterns are looked for in the first MAX_ANALYSED characters only (the
  // search is quadratic); anything longer is far past "strong" anyway.
  // Code points, not graphemes, are the unit: an emoji counts as its parts.
  const all = Array.from(passphrase.normalize("NFC"));
  const chars = all.slice(0, MAX_ANALYSED);
  const reasons = new Set<StrengthReason>();
  if (all.length < MIN_PASSPHRASE_CHARS) reasons.add("too_short");

  const pool = poolSize(chars);
  if (pool <= 26 && chars.length < 2 * MIN_PASSPHRASE_CHARS) reasons.add("one_kind");
  const perChar = Math.log2(Math.max(pool, 2));

  // Each position is "free" (full bits) until a pattern claims it.
  const cost: number[] = chars.map(() => perChar);

  const lower = chars.map((c) => c.toLowerCase());
  const plain = lower.map((c) => LEET.get(c) ?? c);
  const personalWords = personal.map((w) => w.toLowerCase()).filter((w) => w.length >= 3);
  for (const [word, reason, bits] of [
    ...[...COMMON_SET].map((w) => [w, "common", COMMON_BITS] as const),
    ...personalWords.map((w) => [w, "personal", 1] as const),
  ]) {
    for (const text of [lower, plain]) {
      for (let at = find(text, word, 0); at >= 0; at = find(text, word, at + word.length)) {
        reasons.add(reason);
        // The whole word costs `bits`; spread over its characters.
        for (let k = at; k < at + word.length; k++)
          cost[k] = Math.min(cost[k] ?? 0, bits / word.length);
      }
    }
  }

  for (let i = 1; i < chars.length; i++) {
    const here = lower[i] ?? "";
    const prev = lower[i - 1] ?? "";
    if (here === prev) {
      reasons.add("repeats");
      cost[i] = Math.min(cost[i] ?? 0, 1);
    } else if (i >= 2 && isStep(lower[i - 2] ?? "", prev) && isStep(prev, here)) {
      // Three in a row ("abc", "321", "sdf"); one adjacent pair is just chance.
      reasons.add("sequence");
      cost[i] = Math.min(cost[i] ?? 0, 1);
      cost[i - 1] = Math.min(cost[i - 1] ?? 0, 1);
    }
  }
  discountWordLikeRuns(chars, cost);
  markRepeatedSubstrings(lower, cost, reasons);

  const bits = cost.reduce((a, b) => a + b, 0);
  let score = scoreFor(bits);
  if (reasons.has("too_short")) score = 0;
  if (score < MIN_ACCEPTED_SCORE && reasons.size === 0) reasons.add("needs_more");
  return {
    score,
    reasons: [...reasons],
    bits: Math.round(bits),
    acceptable: score >= MIN_ACCEPTED_SCORE,
  };
}

function scoreFor(bits: number): Strength["score"] {
  if (bits < 28) return 0;
  if (bits < 45) return 1;
  if (bits < 60) return 2;
  if (bits < 80) return 3;
  return 4;
}

/** Size of the smallest alphabet a guesser must try to cover these characters. */
function poolSize(chars: readonly string[]): number {
  let pool = 0;
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10;
  if (chars.some((c) => c === " ")) pool += 1;
  if (chars.some((c) => /[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c))) pool += 32;
  // Letters of other scripts: a guesser needs at least a language's alphabet.
  if (chars.some((c) => (c.codePointAt(0) ?? 0) > 0x7e)) pool += 64;
  return pool;
}

/** Adjacent in the alphabet, in digits, or on a keyboard row (either way round). */
function isStep(a: string, b: string): boolean {
  const d = (b.codePointAt(0) ?? 0) - (a.codePointAt(0) ?? 0);
  if ((d === 1 || d === -1) && /[a-z0-9]/.test(a) && /[a-z0-9]/.test(b)) return true;
  return ROWS.some((row) => {
    const i = row.indexOf(a);
    const j = row.indexOf(b);
    return i >= 0 && j >= 0 && Math.abs(i - j) === 1;
  });
}

/**
 * Runs of four or more letters are probably words, and guessers use
 * dictionaries: count them at about the entropy of natural-language text
 * (Shannon's estimate for English is 1–2.5 bits per letter), not as random.
 * This undercounts random letters, which is the safe side to be on.
 */
function discountWordLikeRuns(chars: readonly string[], cost: number[]): void {
  const WORDY_BITS = 2.5;
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && /\p{L}/u.test(chars[i] ?? "")) continue;
    if (i - start >= 4)
      for (let k = start; k < i; k++) cost[k] = Math.min(cost[k] ?? 0, WORDY_BITS);
    start = i + 1;
  }
}

/** "abcdabcd", "xyz!xyz!": a substring of 3+ seen before costs almost nothing the second time. */
function markRepeatedSubstrings(
  s: readonly string[],
  cost: number[],
  reasons: Set<StrengthReason>,
): void {
  const MIN = 3;
  for (let i = MIN; i + MIN <= s.length; i++) {
    for (let j = 0; j + MIN <= i; j++) {
      let n = 0;
      while (i + n < s.length && j + n < i && s[i + n] === s[j + n]) n++;
      if (n >= MIN) {
        reasons.add("repeats");
        for (let k = i; k < i + n; k++) cost[k] = Math.min(cost[k] ?? 0, 0.5);
        break;
      }
    }
  }
}

/** indexOf over an array of characters, so positions match `cost`. */
function find(text: readonly string[], word: string, from: number): number {
  const w = Array.from(word);
  outer: for (let i = from; i + w.length <= text.length; i++) {
    for (let k = 0; k < w.length; k++) if (text[i + k] !== w[k]) continue outer;
    return i;
  }
  return -1;
}
