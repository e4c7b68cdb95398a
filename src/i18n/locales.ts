/** The locales source pages are offered in. The path prefix is the tag (`/es/…`). */
export interface LocaleInfo {
  readonly tag: string;
  /** The language's own name for itself, for the language menu. */
  readonly name: string;
  readonly dir: "ltr" | "rtl";
}

export const LOCALES: readonly LocaleInfo[] = [
  { tag: "en", name: "English", dir: "ltr" },
  { tag: "zh-Hans", name: "简体中文", dir: "ltr" },
  { tag: "zh-Hant", name: "繁體中文", dir: "ltr" },
  { tag: "ru", name: "Русский", dir: "ltr" },
  { tag: "uk", name: "Українська", dir: "ltr" },
  { tag: "fa", name: "فارسی", dir: "rtl" },
  { tag: "ar", name: "العربية", dir: "rtl" },
  { tag: "ko", name: "한국어", dir: "ltr" },
  { tag: "es", name: "Español", dir: "ltr" },
  { tag: "fr", name: "Français", dir: "ltr" },
  { tag: "tr", name: "Türkçe", dir: "ltr" },
  { tag: "vi", name: "Tiếng Việt", dir: "ltr" },
];

export const DEFAULT_LOCALE = "en";

export function findLocale(tag: string): LocaleInfo | undefined {
  return LOCALES.find((l) => l.tag === tag);
}

/** The supported locale a path segment names in another letter case ("zh-hans" → "zh-Hans"). */
export function canonicalLocale(tag: string): string | undefined {
  if (tag.length > 16) return undefined;
  const lower = tag.toLowerCase();
  return LOCALES.find((l) => l.tag.toLowerCase() === lower)?.tag;
}

/**
 * Picks the best supported locale from an Accept-Language header (RFC 9110
 * §12.5.4), bounded: at most 4 KiB and 32 entries are looked at.
 */
export function negotiateLocale(header: string | undefined, fallback = DEFAULT_LOCALE): string {
  if (!header) return fallback;
  const ranked = header
    .slice(0, 4096)
    .split(",")
    .slice(0, 32)
    .map((part, i) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params
        .map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1])
        .find((v) => v !== undefined);
      return { range: range.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((r) => r.q > 0 && r.range !== "")
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { range } of ranked) {
    const exact = LOCALES.find((l) => l.tag.toLowerCase() === range);
    if (exact) return exact.tag;
    // Chinese: the script decides, and regions imply one (zh-TW, zh-HK, zh-MO: traditional).
    if (range === "zh" || range.startsWith("zh-")) {
      return /^zh-(?:hant|tw|hk|mo)(?:-|$)/.test(range) ? "zh-Hant" : "zh-Hans";
    }
    const base = range.split("-")[0];
    const byBase = LOCALES.find((l) => l.tag.toLowerCase().split("-")[0] === base);
    if (byBase) return byBase.tag;
  }
  return fallback;
}
