/**
 * Organization texts: `DIR/texts.json`, optional, lets an organization
 * reword any catalogue text and add its own, per locale, without touching
 * code:
 *
 *   { "fr": { "landing.title": "Écrire à {org} en toute sécurité",
 *             "org.guide.extra": "Nos journalistes lisent le persan et le russe." } }
 *
 * A key is either a catalogue key (its message must read exactly the same
 * arguments as the English catalogue's) or an organization key `org.…`
 * (which may read `{org}` only). Known organization keys are shown where the
 * source pages have room for them (`org.landing.extra`, `org.guide.extra`).
 * Everything is checked when the file is loaded; a bad file stops the
 * instance from opening, with the file, locale and key named.
 *
 * Organization texts are untrusted for HTML: pages render them as text.
 */
import { randomBytes } from "node:crypto";
import { open, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import {
  argumentProblem,
  argumentsOf,
  compileMessage,
  foreignPluralCases,
  formatMessage,
  pluralCategories,
  pluralsOf,
  type ArgumentKind,
  type CompiledMessage,
  type MessageValues,
} from "./icu.ts";
import { LOCALES } from "./locales.ts";
import { en, type MessageKey } from "./messages/en.ts";
import { PosternError } from "../protocol/errors.ts";

export const ORG_TEXTS_FILE = "texts.json";

/** An organization's own key: `org.` then dot-, dash- or underscore-separated lowercase words. */
export type OrgKey = `org.${string}`;

/** Organization keys the source pages show, and where. */
export const KNOWN_ORG_KEYS = {
  /** Below the landing page's choices. */
  "org.landing.extra": "landing page",
  /** At the end of the safety guide. */
  "org.guide.extra": "safety guide",
  /** In the safety guide, after "Is it safe to have Tor?": the local law and danger. */
  "org.guide.risk": "safety guide, is it safe to have Tor",
  /** In the safety guide, after "If Tor is blocked": what works in the sources' country now. */
  "org.guide.blocked": "safety guide, if Tor is blocked",
} as const satisfies Record<OrgKey, string>;

/** The arguments an `org.…` text may read. */
export const ORG_KEY_ARGUMENTS: readonly string[] = ["org"];

/** Bounds on an operator-edited file that is loaded into every page's memory. */
export const ORG_TEXTS_LIMITS = {
  fileBytes: 1024 * 1024,
  keysPerLocale: 1000,
  messageChars: 20_000,
  keyChars: 64,
} as const;

const ORG_KEY = /^org\.[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** Control characters other than tab and line breaks. */
const CONTROL = /[^\P{Cc}\t\n\r]/u;

/** The validated, compiled texts of one organization. Immutable. */
export class OrgTexts {
  /** No texts.json: the catalogues as they are. */
  static readonly none: OrgTexts = new OrgTexts(new Map());

  readonly #byLocale: ReadonlyMap<string, ReadonlyMap<string, CompiledMessage>>;

  private constructor(byLocale: ReadonlyMap<string, ReadonlyMap<string, CompiledMessage>>) {
    this.#byLocale = byLocale;
  }

  /**
   * Checks and compiles the parsed content of a texts.json; `file` names it in errors.
   * @throws PosternError (texts_invalid, locale_unknown, or text_invalid with
   *   the locale and key as params) detailed `file: locale "key": reason`, for
   *   the first problem found.
   */
  static parse(raw: unknown, file: string): OrgTexts {
    if (!isRecord(raw))
      throw new PosternError("texts_invalid", `${file}: must be an object of locales`);
    const byLocale = new Map<string, Map<string, CompiledMessage>>();
    for (const [locale, texts] of Object.entries(raw)) {
      if (!LOCALES.some((l) => l.tag === locale)) {
        throw new PosternError(
          "locale_unknown",
          `${file}: unknown locale ${JSON.stringify(locale)} (known: ${LOCALES.map((l) => l.tag).join(", ")})`,
          { params: { locale: locale.slice(0, 80) } },
        );
      }
      if (!isRecord(texts))
        throw new PosternError("texts_invalid", `${file}: ${locale} must be an object of texts`);
      const entries = Object.entries(texts);
      if (entries.length > ORG_TEXTS_LIMITS.keysPerLocale) {
        throw new PosternError(
          "texts_invalid",
          `${file}: ${locale} has more than ${ORG_TEXTS_LIMITS.keysPerLocale} texts`,
        );
      }
      const compiled = new Map<string, CompiledMessage>();
      for (const [key, value] of entries) {
        const where = `${file}: ${locale} ${JSON.stringify(key.slice(0, 80))}`;
        const problem = checkText(locale, key, value);
        if (typeof problem === "string") {
          throw new PosternError("text_invalid", `${where}: ${problem}`, {
            params: { locale, key: key.slice(0, 80) },
          });
        }
        compiled.set(key, problem);
      }
      if (compiled.size > 0) byLocale.set(locale, compiled);
    }
    return new OrgTexts(byLocale);
  }

  /** The organization's compiled message for a catalogue key in `locale`, if it set one. */
  compiled(locale: string, key: MessageKey): CompiledMessage | undefined {
    return this.#byLocale.get(locale)?.get(key);
  }

  /** An organization's own text in `locale`, formatted, or null when it has none there. */
  text(locale: string, key: OrgKey, values?: MessageValues): string | null {
    const m = this.#byLocale.get(locale)?.get(key);
    return m ? formatMessage(m, values) : null;
  }

  /** The texts as texts.json holds them. */
  toJSON(): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {};
    for (const [locale, texts] of this.#byLocale) {
      out[locale] = Object.fromEntries([...texts].map(([k, m]) => [k, m.source]));
    }
    return out;
  }
}

/** See {@link OrgTexts.parse}. @throws PosternError naming `file`, the locale and the key. */
export function parseOrgTexts(raw: unknown, file: string): OrgTexts {
  return OrgTexts.parse(raw, file);
}

/**
 * Reads `DIR/texts.json`; no file means no organization texts.
 * @throws PosternError naming texts.json (and the locale and key) when it is too large,
 *   not JSON, or any text in it is refused.
 */
export async function loadOrgTexts(dataDir: string): Promise<OrgTexts> {
  const path = join(dataDir, ORG_TEXTS_FILE);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return OrgTexts.none;
    throw e;
  }
  if (size > ORG_TEXTS_LIMITS.fileBytes) {
    throw new PosternError(
      "texts_invalid",
      `${ORG_TEXTS_FILE}: larger than ${ORG_TEXTS_LIMITS.fileBytes} bytes`,
    );
  }
  const text = await readFile(path, "utf8");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new PosternError(
      "texts_invalid",
      `${ORG_TEXTS_FILE}: not valid JSON (${(e as Error).message})`,
    );
  }
  return OrgTexts.parse(raw, ORG_TEXTS_FILE);
}

/**
 * Writes `DIR/texts.json` atomically (a 0600 temp file, fsynced, renamed into
 * place, the folder fsynced): a crash leaves the old file or the new one.
 */
export async function saveOrgTexts(dataDir: string, texts: OrgTexts): Promise<void> {
  const path = join(dataDir, ORG_TEXTS_FILE);
  const tmp = `${path}.${randomBytes(8).toString("hex")}.tmp`;
  const fh = await open(tmp, "wx", 0o600);
  try {
    await fh.writeFile(JSON.stringify(texts, null, 2) + "\n", "utf8");
    await fh.sync();
  } catch (e) {
    await fh.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  const dir = await open(dataDir, "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** The compiled message, or why `value` cannot be the text of `key` in `locale`. */
function checkText(locale: string, key: string, value: unknown): CompiledMessage | string {
  const isOrgKey = key.startsWith("org.");
  if (isOrgKey) {
    if (key.length > ORG_TEXTS_LIMITS.keyChars || !ORG_KEY.test(key)) {
      return `an organization key is "org." and lowercase words (a-z, 0-9) joined by ".", "-" or "_", at most ${ORG_TEXTS_LIMITS.keyChars} characters`;
    }
  } else if (!Object.hasOwn(en, key)) {
    return `unknown key (catalogue keys are listed in src/i18n/messages/en.ts; your own keys start with "org.")`;
  }
  if (typeof value !== "string") return "must be a string";
  if (value.trim() === "") return "is empty";
  if (value.length > ORG_TEXTS_LIMITS.messageChars) {
    return `longer than ${ORG_TEXTS_LIMITS.messageChars} characters`;
  }
  if (CONTROL.test(value)) return "contains a control character";
  let m: CompiledMessage;
  try {
    m = compileMessage(value, locale);
  } catch (e) {
    return `not a valid ICU message (${(e as Error).message})${apostropheHint(value)}`;
  }
  const expected: ReadonlyMap<string, ArgumentKind> = isOrgKey
    ? new Map(ORG_KEY_ARGUMENTS.map((a) => [a, "text"]))
    : argumentsOf(compileMessage(en[key as MessageKey], "en").format.getAst());
  const problem = argumentProblem(expected, m.args, isOrgKey) ?? pluralProblem(m, locale) ?? null;
  return problem === null
    ? m
    : problem + (problem.startsWith("missing") ? apostropheHint(value) : "");
}

/** Plural cases a locale never selects are refused: they would silently never show. */
function pluralProblem(m: CompiledMessage, locale: string): string | null {
  for (const p of pluralsOf(m.format.getAst())) {
    const [foreign] = foreignPluralCases(p, locale);
    if (foreign !== undefined) {
      return `plural case "${foreign}" of {${p.name}} does not exist in ${locale} (its cases: ${pluralCategories(locale).join(", ")}, or =N)`;
    }
  }
  return null;
}

/** ICU's one surprise: an apostrophe right before a brace quotes it. */
function apostropheHint(value: string): string {
  return /'[{}#]/.test(value)
    ? ` — an apostrophe before "{" starts quoted text in ICU; write ’ or '' instead`
    : "";
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
