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

/** How many letters identify a word in the lists built for it (BIP39's own guideline). */
export const STEM_LETTERS = 4;

/** Lower case, accents removed: "Élève" → "eleve" (what a phone keyboard types most easily). */
function plain(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * A word list whose words are told apart by their first four letters once
 * accents are removed (English, Spanish, French and the other Latin lists;
 * computed here, not assumed): a typed word is the list's word when it is that
 * word without accents, or at least its first four letters and a prefix of it.
 */
interface StemIndex {
  readonly list: string[];
  /** Accent-free word → the list's word. */
  readonly words: ReadonlyMap<string, string>;
  /** Accent-free first four letters → the list's word. */
  readonly stems: ReadonlyMap<string, string>;
}

const STEM_INDEXES: readonly StemIndex[] = [...LISTS.values()].flatMap((list) => {
  if (!list.every((w) => /^\p{Script=Latin}+$/u.test(plain(w)))) return [];
  const stems = new Map<string, string>();
  for (const w of list) {
    const k = plain(w).slice(0, STEM_LETTERS);
    if (stems.has(k)) return [];
    stems.set(k, w);
  }
  return [{ list, words: new Map(list.map((w) => [plain(w), w])), stems }];
});

const GRAPHEMES = new Intl.Segmenter("und", { granularity: "grapheme" });

/** The list's word for a typed one, or undefined. */
function fromStem(index: StemIndex, typed: string): string | undefined {
  const exact = index.words.get(typed);
  if (exact !== undefined) return exact;
  if (typed.length < STEM_LETTERS) return undefined;
  const w = index.stems.get(typed.slice(0, STEM_LETTERS));
  return w !== undefined && plain(w).startsWith(typed) ? w : undefined;
}

/**
 * The codename's words split at the letters that identify them, for showing
 * those letters marked; null when its list is not one where four letters do.
 */
export function codenameStems(
  codename: string,
  locale: string,
): readonly { readonly stem: string; readonly rest: string }[] | null {
  const list = LISTS.get(codenameLanguage(locale)) ?? english;
  if (!STEM_INDEXES.some((i) => i.list === list)) return null;
  return codename.split(" ").map((w) => {
    // Four letters of the word as shown, each with its accents (graphemes).
    const letters = Array.from(GRAPHEMES.segment(w.normalize("NFC")), (g) => g.segment);
    return {
      stem: letters.slice(0, STEM_LETTERS).join(""),
      rest: letters.slice(STEM_LETTERS).join(""),
    };
  });
}

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
  | {
      readonly ok: false;
      /** "ambiguous": typed by their first letters, the words fit two lists and both checksums. */
      readonly reason: "empty" | "too_long" | "mistyped" | "ambiguous";
    };

/**
 * Maps typed words back to entropy. Accepts any supported word list, any
 * case, any run of whitespace (ASCII, ideographic, NBSP), and Chinese or
 * Japanese typed without spaces; in the lists where four letters identify a
 * word, each word's first four letters (or more), accents optional. When
 * words typed that way fit several lists, the checksum decides; if it cannot,
 * the answer is "ambiguous". Never throws on user input.
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
  return fromStems(words.map(plain));
}

/** Words typed by their first letters or without accents: every list that takes them, the checksum deciding. */
function fromStems(typed: readonly string[]): CodenameParse {
  const found: Uint8Array[] = [];
  for (const index of STEM_INDEXES) {
    const words = typed.map((t) => fromStem(index, t));
    if (!words.every((w): w is string => w !== undefined)) continue;
    try {
      found.push(mnemonicToEntropy(words.join(" "), index.list));
    } catch {
      // This list's words, not its checksum.
    }
  }
  const [first, ...others] = found;
  if (first === undefined) return { ok: false, reason: "mistyped" };
  if (others.some((e) => !Buffer.from(e).equals(Buffer.from(first)))) {
    for (const e of found) e.fill(0);
    return { ok: false, reason: "ambiguous" };
  }
  for (const e of others) e.fill(0);
  return { ok: true, entropy: first };
}
