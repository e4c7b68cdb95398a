/**
 * The error catalogue (src/protocol/errors.ts, issue #12) against the code
 * that uses it: every code is thrown somewhere, nothing is thrown that the
 * catalogue lacks (or is built from strings, which the type system would not
 * see through a cast), every code has one status and its words wherever its
 * audience reads them, and no listener answers with a status or code of its
 * own beside the catalogue.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { en as clientMessages } from "../src/client/messages/en.ts";
import { catalogue, LOCALES } from "../src/i18n/index.ts";
import { en as sourceMessages } from "../src/i18n/messages/en.ts";
import {
  codesFor,
  ERROR_CODES,
  ERRORS,
  exitStatus,
  httpStatus,
  isErrorCode,
  type ErrorSpec,
} from "../src/protocol/errors.ts";

const SRC = fileURLToPath(new URL("../src", import.meta.url));
const CATALOGUE_FILE = join(SRC, "protocol", "errors.ts");
/** Failures the browser app finds itself (src/client/messages/en.ts). */
const CLIENT_ONLY = ["network", "unexpected"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

/**
 * The end of the expression that starts at `from`: the first `,` or closing
 * bracket at depth zero, past strings, template literals and nested brackets.
 */
function expressionEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      for (i++; i < text.length && text[i] !== c; i++) {
        if (text[i] === "\\") i++;
        else if (c === "`" && text[i] === "$" && text[i + 1] === "{") {
          i = expressionEnd(text, i + 2);
        }
      }
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return i;
      depth--;
    } else if (c === "," && depth === 0) return i;
  }
  return text.length;
}

interface Site {
  readonly where: string;
  /** The first argument of `new PosternError(…)`, as written. */
  readonly expr: string;
}

/** Every `new PosternError(` in `text`, with its code expression. */
function sites(text: string, file: string): Site[] {
  const out: Site[] = [];
  for (const m of text.matchAll(/new PosternError\(/g)) {
    const start = m.index + m[0].length;
    const expr = text.slice(start, expressionEnd(text, start)).trim();
    const line = text.slice(0, m.index).split("\n").length;
    out.push({ where: `${file}:${line}`, expr });
  }
  return out;
}

interface Scan {
  /** Codes named as string literals in a code expression. */
  readonly thrown: Map<string, string>;
  /** What is wrong: unknown codes and codes built from strings. */
  readonly wrong: string[];
}

/**
 * Reads the code expressions: string literals (a code, or the branches of a
 * conditional's branches) must be catalogue codes; a template literal or a `+` builds a
 * code the type checker cannot follow (`\`${x}_invalid\` as ErrorCode`); a
 * bare identifier is a typed code passed along (strictBase64's `code`).
 */
function scan(all: readonly Site[]): Scan {
  const thrown = new Map<string, string>();
  const wrong: string[] = [];
  for (const { where, expr } of all) {
    if (/[`+]/.test(expr) || /\bas\b/.test(expr)) {
      wrong.push(`${where}: a code built or cast: ${expr}`);
      continue;
    }
    // The strings a condition compares with are not codes: only its branches are.
    const branches = expr.replace(/(?:[!=]==?)\s*(?:"[^"]*"|'[^']*')/g, "");
    const literals = [...branches.matchAll(/"([^"\\]*)"|'([^'\\]*)'/g)].map(
      (m) => m[1] ?? m[2] ?? "",
    );
    if (literals.length === 0 && !/^[A-Za-z_$][\w$.]*$/.test(expr)) {
      wrong.push(`${where}: no code in ${expr}`);
    }
    for (const code of literals) {
      if (!isErrorCode(code)) wrong.push(`${where}: "${code}" is not in the catalogue`);
      else if (!thrown.has(code)) thrown.set(code, where);
    }
  }
  return { thrown, wrong };
}

function srcSites(): Site[] {
  return files(SRC)
    .filter((f) => f !== CATALOGUE_FILE)
    .flatMap((f) => sites(readFileSync(f, "utf8"), relative(SRC, f)));
}

test("every code thrown in src/ is a catalogue code, written out, not built from strings", () => {
  const all = srcSites();
  assert.ok(all.length > 150, `throw sites read: ${all.length}`);
  assert.deepEqual(scan(all).wrong, []);
});

test("every catalogue code is thrown somewhere in src/", () => {
  const { thrown } = scan(srcSites());
  assert.deepEqual(
    ERROR_CODES.filter((c) => !thrown.has(c)),
    [],
    "codes nobody throws: remove them, or throw them",
  );
});

test("codes are unique, and each has one status for its audience", () => {
  const text = readFileSync(CATALOGUE_FILE, "utf8");
  const body = text.slice(text.indexOf("export const ERRORS = {"), text.indexOf("} as const"));
  const declared = [...body.matchAll(/^\s{2}(\w+): \{/gm)].map((m) => m[1]);
  assert.equal(declared.length, ERROR_CODES.length, "each declared code is in ERROR_CODES");
  assert.equal(new Set(declared).size, declared.length, "no code declared twice");
  for (const code of ERROR_CODES) {
    const spec: ErrorSpec = ERRORS[code];
    assert.ok(/^[a-z][a-z_]*[a-z]$/.test(code), `${code}: snake_case`);
    assert.ok(spec.audience.length > 0, `${code}: someone meets it`);
    assert.equal(new Set(spec.audience).size, spec.audience.length, `${code}: audience once`);
    const http = spec.audience.includes("source") || spec.audience.includes("recipient");
    if (http) {
      assert.ok(
        Number.isInteger(spec.status) && spec.status! >= 400 && spec.status! < 600,
        `${code}: an HTTP error status`,
      );
      assert.equal(httpStatus(code), spec.status);
    } else {
      assert.equal(spec.status, undefined, `${code}: no listener sends it, so no status`);
    }
    assert.equal(exitStatus(code), code === "usage" ? 2 : 1, `${code}: exit status`);
  }
});

test("every code has its words where its audience reads them, and no words without a code", () => {
  // Source: a title and advice in every locale.
  for (const code of codesFor("source")) {
    for (const { tag } of LOCALES) {
      const m = catalogue(tag) as Record<string, string>;
      assert.ok(m[`error.${code}.title`]?.trim(), `${tag}: error.${code}.title`);
      assert.ok(m[`error.${code}.body`]?.trim(), `${tag}: error.${code}.body`);
    }
  }
  const source = new Set<string>(codesFor("source"));
  const pageCodes = Object.keys(sourceMessages)
    .map((k) => /^error\.(\w+)\.(?:title|body)$/.exec(k)?.[1])
    .filter((c) => c !== undefined);
  assert.deepEqual(
    pageCodes.filter((c) => !source.has(c)),
    [],
    "error pages for codes no source meets",
  );

  // Recipient: one message in the web app's catalogue.
  const app = clientMessages as Record<string, string>;
  for (const code of codesFor("recipient")) {
    assert.ok(app[`error.${code}`]?.trim(), `client message error.${code}`);
  }
  const recipient = new Set<string>([...codesFor("recipient"), ...CLIENT_ONLY]);
  const appCodes = Object.keys(app)
    .map((k) => /^error\.(\w+)$/.exec(k)?.[1])
    .filter((c) => c !== undefined);
  assert.deepEqual(
    appCodes.filter((c) => !recipient.has(c)),
    [],
    "app messages for codes the API never sends",
  );
  // Operator: the error's own detail is the line; nothing to look up.
});

test("listeners take statuses and codes from the catalogue only", () => {
  const wrong: string[] = [];
  for (const f of files(join(SRC, "web"))) {
    const text = readFileSync(f, "utf8");
    const where = relative(SRC, f);
    for (const m of text.matchAll(/\.code\(\s*([45]\d\d)\s*\)/g)) {
      wrong.push(`${where}: a literal status ${m[1] ?? ""}`);
    }
    for (const m of text.matchAll(/\berror:\s*["'`]/g)) {
      wrong.push(`${where}: a literal error code at ${text.slice(m.index, m.index + 40)}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test("the scan can fail: unknown, built and cast codes are seen, and conditionals are read", () => {
  const text = [
    `throw new PosternError("no_such_code");`,
    "throw new PosternError(`${kind}_invalid` as ErrorCode);",
    `throw new PosternError("bad" + "_request");`,
    `throw new PosternError(x === "empty" ? "codename_empty" : "codename_mistyped", "d", { cause });`,
    `throw new PosternError(\n  "slug_invalid",\n  \`slug \${s} (\${f(a, b)})\`,\n);`,
    `throw new PosternError(code, "passed along");`,
  ].join("\n");
  const s = scan(sites(text, "t.ts"));
  assert.deepEqual(s.wrong, [
    `t.ts:1: "no_such_code" is not in the catalogue`,
    "t.ts:2: a code built or cast: `${kind}_invalid` as ErrorCode",
    `t.ts:3: a code built or cast: "bad" + "_request"`,
  ]);
  assert.deepEqual([...s.thrown.keys()], ["codename_empty", "codename_mistyped", "slug_invalid"]);
});
