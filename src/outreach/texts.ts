/**
 * The kit's words, per locale, from the i18n catalogue (`kit.*` keys).
 * Placeholders: {org} (organization name), {fingerprint} (signing key
 * fingerprint), {address} (onion address). Values are wrapped in Unicode
 * isolates (FSI … PDI, UAX #9 §2.7) so a Latin address or a Hebrew name
 * cannot reorder the sentence around it.
 */
import { LOCALES, translator, type Params } from "../i18n/index.ts";
import { PosternError } from "../protocol/errors.ts";

export const KIT_KEYS = [
  "kit.title",
  "kit.step1",
  "kit.step2",
  "kit.step3",
  "kit.step4",
  "kit.step5",
  "kit.address_label",
  "kit.verify",
  "kit.scan",
  "kit.video_intro",
  "kit.video_outro",
] as const;

export type KitKey = (typeof KIT_KEYS)[number];

/** The finished sentences for one locale, placeholders filled in. */
export type KitMessages = Readonly<Record<KitKey, string>>;

export interface KitParams {
  readonly org: string;
  readonly fingerprint: string;
  readonly address: string;
}

/** Where the sentences come from: the catalogue in production, fixtures in tests. */
export type KitTextSource = (locale: string, params: KitParams) => KitMessages;

const FSI = "\u2068";
const PDI = "\u2069";

/** Wraps a value in a first-strong isolate: it keeps its own direction inside any sentence. */
export function isolate(value: string): string {
  return `${FSI}${value}${PDI}`;
}

/** Removes the isolates again, for formats where they could show as boxes (SRT). */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, "");
}

export function isolatedParams(p: KitParams): Params {
  return { org: isolate(p.org), fingerprint: isolate(p.fingerprint), address: isolate(p.address) };
}

/**
 * The kit texts from the i18n catalogue.
 * @throws PosternError naming the locale and key when the catalogue lacks one:
 *   the kit never draws a key name or falls back to English silently.
 */
export const catalogueKitTexts: KitTextSource = (locale, params) => {
  if (!LOCALES.some((l) => l.tag === locale))
    throw new PosternError("kit_texts_invalid", `no catalogue for locale "${locale}"`);
  const t = untypedTranslator(locale);
  const p = isolatedParams(params);
  const out: Partial<Record<KitKey, string>> = {};
  for (const key of KIT_KEYS) {
    let text: unknown;
    try {
      text = t(key, p);
    } catch {
      text = undefined;
    }
    if (typeof text !== "string" || text.trim() === "" || text === key)
      throw new PosternError(
        "kit_texts_invalid",
        `the ${locale} catalogue has no "${key}" text; the outreach kit needs all of ${KIT_KEYS.join(", ")}`,
      );
    out[key] = text;
  }
  return out as KitMessages;
};

/**
 * The one cast: `translator()` is typed for the catalogue's current keys, and
 * the kit keys are looked up (and checked) at run time until every catalogue has them.
 */
function untypedTranslator(locale: string): (key: string, params: Params) => unknown {
  return translator(locale) as (key: string, params: Params) => unknown;
}

/** Fills `{org}`, `{fingerprint}` and `{address}` in plain templates (tests, previews). */
export function fillTemplates(
  templates: Readonly<Record<KitKey, string>>,
  params: KitParams,
): KitMessages {
  const p = isolatedParams(params);
  const out: Partial<Record<KitKey, string>> = {};
  for (const key of KIT_KEYS) {
    out[key] = templates[key].replace(/\{(org|fingerprint|address)\}/g, (_, name: string) =>
      String(p[name] ?? ""),
    );
  }
  return out as KitMessages;
}
