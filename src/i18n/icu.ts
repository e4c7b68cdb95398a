/**
 * ICU MessageFormat, through `intl-messageformat`: compiling a catalogue or
 * organization message once, reading its arguments from the syntax tree, and
 * formatting it with numbers in the locale's own digits and separators.
 *
 * Escaping follows ICU's apostrophe rule (ICU4J `MessagePattern`,
 * ApostropheMode.DOUBLE_OPTIONAL): a lone `'` is a literal apostrophe
 * ("l'adresse", "it's"); `''` is one apostrophe; but `'` directly before `{`,
 * `}` (or `#` inside a plural) starts quoted literal text. Catalogues use the
 * typographic ’ anyway; tags (`<b>`) are plain text here, never markup.
 */
import IntlMessageFormat from "intl-messageformat";

/** One node of a parsed message, as intl-messageformat's parser produces it. */
export type MessageElement = ReturnType<IntlMessageFormat["getAst"]>[number];

/** How a message uses an argument. */
export type ArgumentKind = "text" | "number" | "date" | "time" | "select" | "plural";

/** A parsed, ready-to-format message. */
export interface CompiledMessage {
  readonly source: string;
  readonly locale: string;
  readonly format: IntlMessageFormat;
  /** Every argument the message reads, by name. */
  readonly args: ReadonlyMap<string, ArgumentKind>;
  /** Arguments printed somewhere as plain `{name}`. */
  readonly textArgs: ReadonlySet<string>;
  /** The message with some plain arguments read as numbers, by their names; filled on use. */
  readonly numberVariants: Map<string, IntlMessageFormat>;
}

export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Parses `source` for `locale`.
 * @throws SyntaxError (message: the parser's code, e.g. `MALFORMED_ARGUMENT`)
 *   when it is not a valid ICU message, or a plural or select lacks `other`.
 */
export function compileMessage(source: string, locale: string): CompiledMessage {
  const format = new IntlMessageFormat(source, locale, undefined, PARSER_OPTIONS);
  const ast = format.getAst();
  const textArgs = new Set<string>();
  walk(ast, (el) => {
    if (nodeType(el) === 1 && "value" in el) textArgs.add(el.value);
  });
  return { source, locale, format, args: argumentsOf(ast), textArgs, numberVariants: new Map() };
}

const PARSER_OPTIONS = { ignoreTag: true, requiresOtherClause: true } as const;

/**
 * Formats a compiled message. A number given to a plain `{n}` argument is
 * formatted with `Intl.NumberFormat` for the locale, as plural `#` and
 * `{n, number}` are (intl-messageformat alone would print it with `String()`:
 * "100000", and "" for 0). A missing argument is shown as `{name}` rather
 * than failing the page.
 */
export function formatMessage(m: CompiledMessage, values: MessageValues = {}): string {
  const filled: Record<string, string | number> = {};
  for (const [name, kind] of m.args) {
    const v = values[name];
    if (v !== undefined) filled[name] = v;
    else filled[name] = kind === "plural" || kind === "number" ? Number.NaN : `{${name}}`;
  }
  const numeric = [...m.textArgs].filter((n) => typeof values[n] === "number").sort();
  const format = numeric.length === 0 ? m.format : numberVariant(m, numeric);
  const out = format.format<string>(filled);
  return typeof out === "string" ? out : out.join("");
}

/** `m` with its plain `{name}` arguments among `names` read as `{name, number}`. */
function numberVariant(m: CompiledMessage, names: readonly string[]): IntlMessageFormat {
  const key = names.join(",");
  let variant = m.numberVariants.get(key);
  if (!variant) {
    const ast = asNumbers(m.format.getAst(), new Set(names));
    variant = new IntlMessageFormat(ast, m.locale, undefined, PARSER_OPTIONS);
    m.numberVariants.set(key, variant);
  }
  return variant;
}

/** A `{x, number}` node, to copy: the parser's own shape, without naming its enum. */
const NUMBER_NODE = ((): Extract<MessageElement, { style?: unknown }> => {
  const [el] = new IntlMessageFormat("{x, number}").getAst();
  if (el === undefined || !("style" in el)) throw new Error("intl-messageformat: unexpected AST");
  return el;
})();

function asNumbers(ast: readonly MessageElement[], names: ReadonlySet<string>): MessageElement[] {
  return ast.map((el): MessageElement => {
    if (nodeType(el) === 1 && "value" in el && names.has(el.value)) {
      return { ...NUMBER_NODE, value: el.value };
    }
    if ("options" in el) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [k, { ...o, value: asNumbers(o.value, names) }]),
      );
      return { ...el, options };
    }
    return el;
  });
}

/** Every argument of a message, with how it is used (the first use wins). */
export function argumentsOf(ast: readonly MessageElement[]): Map<string, ArgumentKind> {
  const out = new Map<string, ArgumentKind>();
  walk(ast, (el) => {
    const kind = argumentKind(el);
    if (kind !== null && "value" in el && !out.has(el.value)) out.set(el.value, kind);
  });
  return out;
}

/** A plural (or selectordinal) argument and the cases it lists ("one", "other", "=0"). */
export interface PluralUse {
  readonly name: string;
  readonly ordinal: boolean;
  readonly cases: readonly string[];
}

/** The plural arguments of a message with the cases each one lists. */
export function pluralsOf(ast: readonly MessageElement[]): PluralUse[] {
  const out: PluralUse[] = [];
  walk(ast, (el) => {
    if (isPlural(el)) {
      out.push({
        name: el.value,
        ordinal: el.pluralType === "ordinal",
        cases: Object.keys(el.options),
      });
    }
  });
  return out;
}

/**
 * Cases of a plural that `locale` never selects (CLDR plural rules, through
 * `Intl.PluralRules`); exact-value cases (`=0`) are always allowed.
 */
export function foreignPluralCases(p: PluralUse, locale: string): string[] {
  const rules = new Intl.PluralRules(locale, { type: p.ordinal ? "ordinal" : "cardinal" });
  const categories: readonly string[] = rules.resolvedOptions().pluralCategories;
  return p.cases.filter((c) => !/^=\d+$/.test(c) && !categories.includes(c));
}

/** The plural categories `locale` uses for counting (cardinal). */
export function pluralCategories(locale: string): string[] {
  return [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories];
}

/** The literal text of a message, piece by piece, from every branch of every plural and select. */
export function literalsOf(ast: readonly MessageElement[]): string[] {
  const out: string[] = [];
  walk(ast, (el) => {
    if (nodeType(el) === 0 && "value" in el) out.push(el.value);
  });
  return out;
}

/**
 * Why `actual` arguments cannot stand in for `expected` ones, or null. Names
 * must be the same; an argument given as text (a name, a size) cannot be
 * counted, and a number cannot be chosen among words.
 * With `subset`, arguments may be left out (an organization's own text).
 */
export function argumentProblem(
  expected: ReadonlyMap<string, ArgumentKind>,
  actual: ReadonlyMap<string, ArgumentKind>,
  subset = false,
): string | null {
  for (const [name, kind] of actual) {
    const want = expected.get(name);
    if (want === undefined) return `unknown argument {${name}}`;
    if (!compatible(want, kind)) return `{${name}} is a ${want} argument here, not ${kind}`;
  }
  if (!subset) {
    for (const name of expected.keys()) {
      if (!actual.has(name)) return `missing argument {${name}}`;
    }
  }
  return null;
}

function compatible(want: ArgumentKind, got: ArgumentKind): boolean {
  if (want === got || got === "text") return true;
  const numeric = (k: ArgumentKind): boolean => k === "number" || k === "plural";
  return numeric(want) && numeric(got);
}

function walk(ast: readonly MessageElement[], visit: (el: MessageElement) => void): void {
  for (const el of ast) {
    visit(el);
    if ("options" in el) {
      for (const option of Object.values(el.options)) walk(option.value, visit);
    } else if ("children" in el) {
      walk(el.children, visit);
    }
  }
}

function isPlural(el: MessageElement): el is Extract<MessageElement, { pluralType: unknown }> {
  return "pluralType" in el;
}

/**
 * The node's type as @formatjs/icu-messageformat-parser numbers them (its
 * `TYPE` enum: 0 literal, 1 argument, 2 number, 3 date, 4 time, 5 select,
 * 6 plural, 7 pound, 8 tag). That package is intl-messageformat's, not ours,
 * so its enum is not imported.
 */
function nodeType(el: MessageElement): number {
  return el.type;
}

function argumentKind(el: MessageElement): ArgumentKind | null {
  switch (nodeType(el)) {
    case 1:
      return "text";
    case 2:
      return "number";
    case 3:
      return "date";
    case 4:
      return "time";
    case 5:
      return "select";
    case 6:
      return "plural";
    default:
      return null;
  }
}
