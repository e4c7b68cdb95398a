/**
 * Translation: every user-facing string comes from a catalogue of ICU
 * messages (`{org}`, `{files, plural, one {# file} other {# files}}`), which
 * an organization may override or extend per locale (`texts.json`, see
 * org-texts.ts). Numbers, sizes and dates are formatted with `Intl` for the
 * locale.
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
import { compileMessage, formatMessage, type CompiledMessage } from "./icu.ts";
import type { OrgTexts } from "./org-texts.ts";
import {
  canonicalLocale,
  DEFAULT_LOCALE,
  findLocale,
  LOCALES,
  negotiateLocale,
  type LocaleInfo,
} from "./locales.ts";

export {
  LOCALES,
  DEFAULT_LOCALE,
  canonicalLocale,
  findLocale,
  negotiateLocale,
  type LocaleInfo,
  type MessageKey,
};

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

/**
 * Compiled catalogue messages, per locale, filled on first use. A cache of
 * a pure function of the (constant) catalogues: nothing a request brings in
 * is kept here, and every process builds the same one.
 */
const COMPILED = new Map<string, Map<MessageKey, CompiledMessage>>();

/** The compiled catalogue message for `key` (the English one for an unknown locale). */
export function compiledMessage(locale: string, key: MessageKey): CompiledMessage {
  const tag = CATALOGUES[locale] ? locale : DEFAULT_LOCALE;
  let forLocale = COMPILED.get(tag);
  if (!forLocale) {
    forLocale = new Map();
    COMPILED.set(tag, forLocale);
  }
  let m = forLocale.get(key);
  if (!m) {
    m = compileMessage(catalogue(tag)[key], tag);
    forLocale.set(key, m);
  }
  return m;
}

/**
 * The translation function for `locale`: the organization's text for a key
 * when `org` has one for this locale, else the catalogue's.
 */
export function translator(locale: string, org?: OrgTexts): Translate {
  const tag = CATALOGUES[locale] ? locale : DEFAULT_LOCALE;
  return (key, params) =>
    formatMessage(org?.compiled(tag, key) ?? compiledMessage(tag, key), params);
}

// Building an Intl formatter costs ~0.1 ms; pages use a handful, so they are kept.
// Keys are catalogue locales and a few options: the map stays small.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (f === undefined) {
    f = make();
    if (formatters.size < 1000) formatters.set(key, f);
  }
  return f;
}

/** A UTC day (YYYY-MM-DD) as the locale writes a date: "9 March 2025", "۱۹ اسفند ۱۴۰۳". */
export function formatDay(locale: string, day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return day;
  return cached(
    `day ${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }),
  ).format(date);
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
  const unit = units[u] ?? "byte";
  const digits = v < 10 && u > 0 ? 1 : 0;
  return cached(
    `bytes ${locale} ${unit} ${digits}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: "unit",
        unit,
        unitDisplay: "short",
        maximumFractionDigits: digits,
      }),
  ).format(v);
}
