/**
 * Codenames: a source's only credential. 128 bits from the CSPRNG shown as a
 * 12-word BIP39 mnemonic (DESIGN §3), in the source's language where BIP39 has
 * a word list. Entering it in any supported list gives back the same 16 bytes.
 */
import { randomBytes } from "node:crypto";
import { entropyToMnemonic, mnemonicToEntropy } from "@scure/bip39";
import { wordlist as czech } from "@scure/bip39/wordlists/czech.js";
import { wordlist as english } from "@scure/bip39/wordlists/english.js";
import { wordlist as french } from "@scure/bip39/wordlists/french.js";
import { wordlist as italian } from "@scure/bip39/wordlists/italian.js";
import { wordlist as japanese } from "@scure/bip39/wordlists/japanese.js";
import { wordlist as korean } from "@scure/bip39/wordlists/korean.js";
import { wordlist as portuguese } from "@scure/bip39/wordlists/portuguese.js";
import { wordlist as simplifiedChinese } from "@scure/bip39/wordlists/simplified-chinese.js";
import { wordlist as spanish } from "@scure/bip39/wordlists/spanish.js";
import { wordlist as traditionalChinese } from "@scure/bip39/wordlists/traditional-chinese.js";

export const CODENAME_ENTROPY_BYTES = 16;
export const CODENAME_WORDS = 12;
/** Longest input we even look at: 12 of the longest words plus generous spacing. */
export const MAX_CODENAME_INPUT = 400;

/** BIP39 word lists, keyed by the BCP 47 tag of the language they serve. */
const LISTS: ReadonlyMap<string, string[]> = new Map([
  ["en", english],
  ["zh-Hans", simplifiedChinese],
  ["zh-Hant", traditionalChinese],
  ["ko", korean],
  ["ja", japanese],
  ["es", spanish],
  ["fr", french],
  ["it", italian],
  ["cs", czech],
  ["pt", portuguese],
]);

/** NFKD word sets, built once: parsing a codename is then 12 set look-ups per list. */
const SETS: readonly (readonly [string[], ReadonlySet<string>])[] = [...LISTS.values()].map(
  (list) => [list, new Set(list.map((w) => w.normalize("NFKD")))] as const,
);

/** Word-list language for a UI locale: its own where one exists, else English. */
export function codenameLanguage(locale: string): string {
  if (LISTS.has(locale)) return locale;
  const base = locale.split("-")[0] ?? "";
  if (base === "zh") return /Hant|TW|HK|MO/i.test(locale) ? "zh-Hant" : "zh-Hans";
  return LISTS.has(base) ? base : "en";
}

export function newCodenameEntropy(): Uint8Array {
  return new Uint8Array(randomBytes(CODENAME_ENTROPY_BYTES));
}

/** Renders 16 bytes of entropy as 12 words in the word list of `locale`. */
export function formatCodename(entropy: Uint8Array, locale: string): string {
  if (!(entropy instanceof Uint8Array) || entropy.length !== CODENAME_ENTROPY_BYTES) {
    throw new RangeError("formatCodename: entropy must be 16 bytes");
  }
  const list = LISTS.get(codenameLanguage(locale)) ?? english;
  // Japanese BIP39 joins with U+3000; we show plain spaces everywhere.
  return entropyToMnemonic(entropy, list).replace(/\u3000/g, " ");
}

export type CodenameParse =
  | { readonly ok: true; readonly entropy: Uint8Array }
  | { readonly ok: false; readonly reason: "empty" | "too_long" | "mistyped" };

/**
 * Maps typed words back to entropy. Accepts any supported word list, any
 * case, any run of whitespace (ASCII, ideographic, NBSP), and Chinese or
 * Japanese typed without spaces. Never throws on user input.
 */
export function parseCodename(input: string): CodenameParse {
  if (typeof input !== "string") return { ok: false, reason: "mistyped" };
  if (input.length > MAX_CODENAME_INPUT) return { ok: false, reason: "too_long" };
  let text: string;
  try {
    text = input.normalize("NFKD").toLowerCase().trim();
  } catch {
    return { ok: false, reason: "mistyped" };
  }
  if (text === "") return { ok: false, reason: "empty" };
  let words = text.split(/[\s\u3000\u00a0,.;·、，。]+/u).filter((w) => w !== "");
  // Chinese words are single characters; people often type them without spaces.
  if (words.length < CODENAME_WORDS && /^\p{Script=Han}+$/u.test(words.join(""))) {
    words = words.join("").match(/\p{Script=Han}/gu) ?? [];
  }
  if (words.length !== CODENAME_WORDS) return { ok: false, reason: "mistyped" };
  for (const [list, set] of SETS) {
    if (!words.every((w) => set.has(w))) continue;
    try {
      return { ok: true, entropy: mnemonicToEntropy(words.join(" "), list) };
    } catch {
      // Right words, wrong checksum: keep looking (zh-Hans and zh-Hant share
      // characters), and report "mistyped" if no list accepts it.
    }
  }
  return { ok: false, reason: "mistyped" };
}
