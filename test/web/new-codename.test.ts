/**
 * The codename page (issue #11, finding 14). Damage that must not happen:
 * anyone can make the server write a 24-hour session row and run a
 * post-quantum key generation for every GET of /new, without limit. Now the
 * page stores nothing; the session starts when the source continues from it,
 * with a proof that this server issued that codename to this browser within
 * the hour, under an instance-wide budget of new sources.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { newCodenameEntropy, formatCodename } from "../../src/crypto/index.ts";
import { codenameProof, sessionBinding } from "../../src/core/sources.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { errorCode, SourceClient, type Page } from "../helpers/source-client.ts";

let f: Fixture;

before(async () => {
  f = await startFixture({ config: { newSourcesPerMinute: 3 } });
});

after(async () => {
  await f.close();
});

async function rows(): Promise<number> {
  const r = await f.inst.db
    .selectFrom("source_sessions")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const form = (fields: Record<string, string>): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

function assertRefused(p: Page, code: string, what: string): void {
  assert.equal(errorCode(p), code, `${what}: ${p.status}`);
}

test("showing a codename stores nothing: 25 abandoned codename pages, no row", async () => {
  const c = new SourceClient(f.url);
  const seen = new Set<string>();
  for (let i = 0; i < 25; i++) {
    const page = await c.codenamePage(i % 2 === 0 ? "en" : "fa");
    seen.add(page.codename);
    assert.equal(page.page.status, 200);
    assert.equal(page.page.headers.get("cache-control"), "no-store");
  }
  assert.equal(seen.size, 25, "a new codename each time");
  assert.equal(await rows(), 0, "no session row for a codename nobody continued from");
  assert.equal(
    (await f.inst.db.selectFrom("sources").select("id").execute()).length,
    0,
    "no source row",
  );
});

test("the continue form opens only for a codename this server issued to this browser, lately", async () => {
  const c = new SourceClient(f.url);
  const fields = ({ codename, csrf, proof }: Record<"codename" | "csrf" | "proof", string>) => ({
    codename,
    csrf,
    proof,
  });
  const issued = fields(await c.codenamePage());
  const other = new SourceClient(f.url);
  const theirs = fields(await other.codenamePage());
  // One character of the MAC part changed.
  const flip = (s: string): string => s.slice(0, 20) + (s[20] === "A" ? "B" : "A") + s.slice(21);
  const entropy = newCodenameEntropy();
  const foreign = formatCodename(entropy, "en");
  const cookieToken = (c.cookie ?? "").replace(/^postern_session=/, "");
  const stale = codenameProof(
    f.inst,
    sessionBinding(cookieToken),
    entropy,
    Date.now() - 2 * 3600e3,
  );
  const forged: [string, Record<string, string>][] = [
    ["a changed proof", { ...issued, proof: flip(issued.proof) }],
    ["another codename with this proof", { ...issued, codename: theirs.codename }],
    ["another browser's codename and proof", { ...issued, ...theirs, csrf: issued.csrf }],
    ["a codename the server never issued", { ...issued, codename: foreign }],
    ["an expired proof", { ...issued, codename: foreign, proof: stale }],
    ["no proof", { csrf: issued.csrf, codename: issued.codename }],
    ["a mistyped codename", { ...issued, codename: issued.codename.replace(/^\S+/, "zoo") }],
  ];
  for (const [what, fields] of forged) {
    assertRefused(await c.request("/en/new", form(fields)), "codename_page_expired", what);
  }
  // Without the form token bound to the cookie: a login CSRF is refused too.
  assertRefused(
    await new SourceClient(f.url).request("/en/new", form({ ...issued })),
    "csrf_invalid",
    "no cookie",
  );
  assert.equal(await rows(), 0, "nothing started");
  const ok = await c.continueFrom(issued);
  assert.equal(errorCode(ok), null);
  assert.ok(ok.html.includes('id="submission"'));
  assert.equal(await rows(), 1);
  // The row holds neither the codename nor a readable deadline (see the seizure test).
  const row = await f.inst.db.selectFrom("source_sessions").selectAll().executeTakeFirstOrThrow();
  assert.ok(!JSON.stringify(row).includes(issued.codename.split(" ")[0]!));
});

test("new sources spend an instance-wide budget; past it, a localized answer and no row", async () => {
  // The budget is 3 a minute; one was spent above.
  const was = await rows();
  const started: number[] = [];
  let refused: Page | null = null;
  for (let i = 0; i < 4; i++) {
    const c = new SourceClient(f.url);
    const page = await c.codenamePage("fr");
    const r = await c.continueFrom(page, "fr");
    if (errorCode(r) === null) started.push(i);
    else refused = r;
  }
  assert.equal(started.length, 2, "two more fit in the budget");
  assert.ok(refused !== null);
  assert.equal(refused.status, 429);
  assertRefused(refused, "too_many_new_sources", "past the budget");
  assert.match(refused.html, /Trop de nouvelles sources/);
  assert.equal(await rows(), was + 2);
});
