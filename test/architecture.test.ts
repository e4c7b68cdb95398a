/**
 * The architecture (DESIGN §2, issue #12): which room of `src/` may import
 * which, read from the import graph itself. A newcomer names a file's room
 * from its path; this test keeps the dependencies pointing one way and the
 * graph free of cycles.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("../src", import.meta.url));

/** Each room and the rooms it may import (its own files always). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  protocol: [],
  crypto: [],
  i18n: ["protocol"],
  runtime: ["crypto", "protocol"],
  store: ["runtime"],
  core: ["store", "crypto", "protocol", "i18n", "runtime"],
  tor: ["core", "store", "crypto", "protocol", "i18n", "runtime"],
  outreach: ["core", "store", "crypto", "protocol", "i18n", "runtime"],
  web: ["core", "protocol", "i18n", "runtime", "tor", "outreach", "crypto"],
  cli: ["protocol", "crypto", "i18n", "runtime", "store", "core", "tor", "outreach", "web"],
  client: ["protocol", "i18n"],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx|mts|mjs)$/.test(n) ? [p] : [];
  });
}

/** Relative specifiers a file imports or re-exports, static or dynamic. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const re =
    /(?:^|[\s;])(?:import|export)\s[^"'`;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm;
  for (const m of text.matchAll(re)) {
    const s = m[1] ?? m[2] ?? m[3];
    if (s?.startsWith(".")) out.push(s);
  }
  return out;
}

function roomOf(file: string): string {
  return relative(SRC, file).split("/")[0] ?? "";
}

interface Graph {
  readonly edges: Map<string, string[]>;
}

function graph(): Graph {
  const edges = new Map<string, string[]>();
  for (const f of files(SRC)) {
    const targets: string[] = [];
    for (const s of specifiers(readFileSync(f, "utf8"))) {
      const t = resolve(dirname(f), s);
      if (t.startsWith(SRC) && existsSync(t)) targets.push(t);
    }
    edges.set(f, targets);
  }
  return { edges };
}

test("every room of src/ is known, and imports only the rooms it may", () => {
  const { edges } = graph();
  assert.ok(edges.size > 100, `files read: ${edges.size}`);
  const wrong: string[] = [];
  for (const [from, targets] of edges) {
    const a = roomOf(from);
    const may = ALLOWED[a];
    if (may === undefined) {
      wrong.push(`${relative(SRC, from)}: room "${a}" is not in the architecture`);
      continue;
    }
    for (const to of targets) {
      const b = roomOf(to);
      if (b !== a && !may.includes(b)) {
        wrong.push(`${relative(SRC, from)} → ${relative(SRC, to)} (${a} may not import ${b})`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test("the import graph of src/ has no cycle", () => {
  const { edges } = graph();
  const state = new Map<string, "open" | "done">();
  const cycles: string[] = [];
  const visit = (f: string, path: string[]): void => {
    const s = state.get(f);
    if (s === "done") return;
    if (s === "open") {
      const from = path.indexOf(f);
      cycles.push([...path.slice(from), f].map((p) => relative(SRC, p)).join(" → "));
      return;
    }
    state.set(f, "open");
    for (const t of edges.get(f) ?? []) visit(t, [...path, f]);
    state.set(f, "done");
  };
  for (const f of edges.keys()) visit(f, []);
  assert.deepEqual(cycles, []);
});

// ---- all SQL in store/ (issue #12) ----------------------------------------------

/**
 * What only store/ may write: an import of Kysely itself (even of a type:
 * store exports the few types others need, `Db` and `Tx`), a query builder's
 * entry point, the `sql` template, a raw statement, a transaction or
 * connection opened by hand.
 */
const SQL_OUTSIDE_STORE: readonly { readonly what: string; readonly re: RegExp }[] = [
  { what: 'imports "kysely"', re: /\bfrom\s*["']kysely["']|import\s*\(\s*["']kysely["']\s*\)/ },
  { what: "calls .selectFrom(", re: /\.selectFrom\s*\(/ },
  { what: "calls .insertInto(", re: /\.insertInto\s*\(/ },
  { what: "calls .updateTable(", re: /\.updateTable\s*\(/ },
  { what: "calls .deleteFrom(", re: /\.deleteFrom\s*\(/ },
  { what: "calls .replaceInto(", re: /\.replaceInto\s*\(/ },
  { what: "writes sql`…`", re: /(?<![\w.`$])sql\s*(?:<[^>`]*>)?\s*`/ },
  { what: "calls sql.raw/sql.ref/sql.lit…", re: /\bsql\.[a-zA-Z]+\s*\(/ },
  { what: "opens .transaction()", re: /\.transaction\s*\(\s*\)/ },
  { what: "takes .connection()", re: /\.connection\s*\(\s*\)/ },
];

function sqlOutsideStore(file: string, text: string): string[] {
  if (roomOf(file) === "store") return [];
  return SQL_OUTSIDE_STORE.filter(({ re }) => re.test(text)).map(
    ({ what }) => `${relative(SRC, file)} ${what}`,
  );
}

test("every SQL statement of src/ lives in store/: nothing else imports Kysely or builds a query", () => {
  const wrong: string[] = [];
  for (const f of files(SRC)) wrong.push(...sqlOutsideStore(f, readFileSync(f, "utf8")));
  assert.deepEqual(wrong, []);
});

test("the rules can fail: a forbidden import and a cycle are seen", () => {
  // The parser finds each kind of import the code uses.
  assert.deepEqual(
    specifiers(
      `import { a } from "../store/db.ts";\nexport { b } from "./x.ts";\nconst m = await import("../web/server.ts");\nimport "./side-effect.ts";\nimport type { T } from "../core/t.ts";`,
    ),
    ["../store/db.ts", "./x.ts", "../web/server.ts", "./side-effect.ts", "../core/t.ts"],
  );
  // The SQL scan sees each form, and lets store/ and store's own types through.
  const core = join(SRC, "core", "x.ts");
  const seen = (text: string): number => sqlOutsideStore(core, text).length;
  for (const text of [
    `import { sql } from "kysely";`,
    `import type { Transaction } from "kysely";`,
    `const k = await import("kysely");`,
    `await db.selectFrom("sources").selectAll().execute();`,
    `await tx\n  .insertInto("blobs")`,
    `await db.updateTable("accounts")`,
    `await conn.deleteFrom("login_failures")`,
    "const next = sql<number>`(select 1)`;",
    "await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);",
    `await sql.raw("pragma synchronous = NORMAL").execute(conn);`,
    `await inst.db.transaction().execute(async (tx) => {});`,
    `await db.connection().execute(fn);`,
  ]) {
    assert.equal(seen(text), 1, text);
  }
  assert.equal(seen(`import { transaction, type Db, type Tx } from "../store/db.ts";`), 0);
  assert.equal(seen(`await transaction(inst.db, (tx) => deleteAccount(tx, id, null));`), 0);
  assert.equal(seen(`temp.stream.destroy(); const sqlite = 1;`), 0);
  assert.equal(seen("// the `sql` template is store's"), 0);
  assert.equal(
    sqlOutsideStore(join(SRC, "store", "x.ts"), `import { sql } from "kysely";`).length,
    0,
  );
  assert.ok(!(ALLOWED.crypto ?? []).includes("runtime"));
  assert.ok(!(ALLOWED.client ?? []).includes("core"));
});
