/**
 * Translation: every user-facing string comes from a catalogue. Placeholders
 * are `{name}`; numbers and sizes are formatted with `Intl` for the locale.
 */
import { en, type MessageKey, type Messages } from "./messages/en.ts";
import { ar } from "./messages/ar.ts";
import { es } from "./messages/es.ts";
import { fa } from "./messages/fa.ts";
import { fr } from "./messages/fr.ts";
import { ko } from "./messages/ko.ts";
import { ru } from "./messages/ru.ts";
import { tr } from "./messages/tr.ts";
import { uk } from "./messages/uk.ts";
import { vi } from "./messages/vi.ts";
import { zhHans } from "./messages/zh-Hans.ts";
import { zhHant } from "./messages/zh-Hant.ts";
import {
  DEFAULT_LOCALE,
  findLocale,
  LOCALES,
  negotiateLocale,
  type LocaleInfo,
} from "./locales.ts";

export { LOCALES, DEFAULT_LOCALE, findLocale, negotiateLocale, type LocaleInfo, type MessageKey };

const CATALOGUES: Readonly<Record<string, Messages>> = {
  en,
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  ru,
  uk,
  fa,
  ar,
  ko,
  es,
  fr,
  tr,
  vi,
};

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function catalogue(locale: string): Messages {
  return CATALOGUES[locale] ?? en;
}

export function translator(locale: string): Translate {
  const messages = catalogue(locale);
  const nf = new Intl.NumberFormat(locale);
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params?.[name];
      if (v === undefined) return whole;
      return typeof v === "number" ? nf.format(v) : v;
    });
}

/** "500 MB", "2 GB" in the locale's number format (binary units, as file managers show). */
export function formatBytes(locale: string, bytes: number): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"] as const;
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: units[u],
    unitDisplay: "short",
    maximumFractionDigits: v < 10 && u > 0 ? 1 : 0,
  }).format(v);
}
